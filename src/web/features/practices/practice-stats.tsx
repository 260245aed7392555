import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag, PracticeStats as Stats } from '../../../shared/practices.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { IconFlag } from './icons.tsx';
import { useFlagsQuery, useResolveFlagMutation } from './use-practice-queries.ts';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </div>
  );
}

function FlagItem({ flag }: { flag: Flag }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const describe = useErrorMessage();
  const resolve = useResolveFlagMutation();
  const [note, setNote] = useState('');
  return (
    <List.Item icon={<IconFlag />}>
      <Stack gap={4}>
        <Text>{flag.comment}</Text>
        <Text size="sm" c="dimmed">
          {t(flag.helpful ? 'stats.flagMetaHelpful' : 'stats.flagMetaNotHelpful', {
            name: flag.user?.name ?? t('stats.someone'),
            date: format.dateTime(flag.createdAt),
          })}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            resolve.mutate([flag.id, note.trim()]);
          }}
        >
          <Group gap="xs" align="flex-end">
            <TextInput
              size="sm"
              label={t('stats.resolveNote')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              maxLength={1000}
            />
            <Button type="submit" size="sm" variant="light" loading={resolve.isPending}>
              {t('stats.resolve')}
            </Button>
          </Group>
        </form>
        {resolve.error && (
          <Alert color="red" role="alert">
            {describe(resolve.error)}
          </Alert>
        )}
      </Stack>
    </List.Item>
  );
}

/** Usage and open flags; shown to managers and administrators only (the API sends stats only to them). */
export function PracticeStats({ practiceId, stats }: { practiceId: string; stats: Stats }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const flags = useFlagsQuery(practiceId, stats.openFlagCount > 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stats-title" className="no-print">
      <Stack gap="md">
        <Title order={2} size="h4" id="stats-title">
          {t('stats.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <Figure label={t('stats.views')} value={format.number(stats.viewCount)} />
          <Figure label={t('stats.helpful')} value={format.number(stats.helpfulCount)} />
          <Figure label={t('stats.notHelpful')} value={format.number(stats.notHelpfulCount)} />
          <Figure label={t('stats.ratio')} value={stats.helpfulRatio === null ? '—' : format.percent(stats.helpfulRatio)} />
          <Figure label={t('stats.openFlags')} value={format.number(stats.openFlagCount)} />
        </SimpleGrid>
        {stats.openFlagCount > 0 && (
          <div>
            <Title order={3} size="h5" mb="xs">
              {t('stats.flagsTitle')}
            </Title>
            {flags.data && (
              <List spacing="md" listStyleType="none">
                {flags.data.items.map((flag) => (
                  <FlagItem key={flag.id} flag={flag} />
                ))}
              </List>
            )}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
