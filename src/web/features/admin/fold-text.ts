/** Lower case without diacritics, so "lodz" finds "Łódź" the way people type at the desk. */
export function foldText(text: string): string {
  return text.toLocaleLowerCase('pl').replaceAll('ł', 'l').normalize('NFD').replaceAll(/\p{M}/gu, '');
}
