import { analyzeForIndex, type DomainWords, type Language } from './analyzer/index.ts';

/**
 * Index tokens of single words, remembered across requests: highlighting looks at every word of the
 * shown results, and the same words come back all the time. Two generations of maps make a cheap
 * LRU; one cache per domain-word list, since those change the tokens.
 */
const CAPACITY = 50_000;

interface Generations {
  young: Map<string, readonly string[]>;
  old: Map<string, readonly string[]>;
}

const caches = new WeakMap<DomainWords, Generations>();

function generations(domainWords: DomainWords): Generations {
  let cache = caches.get(domainWords);
  if (cache === undefined) {
    cache = { young: new Map(), old: new Map() };
    caches.set(domainWords, cache);
  }
  return cache;
}

export function wordIndexTokens(word: string, language: Language, domainWords: DomainWords): readonly string[] {
  const cache = generations(domainWords);
  const key = language === 'pl' ? word : `en:${word}`;
  const young = cache.young.get(key);
  if (young !== undefined) return young;
  const tokens = cache.old.get(key) ?? analyzeForIndex(word, language, { domainWords });
  cache.young.set(key, tokens);
  if (cache.young.size >= CAPACITY) {
    cache.old = cache.young;
    cache.young = new Map();
  }
  return tokens;
}
