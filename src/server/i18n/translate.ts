import { IntlMessageFormat } from 'intl-messageformat';
import type { ErrorCode } from '../../shared/errors.ts';
import * as en from './messages.en.ts';
import * as pl from './messages.pl.ts';

export type Locale = 'pl' | 'en';
export const LOCALES: readonly Locale[] = ['pl', 'en'];

const catalogs = { pl, en } as const;
const compiled = new Map<string, IntlMessageFormat>();

export type MessageParams = Record<string, string | number>;

function format(locale: Locale, message: string, params: MessageParams): string {
  const key = `${locale}\u0000${message}`;
  let formatter = compiled.get(key);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale);
    compiled.set(key, formatter);
  }
  return String(formatter.format(params));
}

export function errorTitle(locale: Locale, code: ErrorCode): string {
  return catalogs[locale].errorTitles[code];
}

export function errorDetail(locale: Locale, code: ErrorCode, params: MessageParams = {}): string {
  return format(locale, catalogs[locale].errorDetails[code], params);
}

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'pl';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const quality = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: quality ? Number(quality.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('pl')) return 'pl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'pl';
}
