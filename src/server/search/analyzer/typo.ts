import { editDistance } from './edit-distance.ts';
import { createLruCache, type LruCache } from './lru-cache.ts';
import { lightStem } from './polish-stem.ts';
import { singleEdits } from './single-edits.ts';

// Index tokens the query may be corrected towards; a Map may carry document frequencies, which
// break ties between equally close candidates.
export type Vocabulary = ReadonlySet<string> | ReadonlyMap<string, number>;

export type Correction = { token: string; distance: number };

// Index tokens of a correctly spelled form, or none when the form is not a word.
export type FormTokens = (form: string) => string[];

type Candidate = { token: string; stem: string };
// Tokens bucketed by first letter and stem length: a correction scans only the few buckets within
// reach, so the index costs one small object per token. Typos in the first letter of a dictionary
// word are still found through the dictionary.
type VocabularyIndex = Map<string, Candidate[]>;
type VocabularyState = { index: VocabularyIndex | undefined; cache: LruCache<Correction[]> };

const MAX_CORRECTIONS = 3;
const SHORT_WORD = 5;
const MIN_WORD = 3;
const MAX_WORD = 24;
const CACHE_CAPACITY = 5_000;
const states = new WeakMap<Vocabulary, VocabularyState>();

export function maxTypoDistance(word: string): number {
  return word.length <= SHORT_WORD ? 1 : 2;
}

// `token` is a folded, hyphen-free query word. First every single-letter edit is tried against the
// dictionary (so "czytlenicy" reaches "czytelnicy" and its lemma), then the vocabulary itself is
// searched, which also covers words the dictionary lacks and two-letter typos in longer words.
export function findCorrections(token: string, vocabulary: Vocabulary, formTokens: FormTokens | undefined): Correction[] {
  if (token.length < MIN_WORD || token.length > MAX_WORD || /\d/u.test(token)) return [];
  const state = vocabularyState(vocabulary);
  const cached = state.cache.get(token);
  if (cached !== undefined) return cached;
  const found = formTokens === undefined ? new Map<string, number>() : dictionaryCandidates(token, vocabulary, formTokens);
  if (found.size === 0) {
    state.index ??= buildVocabularyIndex(vocabulary);
    for (const [candidate, distance] of vocabularyCandidates(token, state.index)) found.set(candidate, distance);
  }
  const corrections = rank(found, vocabulary);
  state.cache.set(token, corrections);
  return corrections;
}

function vocabularyState(vocabulary: Vocabulary): VocabularyState {
  let state = states.get(vocabulary);
  if (state === undefined) {
    state = { index: undefined, cache: createLruCache(CACHE_CAPACITY) };
    states.set(vocabulary, state);
  }
  return state;
}

function dictionaryCandidates(token: string, vocabulary: Vocabulary, formTokens: FormTokens): Map<string, number> {
  const found = new Map<string, number>();
  for (const variant of singleEdits(token)) {
    for (const candidate of formTokens(variant)) if (vocabulary.has(candidate)) found.set(candidate, 1);
  }
  return found;
}

// Candidates are compared both as typed and by light stem, so an inflected typo ("legimiego")
// meets its indexed form.
function vocabularyCandidates(token: string, index: VocabularyIndex): Map<string, number> {
  const limit = maxTypoDistance(token);
  const stem = lightStem(token);
  const found = new Map<string, number>();
  for (let length = stem.length - limit; length <= stem.length + limit; length += 1) {
    for (const candidate of index.get(bucketKey(stem, length)) ?? []) {
      const distance = Math.min(editDistance(stem, candidate.stem, limit), editDistance(token, candidate.token, limit));
      if (distance <= limit) found.set(candidate.token, distance);
    }
  }
  return found;
}

function bucketKey(stem: string, length: number): string {
  return `${stem.slice(0, 1)}${length}`;
}

// An unknown word is indexed both whole and as its light stem; offer only one of the two.
function rank(found: Map<string, number>, vocabulary: Vocabulary): Correction[] {
  if (found.size === 0) return [];
  const closest = Math.min(...found.values());
  const byStem = new Map<string, string>();
  for (const [token, distance] of found) {
    if (distance !== closest) continue;
    const stem = lightStem(token);
    const kept = byStem.get(stem);
    if (kept === undefined || token.length > kept.length) byStem.set(stem, token);
  }
  const frequency = (token: string) => (vocabulary instanceof Map ? (vocabulary.get(token) ?? 0) : 0);
  return [...byStem.values()]
    .sort((a, b) => frequency(b) - frequency(a) || a.localeCompare(b))
    .slice(0, MAX_CORRECTIONS)
    .map((token) => ({ token, distance: closest }));
}

function buildVocabularyIndex(vocabulary: Vocabulary): VocabularyIndex {
  const index: VocabularyIndex = new Map();
  for (const token of vocabulary.keys()) {
    if (token.length < MIN_WORD || /\d/u.test(token)) continue;
    const stem = lightStem(token);
    const key = bucketKey(stem, stem.length);
    const bucket = index.get(key);
    if (bucket === undefined) index.set(key, [{ token, stem }]);
    else bucket.push({ token, stem });
  }
  return index;
}
