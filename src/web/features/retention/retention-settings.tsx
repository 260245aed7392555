import { Alert, Button, Group, List, Loader, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, type RetentionSettings } from '../../../shared/retention.schema.ts';
import { ErrorState, useErrorMessage } from '../../ui/error-state.tsx';
import { useFormat } from '../../ui/format.ts';
import { useRetentionQuery, useSaveRetentionMutation } from './use-retention-queries.ts';

function WhatIsKept({ days }: { days: number }) {
  const { t } = useTranslation('retention');
  const rows = ['contactNotes', 'incidentNotes', 'searchQueries', 'categories', 'accounts'] as const;
  return (
    <Table withTableBorder>
      <Table.Caption>{t('kept.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('kept.what')}</Table.Th>
          <Table.Th scope="col">{t('kept.howLong')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row}>
            <Table.Th scope="row" fw={400}>
              {t(`kept.${row}.what`)}
            </Table.Th>
            <Table.Td>{t(`kept.${row}.howLong`, { days })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const ERASED_KINDS = ['interactionNotes', 'incidentNotes', 'colleagueAlerts', 'checkInNotes', 'searchQueries'] as const;

function LastRun({ settings }: { settings: RetentionSettings }) {
  const { t } = useTranslation('retention');
  const format = useFormat();
  if (!settings.lastRun) return <Text size="sm">{t('lastRun.never')}</Text>;
  const { erased } = settings.lastRun;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('lastRun.at', { at: format.dateTime(settings.lastRun.at), cutoff: format.dateTime(settings.lastRun.cutoff) })}
      </Text>
      <List size="sm">
        {ERASED_KINDS.map((kind) => {
          const count = erased[kind];
          return count === undefined ? null : <List.Item key={kind}>{t(`lastRun.${kind}`, { count })}</List.Item>;
        })}
      </List>
    </Stack>
  );
}

function PeriodForm({ days }: { days: number }) {
  const { t } = useTranslation('retention');
  const describe = useErrorMessage();
  const save = useSaveRetentionMutation();
  const [value, setValue] = useState<number | string>(days);
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= MIN_RETENTION_DAYS && value <= MAX_RETENTION_DAYS;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) save.mutate(value);
      }}
    >
      <Stack gap="sm" maw={420}>
        <NumberInput
          label={t('form.days')}
          description={t('form.hint', { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS })}
          value={value}
          onChange={setValue}
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          allowDecimal={false}
          error={valid ? undefined : t('form.invalid', { min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS })}
        />
        {save.error && (
          <Alert color="red" role="alert">
            {describe(save.error)}
          </Alert>
        )}
        {save.isSuccess && (
          <Alert color="relacja" role="status">
            {t('form.saved', { days: save.data.days })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!valid}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Przechowywanie danych": in plain words what is kept and for how long, and the one setting. */
export function RetentionSettingsPanel() {
  const { t } = useTranslation('retention');
  const settings = useRetentionQuery();
  if (settings.error) return <ErrorState error={settings.error} />;
  if (!settings.data) return <Loader aria-label={t('common:loading')} />;
  return (
    <Stack gap="lg" maw={900}>
      <Text>{t('intro')}</Text>
      <WhatIsKept days={settings.data.days} />
      <Paper withBorder p="md" component="section" aria-labelledby="retention-period">
        <Title order={2} size="h4" id="retention-period" mb="sm">
          {t('form.title')}
        </Title>
        <PeriodForm key={settings.data.days} days={settings.data.days} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="retention-runs">
        <Title order={2} size="h4" id="retention-runs" mb="sm">
          {t('lastRun.title')}
        </Title>
        <Text size="sm" mb="xs">
          {t('lastRun.schedule')}
        </Text>
        <LastRun settings={settings.data} />
      </Paper>
    </Stack>
  );
}
