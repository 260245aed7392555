import { describe, expect, it } from 'vitest';
import { createLruCache } from './lru-cache.ts';

describe('createLruCache', () => {
  it('keeps at most its capacity, and what was read lately outlives what was not', () => {
    const cache = createLruCache<number>(6);
    for (const [index, key] of ['a', 'b', 'c'].entries()) cache.set(key, index);
    expect(cache.get('a')).toBe(0);
    for (const [index, key] of ['d', 'e', 'f', 'g'].entries()) cache.set(key, 10 + index);
    expect(cache.size).toBeLessThanOrEqual(6);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('a')).toBe(0);
    expect(cache.get('g')).toBe(13);
  });

  it('replaces a value set again, counting the key once', () => {
    const cache = createLruCache<string>(10);
    cache.set('słowo', 'stare');
    cache.set('słowo', 'nowe');
    expect(cache.get('słowo')).toBe('nowe');
    expect(cache.size).toBe(1);
  });
});
