// SQLite's remove_diacritics and NFD stripping both leave ł/Ł untouched, so Polish letters get an explicit map.
const POLISH_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ą', 'a'],
  ['ć', 'c'],
  ['ę', 'e'],
  ['ł', 'l'],
  ['ń', 'n'],
  ['ó', 'o'],
  ['ś', 's'],
  ['ź', 'z'],
  ['ż', 'z'],
  ['Ą', 'A'],
  ['Ć', 'C'],
  ['Ę', 'E'],
  ['Ł', 'L'],
  ['Ń', 'N'],
  ['Ó', 'O'],
  ['Ś', 'S'],
  ['Ź', 'Z'],
  ['Ż', 'Z'],
]);

const POLISH_LETTER = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/u;
const COMBINING_MARK = /\p{M}/gu;
const NON_ASCII = /\P{ASCII}/u;
const LATIN_WITH_MARK = /^[\u00c0-\u024f]$/u;

// Soft hyphens and zero-width characters hide inside text pasted from documents and web pages,
// where they would split "książka" into two words.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').toLocaleLowerCase('pl');
}

export function hasPolishDiacritics(word: string): boolean {
  return POLISH_LETTER.test(word);
}

export function foldDiacritics(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  let folded = '';
  for (const char of word) folded += POLISH_FOLDS.get(char) ?? foldLatin(char);
  return folded;
}

// Only Latin letters lose their marks (é, ü, č); other scripts keep theirs, where marks carry meaning.
function foldLatin(char: string): string {
  if (!LATIN_WITH_MARK.test(char)) return char;
  const stripped = char.normalize('NFD').replace(COMBINING_MARK, '');
  return stripped === '' ? char : stripped;
}
