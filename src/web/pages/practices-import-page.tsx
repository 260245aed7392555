import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportPanel } from '../features/practices/export-panel.tsx';
import { ImportPanel } from '../features/practices/import-panel.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function PracticesImportPage() {
  const { t } = useTranslation('practices');
  return (
    <Stack gap="lg">
      <PageTitle>{t('import.pageTitle')}</PageTitle>
      <ImportPanel />
      <ExportPanel />
    </Stack>
  );
}
