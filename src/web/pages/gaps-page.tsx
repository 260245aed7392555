import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GapList } from '../features/gaps/gap-list.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function GapsPage() {
  const { t } = useTranslation('gaps');
  return (
    <Stack gap="md" maw={1100}>
      <PageTitle>{t('title')}</PageTitle>
      <Text>{t('intro')}</Text>
      <GapList />
    </Stack>
  );
}
