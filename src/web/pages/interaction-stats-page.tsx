import '@mantine/charts/styles.css';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InteractionStatsView } from '../features/interactions/interaction-stats.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function InteractionStatsPage() {
  const { t } = useTranslation('interactions');
  return (
    <Stack gap={0}>
      <PageTitle>{t('stats.title')}</PageTitle>
      <InteractionStatsView />
    </Stack>
  );
}
