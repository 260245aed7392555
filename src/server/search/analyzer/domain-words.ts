import { foldDiacritics, normalizeText } from './fold.ts';
import { lightStem } from './polish-stem.ts';

// Words the dictionary lacks (Legimi, e-book, RODO), treated as lemmas of their own so that they are
// neither stemmed apart nor "corrected" into a neighbouring word.
export type DomainWords = {
  readonly words: ReadonlySet<string>;
  readonly byFold: ReadonlyMap<string, string>;
  readonly byStem: ReadonlyMap<string, string>;
};

export const NO_DOMAIN_WORDS: DomainWords = { words: new Set(), byFold: new Map(), byStem: new Map() };

export function parseDomainWords(text: string): DomainWords {
  const words = new Set<string>();
  for (const line of text.split(/\r?\n/u)) {
    const word = normalizeText(stripComment(line).trim());
    if (word !== '' && !/\s/u.test(word)) words.add(word);
  }
  const byFold = new Map<string, string>();
  const byStem = new Map<string, string>();
  for (const word of words) {
    byFold.set(compactKey(word), word);
    byStem.set(lightStem(compactKey(word)), word);
  }
  return { words, byFold, byStem };
}

export function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash === -1 ? line : line.slice(0, hash);
}

// Exact or diacritic-free spellings only; inflected forms are matched later through the stem,
// once the dictionary has had its say.
export function domainLemma(word: string, domain: DomainWords): string | undefined {
  if (domain.words.has(word)) return word;
  return domain.byFold.get(compactKey(word));
}

export function domainLemmaByStem(word: string, domain: DomainWords): string | undefined {
  return domain.byStem.get(lightStem(compactKey(word)));
}

// "e-book", "ebook" and "e-booka" should all meet, so keys drop hyphens as well as diacritics.
function compactKey(word: string): string {
  return foldDiacritics(word).replaceAll('-', '');
}
