import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidPesel, passesLuhn, personalDataKinds } from './personal-data.ts';

function found(text: string) {
  return findPersonalData(text).map((match) => ({ kind: match.kind, text: text.slice(match.start, match.end) }));
}

describe('findPersonalData — PESEL', () => {
  it('finds a PESEL with a valid checksum and its exact position', () => {
    const text = 'Czytelnik podał PESEL 44051401359 przy zapisie';
    expect(findPersonalData(text)).toEqual([{ kind: 'pesel', start: 22, end: 33 }]);
  });

  it('finds PESELs of people born in the 2000s (month + 20)', () => {
    expect(found('nr 02321500016.')).toEqual([{ kind: 'pesel', text: '02321500016' }]);
  });

  it('ignores 11 digits with a wrong checksum', () => {
    expect(found('44051401358')).toEqual([]);
  });

  it('ignores 11 digits whose birth date cannot exist', () => {
    expect(isValidPesel('99133100000')).toBe(false);
    expect(isValidPesel('99023100000')).toBe(false);
  });

  it('does not take a PESEL out of a longer digit run', () => {
    expect(found('1440514013590').map((m) => m.kind)).not.toContain('pesel');
  });

  it('accepts only exactly 11 digits', () => {
    expect(isValidPesel('4405140135')).toBe(false);
    expect(isValidPesel('44051401359')).toBe(true);
  });
});

describe('findPersonalData — e-mail', () => {
  it('finds plain addresses, with Polish letters and plus tags', () => {
    expect(found('pisał z jan.kowalski+biblio@example.com.pl wczoraj')).toEqual([
      { kind: 'email', text: 'jan.kowalski+biblio@example.com.pl' },
    ]);
    expect(found('adres: zażółć@gęślą.pl')).toEqual([{ kind: 'email', text: 'zażółć@gęślą.pl' }]);
  });

  it('finds addresses spelled out with [at] / (małpa) and [dot]', () => {
    expect(found('jan [at] wp [dot] pl')).toEqual([{ kind: 'email', text: 'jan [at] wp [dot] pl' }]);
    expect(found('anna(małpa)onet.pl')).toEqual([{ kind: 'email', text: 'anna(małpa)onet.pl' }]);
    expect(found('ANNA [AT] ONET.PL')).toEqual([{ kind: 'email', text: 'ANNA [AT] ONET.PL' }]);
  });

  it('ignores social handles and an @ without a domain', () => {
    expect(found('napisał do @biblioteka na Facebooku')).toEqual([]);
    expect(found('spotkanie @ 12:00')).toEqual([]);
    expect(found('kontakt@biblioteka')).toEqual([]);
  });
});

describe('findPersonalData — phone numbers', () => {
  it.each([
    ['601234567'],
    ['601 234 567'],
    ['601-234-567'],
    ['601 23 45 67'],
    ['+48 601 234 567'],
    ['+48601234567'],
    ['0048 601 234 567'],
    ['0048601234567'],
    ['(+48) 601 234 567'],
    ['22 123 45 67'],
    ['22 123-45-67'],
    ['(22) 123 45 67'],
    ['(22) 1234567'],
    ['22 1234567'],
  ])('finds %s', (phone) => {
    expect(found(`Oddzwonić: ${phone}, po 15.`)).toEqual([{ kind: 'phone', text: phone }]);
  });

  it('finds two numbers in one note', () => {
    expect(found('tel. 601 234 567 lub 22 123 45 67').map((m) => m.kind)).toEqual(['phone', 'phone']);
  });

  it('ignores numbers starting with 0 and numbers of other lengths', () => {
    expect(found('012 345 678')).toEqual([]);
    expect(found('60123456')).toEqual([]);
    expect(found('6012345678')).toEqual([]);
  });
});

describe('findPersonalData — card numbers', () => {
  it('finds a payment card number written in groups when it passes Luhn', () => {
    expect(found('karta 4111 1111 1111 1111 odrzucona')).toEqual([{ kind: 'card_number', text: '4111 1111 1111 1111' }]);
    expect(found('5500-0000-0000-0004')).toEqual([{ kind: 'card_number', text: '5500-0000-0000-0004' }]);
    expect(found('3782 822463 10005')).toEqual([{ kind: 'card_number', text: '3782 822463 10005' }]);
  });

  it('ignores grouped digits that fail Luhn', () => {
    expect(found('4111 1111 1111 1112')).toEqual([]);
  });

  it('finds a library card number: a plain run of 12 to 19 digits', () => {
    expect(found('nr karty 29000012345678')).toEqual([{ kind: 'card_number', text: '29000012345678' }]);
    expect(found('karta 123456789012')).toEqual([{ kind: 'card_number', text: '123456789012' }]);
    expect(found('4111111111111111')).toEqual([{ kind: 'card_number', text: '4111111111111111' }]);
  });

  it('ignores runs longer than 19 digits', () => {
    expect(found('12345678901234567890')).toEqual([]);
  });

  it('checks Luhn correctly', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});

describe('findPersonalData — no false positives', () => {
  it.each([
    ['dates', 'Wypożyczenie 15.01.2024, zwrot 2024-02-15, termin 15/03/2024 r.'],
    ['years and ranges', 'W latach 2019–2023, od 2019 do 2023, rok 1999, lata 2019, 2020, 2021, 2022'],
    ['times', 'Przyszedł o 12:30, wyszedł 13.45, godz. 9-17'],
    ['the emergency number', 'Wezwano 112, potem 997 i 999; infolinia 19115'],
    ['prices', 'Kara 12,50 zł, abonament 123 456 789 zł, kwota 601234567,00 PLN, 1 234 567,89 zł'],
    ['ISBN-13 with hyphens', 'Książka ISBN 978-83-240-1234-3 w katalogu'],
    ['ISBN-13 without hyphens', 'Książka 9788324012343 w katalogu'],
    ['ISBN-13 after the word ISBN', 'ISBN: 9788324012344'],
    ['ISBN-10', 'ISBN 83-240-1234-5'],
    ['call numbers', 'Sygn. 821.162.1-3 Mick., II 12345, K-12345/2020, UKD 94(438)"1939/1945"'],
    ['postal codes and addresses', 'ul. Marszałkowska 12/14 m. 5, 00-123 Warszawa'],
    ['short counts', 'Obsłużono 3 osoby, 45 minut, 10 książek, 250 stron'],
    ['an ID-like word', 'nr zgłoszenia ABC123456789'],
  ])('ignores %s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });

  it('returns an empty list for an empty text', () => {
    expect(findPersonalData('')).toEqual([]);
  });
});

describe('findPersonalData — mixed text', () => {
  it('returns every kind in text order without overlaps', () => {
    const text = 'PESEL 44051401359, mail jan@wp.pl, tel. +48 601 234 567, karta 4111 1111 1111 1111.';
    expect(found(text)).toEqual([
      { kind: 'pesel', text: '44051401359' },
      { kind: 'email', text: 'jan@wp.pl' },
      { kind: 'phone', text: '+48 601 234 567' },
      { kind: 'card_number', text: '4111 1111 1111 1111' },
    ]);
  });

  it('personalDataKinds lists distinct kinds in a fixed order', () => {
    expect(personalDataKinds('tel. 601234567 i 602 345 678, jan@wp.pl')).toEqual(['email', 'phone']);
    expect(personalDataKinds('Czytelnik pytał o godziny otwarcia')).toEqual([]);
  });
});
