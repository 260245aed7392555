import { deletions, editDistance } from './edit-distance.ts';
import { createLruCache, type LruCache } from './lru-cache.ts';
import { lightStem } from './polish-stem.ts';

// Index tokens the query may be corrected towards; a Map may carry document frequencies, which
// break ties between equally close candidates.
export type Vocabulary = ReadonlySet<string> | ReadonlyMap<string, number>;

export type Correction = { token: string; distance: number };

// Index tokens of a correctly spelled form, or none when the form is not a word.
export type FormTokens = (form: string) => string[];

type Candidate = { token: string; stem: string };
// Distance-one neighbours through a symmetric-delete index; distance-two ones by scanning the tokens
// that share the first letter, which stays small and needs no large index.
type VocabularyIndex = { deletes: Map<string, Candidate[]>; byInitial: Map<string, Candidate[]> };
type VocabularyState = { index: VocabularyIndex | undefined; cache: LruCache<Correction[]> };

const MAX_CORRECTIONS = 3;
const SHORT_WORD = 5;
const MIN_WORD = 3;
const CACHE_CAPACITY = 5_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const states = new WeakMap<Vocabulary, VocabularyState>();

export function maxTypoDistance(word: string): number {
  return word.length <= SHORT_WORD ? 1 : 2;
}

// `token` is a folded, hyphen-free query word. First every single-letter edit is tried against the
// dictionary (so "czytlenicy" reaches "czytelnicy" and its lemma), then the vocabulary itself is
// searched, which also covers words the dictionary lacks and two-letter typos in longer words.
export function findCorrections(token: string, vocabulary: Vocabulary, formTokens: FormTokens | undefined): Correction[] {
  if (token.length < MIN_WORD || /\d/u.test(token)) return [];
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

function singleEdits(word: string): Set<string> {
  const edits = new Set<string>();
  for (let index = 0; index <= word.length; index += 1) {
    const head = word.slice(0, index);
    const tail = word.slice(index);
    if (tail !== '') edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const letter of LETTERS) {
      edits.add(head + letter + tail);
      if (tail !== '') edits.add(head + letter + tail.slice(1));
    }
  }
  edits.delete(word);
  return edits;
}

// Candidates are compared both as typed and by light stem, so an inflected typo ("legimiego")
// meets its indexed form.
function vocabularyCandidates(token: string, index: VocabularyIndex): Map<string, number> {
  const stem = lightStem(token);
  const found = new Map<string, number>();
  const consider = (candidate: Candidate, limit: number) => {
    if (found.has(candidate.token)) return;
    const distance = Math.min(editDistance(token, candidate.token, limit), editDistance(stem, candidate.stem, limit));
    if (distance <= limit) found.set(candidate.token, distance);
  };
  for (const key of new Set([...deletions(stem, 1), ...deletions(token, 1)])) {
    for (const candidate of index.deletes.get(key) ?? []) consider(candidate, 1);
  }
  if (found.size > 0 || maxTypoDistance(token) < 2) return found;
  for (const candidate of index.byInitial.get(token.slice(0, 1)) ?? []) consider(candidate, 2);
  return found;
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
  const deletes = new Map<string, Candidate[]>();
  const byInitial = new Map<string, Candidate[]>();
  for (const token of vocabulary.keys()) {
    if (token.length < MIN_WORD || /\d/u.test(token)) continue;
    const candidate = { token, stem: lightStem(token) };
    for (const key of deletions(candidate.stem, 1)) append(deletes, key, candidate);
    append(byInitial, token.slice(0, 1), candidate);
  }
  return { deletes, byInitial };
}

function append(index: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  const bucket = index.get(key);
  if (bucket === undefined) index.set(key, [candidate]);
  else bucket.push(candidate);
}
