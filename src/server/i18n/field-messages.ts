import { IntlMessageFormat } from 'intl-messageformat';
import type { z } from 'zod';
import type { Locale } from './translate.ts';

type Messages = Record<string, string>;

const pl: Messages = {
  required: 'To pole jest wymagane.',
  invalid_type: 'Nieprawidłowy typ wartości (oczekiwano: {expected}).',
  string_too_short: 'Wpisz co najmniej {n, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
  string_too_long: 'Wpisz najwyżej {n, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
  array_too_short: 'Wybierz co najmniej {n, plural, one {# element} few {# elementy} many {# elementów} other {# elementu}}.',
  array_too_long: 'Można podać najwyżej {n, plural, one {# element} few {# elementy} many {# elementów} other {# elementu}}.',
  number_too_small: 'Wartość musi wynosić co najmniej {n}.',
  number_too_big: 'Wartość może wynosić najwyżej {n}.',
  invalid_value: 'Niedozwolona wartość. Dozwolone: {values}.',
  invalid_format_email: 'Wpisz poprawny adres e-mail.',
  invalid_format_uuid: 'Nieprawidłowy identyfikator.',
  invalid_format: 'Nieprawidłowy format.',
  unrecognized_keys: 'Nieznane pola: {keys}.',
  not_unique: 'Wartości nie mogą się powtarzać.',
  invalid_phone: 'Numer telefonu może zawierać tylko cyfry, spacje, +, - i nawiasy.',
  invalid: 'Nieprawidłowa wartość.',
  invalid_slug: 'Identyfikator może zawierać tylko małe litery a–z, cyfry i pojedyncze łączniki, np. zgubiona-ksiazka.',
  invalid_website: 'Wpisz adres strony zaczynający się od http:// lub https://, np. https://example.org.',
  label_required: 'Podaj nazwę kontaktu.',
  not_utf8: 'Plik nie jest zapisany w kodowaniu UTF-8 (wiersz {line, number, ::group-off}). Zapisz go jako UTF-8 i spróbuj ponownie.',
  json_syntax: 'To nie jest poprawny JSON — każdy wiersz musi zawierać jeden kompletny obiekt.',
  not_object: 'Wiersz musi zawierać obiekt JSON ujęty w nawiasy klamrowe.',
  duplicate_id: 'Identyfikator „{id}” występuje w pliku już w wierszu {line, number, ::group-off}.',
  empty_file: 'Plik nie zawiera żadnej praktyki.',
  front_matter: 'Nagłówek YAML (front matter) jest niepoprawny lub nie jest mapą pól.',
  out_of_scope: 'Nie możesz zmieniać tej praktyki: należy do filii spoza Twojego zakresu.',
  slug_reserved: 'Identyfikator „{slug}” to nazwa strony w aplikacji. Wybierz inny, np. {slug}-praktyka.',
  at_line: 'Wiersz {line, number, ::group-off}: {message}',
  search_line_too_long: 'Wiersz jest za długi (najwyżej 1000 znaków).',
  synonym_group_too_small: 'Grupa synonimów potrzebuje co najmniej dwóch wyrażeń rozdzielonych przecinkami.',
  synonym_member_too_long: 'Wyrażenie w grupie synonimów może mieć najwyżej 6 słów.',
  synonym_member_empty: 'Wyrażenie składa się tylko ze słów pomijanych przy wyszukiwaniu (np. „i”, „w”, „na”).',
  domain_word_invalid: 'Podaj jedno słowo w wierszu (litery, cyfry, ewentualnie łącznik), najwyżej 48 znaków.',
  at_line_field: 'Wiersz {line, number, ::group-off}, pole {field}: {message}',
};

