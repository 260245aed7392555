import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UsersAdmin } from '../features/admin/users-admin.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <PageTitle>{t('nav.users')}</PageTitle>
      <UsersAdmin />
    </Stack>
  );
}
