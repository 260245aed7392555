import { Group, Loader, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DiffLayout, ContentDiff } from './content-diff.tsx';
import { useRevisionQuery } from './use-practice-queries.ts';

/** The word-level difference between two chosen revisions, inline or side by side. */
export function RevisionCompare({ practiceId, from, to }: { practiceId: string; from: string; to: string }) {
  const { t } = useTranslation('practices');
  const [layout, setLayout] = useState<DiffLayout>('inline');
  const older = useRevisionQuery(practiceId, from);
  const newer = useRevisionQuery(practiceId, to);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="compare-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="compare-title">
            {older.data && newer.data
              ? t('history.compareTitle', { from: older.data.number, to: newer.data.number })
              : t('history.compare')}
          </Title>
          <SegmentedControl
            aria-label={t('history.layout')}
            value={layout}
            onChange={(value) => setLayout(value === 'side' ? 'side' : 'inline')}
            data={[
              { value: 'inline', label: t('history.inline') },
              { value: 'side', label: t('history.side') },
            ]}
          />
        </Group>
        {older.data && newer.data ? (
          <ContentDiff
            before={older.data.content}
            after={newer.data.content}
            layout={layout}
            beforeLabel={t('history.revisionLabel', { number: older.data.number })}
            afterLabel={t('history.revisionLabel', { number: newer.data.number })}
          />
        ) : (
          <Loader aria-label={t('common:loading')} />
        )}
      </Stack>
    </Paper>
  );
}
