import type { DomainWords } from './domain-words.ts';
import { stemEnglish } from './english-stem.ts';
import { foldDiacritics } from './fold.ts';
import { type AnalysisMode, analyzePolishWord } from './polish-word.ts';
import { isEnglishStopWord, isPolishStopWord } from './stop-words.ts';

export type Language = 'pl' | 'en';

export type WordTokens = {
  // Index tokens for the word's lemmas, most likely first.
  tokens: string[];
  // A weaker token for words the dictionary does not know (unknown or domain words): their light stem.
  stemToken?: string;
  // Tokens of the parts of an unknown hyphenated word ("polsko-niemiecki" → polski, niemiecki).
  partTokens?: string[];
  known: boolean;
};

const NUMBER = /^\p{N}+$/u;

// Index tokens are folded and hyphen-free so that "e-book", "ebook" and "E-booka" meet, and so
// that both FTS5 and a PostgreSQL tsvector read each token as exactly one word.
export function toToken(lemma: string): string {
  return foldDiacritics(lemma).replaceAll('-', '');
}

// Single letters are stop words too: in Polish they are prepositions and conjunctions, elsewhere
// initials and abbreviations ("r." for rok) that only add noise. Single digits stay.
export function isStopWord(word: string, language: Language): boolean {
  if (word.length === 1) return !NUMBER.test(word);
  return language === 'pl' ? isPolishStopWord(word) : isEnglishStopWord(foldDiacritics(word));
}

export function wordTokens(word: string, language: Language, mode: AnalysisMode, domain: DomainWords): WordTokens {
  if (NUMBER.test(word)) return { tokens: [word], known: true };
  if (language === 'en') return englishWordTokens(word);
  const whole = polishTokens(word, mode, domain);
  if (whole.known || !word.includes('-')) return whole;
  return hyphenatedTokens(word, mode, domain);
}

function englishWordTokens(word: string): WordTokens {
  const folded = toToken(word);
  return { tokens: [stemEnglish(folded)], known: false };
}

function polishTokens(word: string, mode: AnalysisMode, domain: DomainWords): WordTokens {
  const analysis = analyzePolishWord(word, mode, domain);
  const tokens = unique(analysis.lemmas.map(toToken));
  if (analysis.stem === undefined) return { tokens, known: analysis.known };
  const stemToken = toToken(analysis.stem);
  const known = analysis.known;
  return tokens.includes(stemToken) ? { tokens, known } : { tokens, stemToken, known };
}

// An unknown hyphenated word ("polsko-niemiecki", "wi-fi"): try it written together, else keep the
// joined form and add each part's own tokens.
function hyphenatedTokens(word: string, mode: AnalysisMode, domain: DomainWords): WordTokens {
  const joined = polishTokens(word.replaceAll('-', ''), mode, domain);
  if (joined.known) return joined;
  const whole = toToken(word);
  const partTokens = word
    .split('-')
    .filter((part) => part.length > 1 && !isPolishStopWord(part))
    .flatMap((part) => polishTokens(part, mode, domain).tokens)
    .filter((token) => token !== whole);
  return { tokens: [whole], partTokens: unique(partTokens), known: false };
}

function unique(tokens: string[]): string[] {
  return [...new Set(tokens)];
}
