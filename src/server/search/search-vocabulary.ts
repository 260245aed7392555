import { createHash } from 'node:crypto';
import {
  ANALYZER_VERSION,
  type DomainWords,
  parseDomainWords,
  parseSynonyms,
  readStarterDomainWords,
  readStarterSynonyms,
  type SynonymGroups,
} from './analyzer/index.ts';
import type { Database } from '../db/database.ts';
import { readSettings } from './search-index.repository.ts';

export const SYNONYMS_KEY = 'search.synonyms';
export const DOMAIN_WORDS_KEY = 'search.domain_words';

/** The synonyms and domain words in force, parsed once per change and shared by every request. */
export interface LoadedVocabulary {
  stamp: string;
  synonymsText: string;
  domainWordsText: string;
  /** null while the starter lists are in force. */
  updatedAt: string | null;
  synonyms: SynonymGroups;
  domainWords: DomainWords;
  /** What the index tokens depend on: the analyzer version and the domain words (synonyms apply at query time only). */
  indexKey: string;
}

const CACHE_SIZE = 8;
const cache = new Map<string, Promise<LoadedVocabulary>>();
let starter: { synonyms: string; domainWords: string } | undefined;

function starterLists(): { synonyms: string; domainWords: string } {
  starter ??= { synonyms: readStarterSynonyms(), domainWords: readStarterDomainWords() };
  return starter;
}

export function parseVocabulary(stamp: string, synonymsText: string, domainWordsText: string, updatedAt: string | null): LoadedVocabulary {
  const domainWords = parseDomainWords(domainWordsText);
  const synonyms = parseSynonyms(synonymsText, { domainWords });
  return { stamp, synonymsText, domainWordsText, updatedAt, synonyms, domainWords, indexKey: indexKeyFor(domainWords) };
}

export function indexKeyFor(domainWords: DomainWords): string {
  const words = [...domainWords.words].sort().join('\n');
  return `${ANALYZER_VERSION}:${createHash('sha256').update(words).digest('hex').slice(0, 16)}`;
}

async function readVocabulary(db: Database, stamp: string): Promise<LoadedVocabulary> {
  const rows = await readSettings(db, [SYNONYMS_KEY, DOMAIN_WORDS_KEY]);
  const synonyms = rows.find((row) => row.key === SYNONYMS_KEY);
  const domainWords = rows.find((row) => row.key === DOMAIN_WORDS_KEY);
  const updatedAt =
    [synonyms?.updated_at, domainWords?.updated_at]
      .filter((at) => at !== undefined)
      .sort()
      .at(-1) ?? null;
  return parseVocabulary(
    stamp,
    synonyms?.value ?? starterLists().synonyms,
    domainWords?.value ?? starterLists().domainWords,
    updatedAt === null ? null : new Date(updatedAt).toISOString(),
  );
}

/**
 * The vocabulary for the stamp read from the index state. Stamps are random per change, so the
 * cache is safe across instances and across databases in one process.
 */
export function loadVocabulary(db: Database, stamp: string): Promise<LoadedVocabulary> {
  const cached = cache.get(stamp);
  if (cached !== undefined) return cached;
  const loading = readVocabulary(db, stamp);
  // A stamp written inside a transaction that then rolls back must not stay cached.
  loading.catch(() => cache.delete(stamp));
  cache.set(stamp, loading);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return loading;
}
