// NFD stripping leaves ł/Ł untouched, so it is mapped by hand.
/** Lower case without diacritics, so "osrodek pomocy" finds "Ośrodek Pomocy" as people type at the desk. */
export function foldForMatch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('pl').replaceAll('ł', 'l').normalize('NFD').replaceAll(/\p{M}/gu, '');
}

/** Every word of the query appears somewhere in the text, ignoring case and diacritics. */
export function matchesAllWords(text: string, query: string): boolean {
  const haystack = foldForMatch(text);
  return foldForMatch(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word));
}
