import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Practice } from '../../../shared/practices.schema.ts';
import { useFormat } from '../../ui/format.ts';
import { ContentDiff } from './content-diff.tsx';
import { type ContentField, changedFields, contentOf, type EditorState, fieldChanged } from './editor-model.ts';

interface ConflictPanelProps {
  state: EditorState;
  current: Practice;
  saving: boolean;
  onTakeServer: (field: ContentField) => void;
  onSaveOnTop: () => void;
}

/**
 * Someone saved the practice while this user was editing it. Their text is kept; the panel shows what changed on the
 * server since the editor opened, field by field, flags the fields both changed, and offers to save on top.
 */
export function ConflictPanel({ state, current, saving, onTakeServer, onSaveOnTop }: ConflictPanelProps) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const server = contentOf(current);
  const theirs = changedFields(state.original, server);
  const both = theirs.filter(
    (field) => state.original !== null && fieldChanged(state.original, state.content, field) && fieldChanged(server, state.content, field),
  );
  return (
    <Alert color="orange" role="alert" title={t('conflict.title')} className="conflict-panel">
      <Stack gap="sm">
        <Text>
          {t('conflict.body', {
            version: current.version,
            date: format.dateTime(current.updatedAt),
          })}
        </Text>
        {both.length > 0 && (
          <div>
            <Text fw={600}>{t('conflict.both')}</Text>
            <List>
              {both.map((field) => (
                <List.Item key={field}>
                  <Group gap="xs">
                    <span>{t(`fields.${field}`)}</span>
                    <Button size="compact-sm" variant="subtle" onClick={() => onTakeServer(field)}>
                      {t('conflict.takeServer', { field: t(`fields.${field}`) })}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Title order={2} size="h5">
          {t('conflict.changes')}
        </Title>
        <ContentDiff before={state.original} after={server} fields={theirs} />
        <Group>
          <Button onClick={onSaveOnTop} loading={saving}>
            {t('conflict.saveOnTop')}
          </Button>
        </Group>
        <Text size="sm">{t('conflict.hint')}</Text>
      </Stack>
    </Alert>
  );
}
