import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditAdmin } from '../features/admin/audit-admin.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <PageTitle>{t('nav.audit')}</PageTitle>
      <AuditAdmin />
    </Stack>
  );
}
