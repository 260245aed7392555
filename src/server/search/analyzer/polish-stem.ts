import { foldDiacritics } from './fold.ts';

// Common Polish inflectional endings, already folded, longest first so "ami" wins over "i".
const ENDINGS = [
  'owie',
  'ach',
  'ami',
  'ego',
  'emu',
  'ich',
  'iem',
  'imi',
  'owi',
  'ych',
  'ymi',
  'ej',
  'em',
  'ie',
  'im',
  'om',
  'ow',
  'ym',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

const MIN_STEM_LENGTH = 4;

// A light stem for words the dictionary does not know (names, neologisms, "coworkingu"), so that
// their inflected forms still meet; both sides of a search use it, so it need not be a real word.
export function lightStem(word: string): string {
  const folded = foldDiacritics(word);
  for (const ending of ENDINGS) {
    if (folded.length - ending.length >= MIN_STEM_LENGTH && folded.endsWith(ending)) {
      return folded.slice(0, -ending.length);
    }
  }
  return folded;
}
