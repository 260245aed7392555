import { Alert, Button, Checkbox, FileInput, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRequest } from '../../../shared/practices.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { readUtf8 } from './download.ts';
import { ImportReportView } from './import-report.tsx';
import { useImportMutation } from './use-practice-queries.ts';

type StatusChoice = 'file' | 'draft' | 'published';
interface LoadedFile {
  name: string;
  text: string;
  format: 'jsonl' | 'markdown';
}

function buildRequest(loaded: LoadedFile | null, skipInvalid: boolean, status: StatusChoice, dryRun: boolean): ImportRequest | null {
  if (!loaded) return null;
  return { format: loaded.format, text: loaded.text, dryRun, skipInvalid, ...(status === 'file' ? {} : { status }) };
}

const formatOf = (name: string): LoadedFile['format'] => (/\.(md|markdown)$/i.test(name) ? 'markdown' : 'jsonl');

function useLoadedFile() {
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [notUtf8, setNotUtf8] = useState(false);
  const choose = async (next: File | null) => {
    setFile(next);
    setLoaded(null);
    setNotUtf8(false);
    if (!next) return;
    const read = await readUtf8(next);
    if (read.ok) setLoaded({ name: next.name, text: read.text, format: formatOf(next.name) });
    else setNotUtf8(true);
  };
  return { file, loaded, notUtf8, choose };
}

/** Upload, preview (a dry run on the server), then confirm; nothing is written before the confirmation. */
export function ImportPanel() {
  const { t } = useTranslation('practices');
  const describe = useErrorMessage();
  const { file, loaded, notUtf8, choose } = useLoadedFile();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [status, setStatus] = useState<StatusChoice>('file');
  const preview = useImportMutation();
  const commit = useImportMutation();
  const [result, setResult] = useState<ImportReport | null>(null);

  const runPreview = preview.mutate;
  const resetPreview = preview.reset;
  const resetCommit = commit.reset;
  useEffect(() => {
    setResult(null);
    resetCommit();
    resetPreview();
    const body = buildRequest(loaded, skipInvalid, status, true);
    if (body) runPreview(body);
  }, [loaded, skipInvalid, status, runPreview, resetPreview, resetCommit]);

  const report = preview.data;
  const blocked = !report || report.fileErrors.length > 0 || (report.rejected > 0 && !skipInvalid) || report.created + report.updated === 0;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-title">
      <Stack>
        <Title order={2} size="h3" id="import-title">
          {t('import.title')}
        </Title>
        <Text>{t('import.intro')}</Text>
        <FileInput
          label={t('import.file')}
          description={t('import.fileHint')}
          accept=".jsonl,.ndjson,.json,.md,.markdown,text/markdown,application/x-ndjson"
          value={file}
          onChange={(next) => void choose(next)}
          clearable
          clearButtonProps={{ 'aria-label': t('import.clearFile') }}
        />
        {notUtf8 && (
          <Alert color="red" role="alert" title={t('import.notUtf8Title')}>
            {t('import.notUtf8')}
          </Alert>
        )}
        <Checkbox
          label={t('import.skipInvalid')}
          description={t('import.skipInvalidHint')}
          checked={skipInvalid}
          onChange={(event) => setSkipInvalid(event.currentTarget.checked)}
        />
        <Radio.Group
          label={t('import.status')}
          value={status}
          onChange={(value) => setStatus(value === 'draft' || value === 'published' ? value : 'file')}
        >
          <Group mt={4}>
            <Radio value="file" label={t('import.statusFile')} />
            <Radio value="draft" label={t('import.statusDraft')} />
            <Radio value="published" label={t('import.statusPublished')} />
          </Group>
        </Radio.Group>
        {preview.isPending && <Text>{t('import.checking')}</Text>}
        {preview.error && (
          <Alert color="red" role="alert">
            {describe(preview.error)}
          </Alert>
        )}
        {report && !result && (
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('import.preview', { name: loaded?.name ?? '' })}
            </Title>
            <ImportReportView report={report} />
            <Group>
              <Button
                disabled={blocked}
                loading={commit.isPending}
                onClick={() => {
                  const body = buildRequest(loaded, skipInvalid, status, false);
                  if (body) commit.mutate(body, { onSuccess: setResult });
                }}
              >
                {t('import.confirm')}
              </Button>
              {blocked && report.rejected > 0 && !skipInvalid && <Text size="sm">{t('import.fixOrSkip')}</Text>}
            </Group>
          </Stack>
        )}
        {commit.error && (
          <Alert color="red" role="alert">
            {describe(commit.error)}
          </Alert>
        )}
        {result && (
          <Alert color="relacja" variant="outline" role="status" title={t('import.done')}>
            <ImportReportView report={result} />
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