const en: Messages = {
  required: 'This field is required.',
  invalid_type: 'Wrong type of value (expected: {expected}).',
  string_too_short: 'Enter at least {n, plural, one {# character} other {# characters}}.',
  string_too_long: 'Enter at most {n, plural, one {# character} other {# characters}}.',
  array_too_short: 'Choose at least {n, plural, one {# item} other {# items}}.',
  array_too_long: 'At most {n, plural, one {# item} other {# items}} allowed.',
  number_too_small: 'The value must be at least {n}.',
  number_too_big: 'The value must be at most {n}.',
  invalid_value: 'Value not allowed. Allowed: {values}.',
  invalid_format_email: 'Enter a valid e-mail address.',
  invalid_format_uuid: 'Invalid identifier.',
  invalid_format: 'Invalid format.',
  unrecognized_keys: 'Unknown fields: {keys}.',
  not_unique: 'Values must not repeat.',
  invalid_phone: 'A phone number may contain only digits, spaces, +, - and brackets.',
  invalid: 'Invalid value.',
  invalid_slug: 'An identifier may contain only lower-case letters a–z, digits and single hyphens, e.g. lost-book.',
  invalid_website: 'Enter a web address starting with http:// or https://, e.g. https://example.org.',
  label_required: 'Give the contact a name.',
  not_utf8: 'The file is not encoded in UTF-8 (line {line, number, ::group-off}). Save it as UTF-8 and try again.',
  json_syntax: 'This is not valid JSON — every line must hold one complete object.',
  not_object: 'The line must hold a JSON object in curly braces.',
  duplicate_id: 'The identifier “{id}” already appears in the file on line {line, number, ::group-off}.',
  empty_file: 'The file contains no practice.',
  front_matter: 'The YAML header (front matter) is invalid or is not a map of fields.',
  out_of_scope: 'You cannot change this practice: it belongs to a branch outside your scope.',
  slug_reserved: 'The identifier “{slug}” is the name of a page in the app. Choose another, e.g. {slug}-practice.',
  at_line: 'Line {line, number, ::group-off}: {message}',
  search_line_too_long: 'The line is too long (at most 1000 characters).',
  synonym_group_too_small: 'A synonym group needs at least two expressions separated by commas.',
  synonym_member_too_long: 'An expression in a synonym group may have at most 6 words.',
  synonym_member_empty: 'The expression consists only of words that search ignores (such as “and”, “in”, “on”).',
  domain_word_invalid: 'Give one word per line (letters, digits, possibly a hyphen), at most 48 characters.',
  at_line_field: 'Line {line, number, ::group-off}, field {field}: {message}',
};

const catalogs: Record<Locale, Messages> = { pl, en };

/** A message of this catalogue by key, e.g. for checks that are not Zod issues (a file's encoding, a JSON line). */
export function render(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const message = catalogs[locale][key] ?? catalogs[locale].invalid ?? key;
  return String(new IntlMessageFormat(message, locale).format(params));
}

function bound(value: number | bigint): number {
  return Number(value);
}

/** Maps one Zod issue to a stable code and a message written for people, in their language. */
export function describeIssue(locale: Locale, issue: z.core.$ZodIssue): { code: string; message: string } {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { code: 'required', message: render(locale, 'required') };
      return { code: 'invalid_type', message: render(locale, 'invalid_type', { expected: issue.expected }) };
    }
    case 'too_small': {
      const kind = issue.origin === 'string' ? 'string' : issue.origin === 'array' || issue.origin === 'set' ? 'array' : 'number';
      const code = kind === 'number' ? 'number_too_small' : `${kind}_too_short`;
      if (kind === 'string' && bound(issue.minimum) === 1) return { code: 'required', message: render(locale, 'required') };
      return { code, message: render(locale, code, { n: bound(issue.minimum) }) };
    }
    case 'too_big': {
      const kind = issue.origin === 'string' ? 'string' : issue.origin === 'array' || issue.origin === 'set' ? 'array' : 'number';
      const code = kind === 'number' ? 'number_too_big' : `${kind}_too_long`;
      return { code, message: render(locale, code, { n: bound(issue.maximum) }) };
    }
    case 'invalid_value':
      return { code: 'invalid_value', message: render(locale, 'invalid_value', { values: issue.values.map(String).join(', ') }) };
    case 'invalid_format': {
      const code = issue.format === 'email' || issue.format === 'uuid' ? `invalid_format_${issue.format}` : 'invalid_format';
      return { code, message: render(locale, code) };
    }
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', message: render(locale, 'unrecognized_keys', { keys: issue.keys.join(', ') }) };
    case 'custom': {
      const code = typeof issue.params?.code === 'string' ? issue.params.code : 'invalid';
      return { code, message: render(locale, code) };
    }
    default:
      return { code: 'invalid', message: render(locale, 'invalid') };
  }
}
