// The Polish (and English) text analyzer shared by both databases, so relevance does not depend on
// which one runs. Contract for the index:
// - analyzeForIndex emits, per word in text order, lower-case tokens of letters and digits only:
//   the folded lemmas of a known word (książkę → ksiazka; an ambiguous form gives every lemma),
//   the folded form plus its light stem for an unknown word (coworkingu → coworkingu, coworking),
//   hyphenated words written together (e-book → ebook), numbers as they are. Stop words are dropped.
// - analyzeQuery returns one term per query word with weighted alternatives over the same tokens;
//   prefix alternatives are to be matched as prefixes of index tokens.
// - Bump ANALYZER_VERSION whenever the index tokens for a text change, and rebuild the index.
export { analyzeForIndex, type IndexOptions } from './analyze-index.ts';
export {
  type AlternativeSource,
  analyzeQuery,
  QUERY_WEIGHTS,
  type QueryAlternative,
  type QueryAnalysis,
  type QueryOptions,
  type QueryTerm,
  type QueryWeights,
} from './analyze-query.ts';
export { type DomainWords, NO_DOMAIN_WORDS, parseDomainWords } from './domain-words.ts';
export { foldDiacritics, normalizeText } from './fold.ts';
export { readStarterDomainWords, readStarterSynonyms } from './starter-vocabulary.ts';
export { NO_SYNONYMS, parseSynonyms, type SynonymGroups, type SynonymOptions } from './synonyms.ts';
export type { Vocabulary } from './typo.ts';
export { ANALYZER_VERSION } from './version.ts';
export { type Language, toToken } from './word-tokens.ts';
export { type WarmUpStats, warmUpAnalyzer } from './warm-up.ts';
