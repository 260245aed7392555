import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InteractionsLog } from '../features/interactions/interactions-log.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function InteractionsPage() {
  const { t } = useTranslation('interactions');
  return (
    <Stack gap={0}>
      <PageTitle>{t('list.title')}</PageTitle>
      <InteractionsLog />
    </Stack>
  );
}
