import { derivedLemmas } from './derivations.ts';
import { type DomainWords, NO_DOMAIN_WORDS } from './domain-words.ts';
import { loadHunspell } from './hunspell.ts';
import { NO_SYNONYMS, type SynonymGroups, type SynonymMember, matchSynonyms } from './synonyms.ts';
import { type Token, tokenizeWithSource } from './tokenize.ts';
import { type Correction, findCorrections, type Vocabulary } from './typo.ts';
import { isStopWord, type Language, toToken, type WordTokens, wordTokens } from './word-tokens.ts';

// derived: the same word in another aspect, gender or size (oddawać for oddać, czytelniczka for czytelnik).
export type AlternativeSource = 'word' | 'derived' | 'stem' | 'part' | 'prefix' | 'correction' | 'synonym';

// tokens: all must occur in a document (several only for multi-word synonyms such as "skrzynka zwrotów").
// prefix: the single token is a prefix of index tokens ("biblio" for biblioteka, biblioteczny,
// bibliotekarz), to be searched as FTS5 `"biblio"*` or tsquery `biblio:*`.
export type QueryAlternative = { tokens: string[]; weight: number; source: AlternativeSource; prefix: boolean };

// One query word: a document matches it through any of the alternatives.
export type QueryTerm = { text: string; alternatives: QueryAlternative[] };

export type QueryAnalysis = { terms: QueryTerm[]; corrected?: string };

export type QueryOptions = {
  synonyms?: SynonymGroups;
  // Tokens present in the index. A set or map also enables typo correction; a predicate only
  // tells which words are missing.
  vocabulary?: Vocabulary | ((token: string) => boolean);
  domainWords?: DomainWords;
  maxTokens?: number;
};

export type QueryWeights = Readonly<{
  word: number;
  derived: number;
  stem: number;
  part: number;
  // By edit distance: index 1 for one typo, 2 for two.
  correction: readonly number[];
  synonym: number;
  prefix: number;
}>;

export const QUERY_WEIGHTS: QueryWeights = {
  word: 1,
  derived: 0.7,
  stem: 0.8,
  part: 0.7,
  correction: [1, 0.8, 0.6],
  synonym: 0.6,
  prefix: 0.4,
};

// Derived words share their first letters (wypożyczyć, wypożyczalnia); six keeps prefixes such as
// "przed" or "wypo" from matching half the language.
const PREFIX_LENGTH = 6;

const MAX_QUERY_WORDS = 64;
// Correction costs a few milliseconds per word; a pasted paragraph of gibberish must not add up.
const MAX_CORRECTED_WORDS = 8;

type AnalyzedWord = { token: Token; tokens: WordTokens; corrections: Correction[] };

export function analyzeQuery(text: string, language: Language, options: QueryOptions = {}): QueryAnalysis {
  const domain = options.domainWords ?? NO_DOMAIN_WORDS;
  const { source, tokens } = tokenizeWithSource(text, options.maxTokens ?? MAX_QUERY_WORDS);
  let budget = MAX_CORRECTED_WORDS;
  const words: AnalyzedWord[] = tokens
    .filter((token) => !isStopWord(token.text, language))
    .map((token) => {
      const tokens = wordTokens(token.text, language, 'query', domain);
      if (budget === 0 || !needsCorrection(tokens, options.vocabulary)) return { token, tokens, corrections: [] };
      budget -= 1;
      return { token, tokens, corrections: correctionsFor(tokens, language, options.vocabulary) };
    });
  const terms = words.map(baseTerm);
  addSynonyms(terms, options.synonyms ?? NO_SYNONYMS);
  const corrected = correctedQuery(source, language, words);
  return corrected === undefined ? { terms } : { terms, corrected };
}

function needsCorrection(word: WordTokens, vocabulary: QueryOptions['vocabulary']): boolean {
  if (vocabulary === undefined || word.known) return false;
  const has = typeof vocabulary === 'function' ? vocabulary : (token: string) => vocabulary.has(token);
  const own = [...word.tokens, ...(word.stemToken === undefined ? [] : [word.stemToken]), ...(word.partTokens ?? [])];
  return !own.some(has);
}

