import { describe, expect, it } from 'vitest';
import { analyzeForIndex } from './analyze-index.ts';

const tokensOf = (form: string) => new Set(analyzeForIndex(form, 'pl'));

const FAMILIES = [
  'książka książki książkę książek książkami książce',
  'czytelnik czytelnicy czytelnikowi czytelników czytelnikiem',
  'dziecko dzieci dziećmi dzieciom dziecka',
  'zgubić zgubił zgubiła zgubiony zgubili',
  'opłata opłaty opłat opłatę opłatami',
  'człowiek ludzie ludzi ludźmi człowieka',
  'biblioteka biblioteki bibliotece bibliotekę bibliotekami',
  'wypożyczyć wypożyczył wypożyczona wypożyczenie wypożyczeniu',
  'kara karę karami kar',
  'karta karty kartę kartą kartami',
  'rok roku lata latach',
  'tydzień tygodnia tygodnie tygodni',
  'przyjaciel przyjaciele przyjaciół przyjacielem',
  'pies psa psy psem',
  'ręka ręce rękami rękoma',
  'oko oczy oczu oczami',
  'rezerwacja rezerwacji rezerwacje rezerwacją',
  'komputer komputera komputerze komputery',
  'nieuprzejmy nieuprzejma nieuprzejmego nieuprzejmi',
  'iść idzie szedł szła',
  'wziąć wziął wzięła weźmie',
  'brat bracia braci braćmi',
  'pieniądz pieniądze pieniędzy pieniądzach',
  'senior seniorzy seniorów seniorem',
  'termin terminu terminie terminy',
  'przedłużyć przedłużył przedłużenie przedłużenia',
];

const DISTINCT = [
  ['karę', 'kartę'],
  ['karami', 'kartami'],
  ['listem', 'listę'],
  ['pani', 'panny'],
  ['uprzejmy', 'nieuprzejmy'],
  ['książki', 'księgi'],
  ['czytelnikowi', 'czytelni'],
  ['zwrotu', 'zwrotki'],
  ['opłaty', 'płaty'],
  ['kasa', 'kasza'],
  ['dzieci', 'dziecięcy'],
];

describe('Polish lemmas', () => {
  it.each(FAMILIES)('groups %s under one token', (family) => {
    const sets = family.split(' ').map(tokensOf);
    const [first = new Set<string>()] = sets;
    const shared = [...first].filter((token) => sets.every((set) => set.has(token)));
    expect(shared).not.toEqual([]);
  });

  it.each(DISTINCT)('keeps %s apart from %s', (a, b) => {
    const other = tokensOf(b ?? '');
    expect([...tokensOf(a ?? '')].filter((token) => other.has(token))).toEqual([]);
  });

  it('emits folded lemmas, so text without diacritics meets text with them', () => {
    expect(analyzeForIndex('Czytelnik zgubił książkę', 'pl')).toEqual(['czytelnik', 'zgubic', 'ksiazka']);
    expect(analyzeForIndex('czytelnik zgubil ksiazke', 'pl')).toEqual(['czytelnik', 'zgubic', 'ksiazka']);
  });

  it('keeps every reading of an ambiguous form', () => {
    expect(tokensOf('listy')).toEqual(new Set(['list', 'lista']));
  });

  it('keeps the negative prefix of adjectives as part of the lemma', () => {
    expect(tokensOf('nieuprzejmej')).toEqual(new Set(['nieuprzejmy']));
  });
});
