import { type DomainWords, domainLemma, domainLemmaByStem } from './domain-words.ts';
import { foldDiacritics, hasPolishDiacritics } from './fold.ts';
import { loadHunspell } from './hunspell.ts';
import { irregularLemma } from './irregular-forms.ts';
import { createLruCache } from './lru-cache.ts';
import { lightStem } from './polish-stem.ts';

export type AnalysisMode = 'index' | 'query';

export type WordAnalysis = {
  // Lemmas as the dictionary spells them (with diacritics), most likely first.
  lemmas: string[];
  known: boolean;
  // For unknown and domain words: a light stem so that their inflected forms still meet, also with
  // text indexed before the word joined the domain list.
  stem?: string;
};

type DictionaryAnalysis = { lemmas: string[] };

const CACHE_CAPACITY = 50_000;
const cache = createLruCache<DictionaryAnalysis>(CACHE_CAPACITY);

export function analyzePolishWord(word: string, mode: AnalysisMode, domain: DomainWords): WordAnalysis {
  const domainMatch = domainLemma(word, domain);
  if (domainMatch !== undefined) return { lemmas: [domainMatch], known: true, stem: lightStem(word) };
  const dictionary = cachedDictionaryAnalysis(word, mode);
  if (dictionary.lemmas.length > 0) return { lemmas: dictionary.lemmas, known: true };
  const byStem = domainLemmaByStem(word, domain);
  if (byStem !== undefined) return { lemmas: [byStem], known: true, stem: lightStem(word) };
  return { lemmas: [word], known: false, stem: lightStem(word) };
}

function cachedDictionaryAnalysis(word: string, mode: AnalysisMode): DictionaryAnalysis {
  const key = `${mode}:${word}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const analysis = { lemmas: dictionaryLemmas(word, mode) };
  cache.set(key, analysis);
  return analysis;
}

function dictionaryLemmas(word: string, mode: AnalysisMode): string[] {
  const exact = withIrregular(word, irregularLemma(word), loadHunspell().lemmas(word));
  // Without Polish letters the word may be a folded spelling ("zgubil"); in queries that reading is
  // added even when the plain spelling is a word too ("laska" may mean "łaska").
  const mayBeFolded = !hasPolishDiacritics(word) && mode === 'query';
  if (exact.length > 0 && !mayBeFolded) return exact;
  const folded = foldDiacritics(word);
  const foldedLemmas = withIrregular(word, irregularLemma(folded, true), loadHunspell().foldedLemmas(folded));
  return [...new Set([...exact, ...foldedLemmas])];
}

function withIrregular(word: string, irregular: string | undefined, lemmas: string[]): string[] {
  if (irregular === undefined) return lemmas;
  const form = foldDiacritics(word);
  return [irregular, ...lemmas.filter((lemma) => foldDiacritics(lemma) !== form && lemma !== irregular)];
}
