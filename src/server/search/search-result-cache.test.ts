import { describe, expect, it } from 'vitest';
import { type CachedAnswer, cachedAnswer, rememberAnswer } from './search-result-cache.ts';

function answer(total: number): CachedAnswer {
  return {
    response: { results: [], facets: { needs: [], channels: [], attitudes: [], tags: [], status: [] }, total },
    prepared: undefined,
    matching: total,
  };
}

const T0 = 1_800_000_000_000;

describe('the answer cache', () => {
  it('keeps an answer the second time its question is computed, not the first', () => {
    rememberAnswer('second-time', answer(1), T0);
    expect(cachedAnswer('second-time', T0 + 10)).toBeUndefined();
    rememberAnswer('second-time', answer(2), T0 + 20);
    expect(cachedAnswer('second-time', T0 + 30)?.response.total).toBe(2);
  });

  it('counts a question computed more than a minute ago as new', () => {
    rememberAnswer('long-ago', answer(1), T0);
    rememberAnswer('long-ago', answer(2), T0 + 61_000);
    expect(cachedAnswer('long-ago', T0 + 61_010)).toBeUndefined();
    rememberAnswer('long-ago', answer(3), T0 + 62_000);
    expect(cachedAnswer('long-ago', T0 + 62_010)?.response.total).toBe(3);
  });

  it('drops a kept answer after a minute', () => {
    rememberAnswer('expiring', answer(1), T0);
    rememberAnswer('expiring', answer(1), T0 + 1);
    expect(cachedAnswer('expiring', T0 + 59_000)?.matching).toBe(1);
    expect(cachedAnswer('expiring', T0 + 60_100)).toBeUndefined();
  });
});
