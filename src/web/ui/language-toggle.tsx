import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rememberLocale, type UiLocale } from '../i18n/index.ts';

/** Language choice before sign-in; once signed in, the user menu saves it to the account. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => rememberLocale(value === 'en' ? 'en' : ('pl' satisfies UiLocale))}
      data={[
        { value: 'pl', label: 'Polski' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