function correctionsFor(word: WordTokens, language: Language, vocabulary: QueryOptions['vocabulary']): Correction[] {
  if (vocabulary === undefined || typeof vocabulary === 'function') return [];
  const [form] = word.tokens;
  if (form === undefined) return [];
  return findCorrections(form, vocabulary, language === 'pl' ? polishFormTokens : undefined);
}

function polishFormTokens(form: string): string[] {
  return loadHunspell().foldedLemmas(form).map(toToken);
}

function baseTerm({ token, tokens, corrections }: AnalyzedWord): QueryTerm {
  const alternatives: QueryAlternative[] = tokens.tokens.map((lemma) => single(lemma, 'word', QUERY_WEIGHTS.word));
  const own = new Set(tokens.tokens);
  for (const lemma of tokens.known ? tokens.tokens : []) {
    for (const related of derivedLemmas(lemma)) {
      if (own.has(related)) continue;
      own.add(related);
      alternatives.push(single(related, 'derived', QUERY_WEIGHTS.derived));
    }
  }
  if (tokens.stemToken !== undefined) alternatives.push(single(tokens.stemToken, 'stem', QUERY_WEIGHTS.stem));
  for (const part of tokens.partTokens ?? []) alternatives.push(single(part, 'part', QUERY_WEIGHTS.part));
  for (const { token: fixed, distance } of corrections) {
    alternatives.push(single(fixed, 'correction', QUERY_WEIGHTS.correction[distance] ?? QUERY_WEIGHTS.synonym));
  }
  alternatives.push(...prefixAlternatives([...tokens.tokens, ...corrections.map((correction) => correction.token)]));
  return { text: token.text, alternatives };
}

function prefixAlternatives(tokens: string[]): QueryAlternative[] {
  const prefixes = tokens
    .filter((token) => token.length > PREFIX_LENGTH && !/\d/u.test(token))
    .map((token) => token.slice(0, PREFIX_LENGTH));
  return [...new Set(prefixes)].map((prefix) => ({ tokens: [prefix], weight: QUERY_WEIGHTS.prefix, source: 'prefix', prefix: true }));
}

function single(token: string, source: AlternativeSource, weight: number): QueryAlternative {
  return { tokens: [token], weight, source, prefix: false };
}

function addSynonyms(terms: QueryTerm[], synonyms: SynonymGroups): void {
  if (synonyms.groups.length === 0) return;
  const tokenSets = terms.map(
    (term) =>
      new Set(
        term.alternatives
          .filter((alternative) => alternative.source === 'word' || alternative.source === 'derived' || alternative.source === 'correction')
          .flatMap((alternative) => alternative.tokens),
      ),
  );
  for (const match of matchSynonyms(tokenSets, synonyms)) {
    // A member of several words ("zapis do biblioteki") is one unit of meaning: its synonyms join
    // its first word only, so a document with "rejestracja" is not counted once per word.
    const term = terms[match.start];
    if (term !== undefined) addExpansions(term, match.expansions);
  }
}

// A one-word verb member brings the verb's other aspect too (a group listing "zwrócić" also reaches "zwracać").
function addExpansions(term: QueryTerm, members: SynonymMember[]): void {
  const present = new Set(term.alternatives.map((alternative) => alternative.tokens.join(' ')));
  const add = (tokens: string[]) => {
    const key = tokens.join(' ');
    if (present.has(key)) return;
    present.add(key);
    term.alternatives.push({ tokens, weight: QUERY_WEIGHTS.synonym, source: 'synonym', prefix: false });
  };
  for (const member of members) {
    add(member.tokens);
    const [only] = member.tokens;
    if (only !== undefined && member.tokens.length === 1) for (const related of derivedLemmas(only, 'verb')) add([related]);
  }
}

// The query as typed (normalised), with each corrected word replaced by its closest indexed word.
function correctedQuery(source: string, language: Language, words: AnalyzedWord[]): string | undefined {
  let output = '';
  let position = 0;
  for (const { token, corrections } of words) {
    const [best] = corrections;
    if (best === undefined) continue;
    output += source.slice(position, token.start) + displayForm(best.token, language);
    position = token.end;
  }
  return position === 0 ? undefined : (output + source.slice(position)).trim();
}

function displayForm(token: string, language: Language): string {
  if (language === 'en') return token;
  return loadHunspell().lemmasFoldedTo(token)[0] ?? token;
}
