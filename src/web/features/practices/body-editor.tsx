import { Paper, Tabs, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkdownBody } from './markdown-body.tsx';

/** Markdown with a preview rendered exactly as the practice page renders it. */
export function BodyEditor({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation('practices');
  return (
    <Tabs defaultValue="write" keepMounted={false}>
      <Tabs.List aria-label={t('editor.bodyTabs')}>
        <Tabs.Tab value="write">{t('editor.bodyWrite')}</Tabs.Tab>
        <Tabs.Tab value="preview">{t('editor.bodyPreview')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="sm">
        <Textarea
          label={t('fields.body')}
          description={t('editor.bodyHint')}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          maxLength={100_000}
          autosize
          minRows={8}
          maxRows={30}
          styles={{ input: { fontFamily: 'ui-monospace, monospace' } }}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="sm">
        <Paper withBorder p="md">
          {value.trim() === '' ? <Text c="dimmed">{t('editor.bodyEmpty')}</Text> : <MarkdownBody text={value} headingStart={3} />}
        </Paper>
      </Tabs.Panel>
    </Tabs>
  );
}
