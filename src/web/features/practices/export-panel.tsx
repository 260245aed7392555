import { Alert, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRACTICE_STATUSES, type PracticeStatus } from '../../../shared/practices.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { downloadText } from './download.ts';
import { oneOf } from './list-filters.ts';
import { useExportMutation } from './use-practice-queries.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Everything, or the chosen statuses, as practice/v1 JSON Lines or as Markdown with front matter. */
export function ExportPanel() {
  const { t } = useTranslation('practices');
  const describe = useErrorMessage();
  const exporter = useExportMutation();
  const [status, setStatus] = useState<PracticeStatus[]>([]);
  const run = (format: 'jsonl' | 'markdown') =>
    exporter.mutate([format, { status: status.length > 0 ? status : [...PRACTICE_STATUSES] }], {
      onSuccess: ({ text, fileName }) =>
        format === 'jsonl'
          ? downloadText(text, fileName ?? `praktyki-${today()}.jsonl`, 'application/x-ndjson')
          : downloadText(text, fileName ?? `praktyki-${today()}.md`, 'text/markdown'),
    });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-title">
      <Stack>
        <Title order={2} size="h3" id="export-title">
          {t('export.title')}
        </Title>
        <Text>{t('export.intro')}</Text>
        <MultiSelect
          label={t('export.status')}
          description={t('export.statusHint')}
          data={PRACTICE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          value={status}
          onChange={(values) => setStatus(values.filter(oneOf(PRACTICE_STATUSES)))}
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearField', { field: t('export.status') }) }}
          maw={480}
        />
        <Group>
          <Button onClick={() => run('jsonl')} loading={exporter.isPending && exporter.variables?.[0] === 'jsonl'}>
            {t('export.jsonl')}
          </Button>
          <Button variant="light" onClick={() => run('markdown')} loading={exporter.isPending && exporter.variables?.[0] === 'markdown'}>
            {t('export.markdown')}
          </Button>
        </Group>
        {exporter.error && (
          <Alert color="red" role="alert">
            {describe(exporter.error)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
