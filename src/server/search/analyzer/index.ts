export { analyzeForIndex, type IndexOptions } from './analyze-index.ts';
export {
  type AlternativeSource,
  analyzeQuery,
  QUERY_WEIGHTS,
  type QueryAlternative,
  type QueryAnalysis,
  type QueryOptions,
  type QueryTerm,
} from './analyze-query.ts';
export { type DomainWords, NO_DOMAIN_WORDS, parseDomainWords } from './domain-words.ts';
export { foldDiacritics, normalizeText } from './fold.ts';
export { readStarterDomainWords, readStarterSynonyms } from './starter-vocabulary.ts';
export { NO_SYNONYMS, parseSynonyms, type SynonymGroups, type SynonymOptions } from './synonyms.ts';
export type { Vocabulary } from './typo.ts';
export { ANALYZER_VERSION } from './version.ts';
export { type Language, toToken } from './word-tokens.ts';
export { type WarmUpStats, warmUpAnalyzer } from './warm-up.ts';
