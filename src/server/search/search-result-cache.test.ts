import { describe, expect, it } from 'vitest';
import { type CachedAnswer, cachedAnswer, hasCachedAnswer, rememberAnswer } from './search-result-cache.ts';

function answer(total: number): CachedAnswer {
  return {
    response: {
      results: [
        {
          id: 'p1',
          slug: 'zgubiona-ksiazka',
          title: 'Czytelnik zgubił książkę',
          titleSegments: [
            { text: 'Czytelnik ', marked: false },
            { text: 'zgubił', marked: true },
            { text: ' książkę', marked: false },
          ],
          summary: 'Spokojnie ustal, co się stało.',
          language: 'pl',
          status: 'published',
          score: 1.25,
          snippets: [],
        },
      ],
      facets: { needs: [{ value: 'information', count: 1 }], channels: [], attitudes: [], tags: [], status: [] },
      total,
      didYouMean: 'zgubił',
    },
    terms: [{ text: 'zgubil', alternatives: [{ tokens: ['zgubic'], weight: 1, source: 'word', prefix: false }] }],
    matching: total,
  };
}

const T0 = 1_800_000_000_000;

describe('the answer cache', () => {
  it('gives back the whole answer as it was kept, Polish letters included', () => {
    rememberAnswer('whole', answer(1), T0);
    expect(hasCachedAnswer('whole', T0 + 10)).toBe(true);
    expect(cachedAnswer('whole', T0 + 10)).toEqual(answer(1));
  });

  it('gives each reader its own copy', () => {
    rememberAnswer('copy', answer(2), T0);
    const first = cachedAnswer('copy', T0 + 10);
    first?.response.results.pop();
    expect(cachedAnswer('copy', T0 + 20)?.response.results).toHaveLength(1);
  });

  it('forgets an answer after a minute', () => {
    rememberAnswer('expiring', answer(3), T0);
    expect(cachedAnswer('expiring', T0 + 59_000)?.matching).toBe(3);
    expect(hasCachedAnswer('expiring', T0 + 60_100)).toBe(false);
    expect(cachedAnswer('expiring', T0 + 60_100)).toBeUndefined();
  });
});
