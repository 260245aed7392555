import { describe, expect, it } from 'vitest';
import {
  type AnswerBody,
  type AnswerLog,
  cachedAnswer,
  decodeBody,
  decodeLog,
  encodeAnswer,
  hasCachedAnswer,
  rememberAnswer,
  responseJson,
} from './search-result-cache.ts';

function body(total: number): AnswerBody {
  return {
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
  };
}

function log(total: number): AnswerLog {
  return {
    terms: [{ text: 'zgubil', alternatives: [{ tokens: ['zgubic'], weight: 1, source: 'word', prefix: false }] }],
    matching: total,
  };
}

const T0 = 1_800_000_000_000;

describe('the answer cache', () => {
  it('gives back the whole answer as it was kept, Polish letters included', () => {
    rememberAnswer('whole', encodeAnswer(body(1), log(1)), T0);
    expect(hasCachedAnswer('whole', T0 + 10)).toBe(true);
    const kept = cachedAnswer('whole', T0 + 10);
    expect(kept && decodeBody(kept)).toEqual(body(1));
    expect(kept && decodeLog(kept)).toEqual(log(1));
  });

  it('gives each reader its own copy of the objects', () => {
    rememberAnswer('copy', encodeAnswer(body(2), log(2)), T0);
    const first = cachedAnswer('copy', T0 + 10);
    if (first) decodeBody(first).results.pop();
    const second = cachedAnswer('copy', T0 + 20);
    expect(second && decodeBody(second).results).toHaveLength(1);
  });

  it('sends the kept body with the time and stored query of each request', () => {
    const encoded = encodeAnswer(body(3), log(3));
    expect(JSON.parse(responseJson(encoded, 1.25, 'q1').toString('utf8'))).toEqual({ ...body(3), tookMs: 1.25, queryId: 'q1' });
    expect(JSON.parse(responseJson(encoded, 0.5, null).toString('utf8'))).toEqual({ ...body(3), tookMs: 0.5, queryId: null });
    expect(decodeBody(encoded)).toEqual(body(3));
  });

  it('forgets an answer after a minute', () => {
    rememberAnswer('expiring', encodeAnswer(body(4), log(4)), T0);
    const fresh = cachedAnswer('expiring', T0 + 59_000);
    expect(fresh && decodeLog(fresh).matching).toBe(4);
    expect(hasCachedAnswer('expiring', T0 + 60_100)).toBe(false);
    expect(cachedAnswer('expiring', T0 + 60_100)).toBeUndefined();
  });
});
