import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DeskAssistant } from '../features/assistant/desk-assistant.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function AssistantPage() {
  const { t } = useTranslation('assistant');
  return (
    <Stack gap={0} maw={960}>
      <PageTitle>{t('title')}</PageTitle>
      <DeskAssistant />
    </Stack>
  );
}
