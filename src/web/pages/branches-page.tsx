import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BranchesAdmin } from '../features/admin/branches-admin.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function BranchesPage() {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <PageTitle>{t('nav.branches')}</PageTitle>
      <BranchesAdmin />
    </Stack>
  );
}
