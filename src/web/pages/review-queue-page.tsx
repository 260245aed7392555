import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OpenFlags } from '../features/practices/open-flags.tsx';
import { ReviewQueue } from '../features/practices/review-queue.tsx';
import { useFlagsQuery, useReviewQueueQuery } from '../features/practices/use-practice-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function ReviewQueuePage() {
  const { t } = useTranslation('practices');
  const queue = useReviewQueueQuery();
  const flags = useFlagsQuery(undefined, true);
  if (queue.error) return <ErrorState error={queue.error} />;
  return (
    <Stack gap="lg">
      <PageTitle>{t('queue.title')}</PageTitle>
      <Text>{t('queue.intro')}</Text>
      {queue.data ? (
        <>
          <Text fw={600} aria-live="polite">
            {t('queue.count', { count: queue.data.total })}
          </Text>
          <ReviewQueue items={queue.data.items} />
        </>
      ) : (
        <Loader aria-label={t('common:loading')} />
      )}
      <Stack component="section" gap="sm" aria-labelledby="flags-title">
        <Title order={2} size="h3" id="flags-title">
          {t('queue.flagsTitle')}
        </Title>
        {flags.data && (flags.data.items.length > 0 ? <OpenFlags flags={flags.data.items} /> : <Text>{t('queue.noFlags')}</Text>)}
      </Stack>
    </Stack>
  );
}
