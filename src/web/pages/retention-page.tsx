import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RetentionSettingsPanel } from '../features/retention/retention-settings.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function RetentionPage() {
  const { t } = useTranslation('retention');
  return (
    <Stack gap={0}>
      <PageTitle>{t('title')}</PageTitle>
      <RetentionSettingsPanel />
    </Stack>
  );
}
