import { Button, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../shared/interactions.schema.ts';
import { useFormat } from '../../ui/format.ts';

interface Props {
  entries: readonly Interaction[];
  userId: string;
  showAuthor: boolean;
  onEdit: (entry: Interaction) => void;
  onDelete: (entry: Interaction) => void;
  now: number;
}

function Actions({ entry, onEdit, onDelete }: { entry: Interaction; onEdit: Props['onEdit']; onDelete: Props['onDelete'] }) {
  const { t } = useTranslation('interactions');
  const format = useFormat();
  const when = format.dateTime(entry.occurredAt);
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="compact-sm" variant="default" onClick={() => onEdit(entry)} aria-label={t('list.editLabel', { when })}>
        {t('list.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        color="red.9"
        onClick={() => onDelete(entry)}
        aria-label={t('list.deleteLabel', { when })}
      >
        {t('list.delete')}
      </Button>
    </Group>
  );
}

function Row({ entry, userId, showAuthor, onEdit, onDelete, now }: Omit<Props, 'entries'> & { entry: Interaction }) {
  const { t } = useTranslation('interactions');
  const format = useFormat();
  const editable = entry.author.id === userId && Date.parse(entry.editableUntil) > now;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {format.dateTime(entry.occurredAt)}
      </Table.Th>
      <Table.Td>{t(`channel.${entry.channel}`)}</Table.Td>
      <Table.Td>{entry.needs.map((need) => t(`need.${need}`)).join(', ')}</Table.Td>
      <Table.Td>{t(`attitude.${entry.attitude}`)}</Table.Td>
      <Table.Td title={t(`effort.${entry.effort}`)}>{entry.effort}</Table.Td>
      <Table.Td>{t(`outcome.${entry.outcome}`)}</Table.Td>
      <Table.Td>{entry.practices.map((practice) => practice.title).join(', ')}</Table.Td>
      <Table.Td>
        {entry.noteErasedAt ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('list.noteErased')}
          </Text>
        ) : (
          entry.note
        )}
      </Table.Td>
      <Table.Td>{entry.branch.name}</Table.Td>
      {showAuthor && <Table.Td>{entry.author.name}</Table.Td>}
      <Table.Td>
        {editable && (
          <Stacked hint={t('list.editableUntil', { time: format.dateTime(entry.editableUntil) })}>
            <Actions entry={entry} onEdit={onEdit} onDelete={onDelete} />
          </Stacked>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Stacked({ hint, children }: { hint: string; children: ReactNode }) {
  return (
    <div>
      {children}
      <Text size="xs" c="dimmed" mt={2}>
        {hint}
      </Text>
    </div>
  );
}

export function InteractionsTable({ entries, ...rest }: Props) {
  const { t } = useTranslation('interactions');
  const headers = [
    'when',
    'channel',
    'needs',
    'attitude',
    'effort',
    'outcome',
    'practices',
    'note',
    'branch',
    ...(rest.showAuthor ? ['author'] : []),
    'actions',
  ];
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col">
                {t(`list.${header}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Row key={entry.id} entry={entry} {...rest} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
