import i18n from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';

export type UiLocale = 'pl' | 'en';
export const UI_LOCALES: readonly UiLocale[] = ['pl', 'en'];
const STORAGE_KEY = 'relacja.locale';

type Messages = Record<string, unknown>;
const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

function loadResources(): Record<string, Record<string, Messages>> {
  const resources: Record<string, Record<string, Messages>> = {};
  for (const [file, messages] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(file);
    const [, locale, namespace] = match ?? [];
    if (!locale || !namespace) continue;
    resources[locale] = { ...resources[locale], [namespace]: messages };
  }
  return resources;
}

function initialLocale(): UiLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'pl';
}

export function rememberLocale(locale: UiLocale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  void i18n.changeLanguage(locale);
}

const resources = loadResources();

void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources,
    lng: initialLocale(),
    fallbackLng: 'pl',
    ns: Object.keys(resources.pl ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
document.documentElement.lang = i18n.language;

export { i18n };
