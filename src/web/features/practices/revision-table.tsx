import { Button, Radio, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/practices.schema.ts';
import { useFormat } from '../../ui/format.ts';

interface RevisionTableProps {
  revisions: readonly RevisionSummary[];
  from: string | null;
  to: string | null;
  onFrom: (id: string) => void;
  onTo: (id: string) => void;
  canRestore: boolean;
  onRestore: (revision: RevisionSummary) => void;
}

function ReviewNote({ revision }: { revision: RevisionSummary }) {
  const { t } = useTranslation('practices');
  if (!revision.reviewState) return null;
  return (
    <Text size="sm" c="dimmed">
      {t(`reviewState.${revision.reviewState}`)}
      {revision.reviewer ? ` · ${revision.reviewer.name}` : ''}
      {revision.reviewComment ? ` · ${revision.reviewComment}` : ''}
    </Text>
  );
}

/** Each revision: who, when, why, what kind; pick two to compare; restore an older one. */
export function RevisionTable({ revisions, from, to, onFrom, onTo, canRestore, onRestore }: RevisionTableProps) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const newest = revisions[0]?.id;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>{t('history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('history.from')}</Table.Th>
            <Table.Th scope="col">{t('history.to')}</Table.Th>
            <Table.Th scope="col">{t('history.number')}</Table.Th>
            <Table.Th scope="col">{t('history.kind')}</Table.Th>
            <Table.Th scope="col">{t('history.who')}</Table.Th>
            <Table.Th scope="col">{t('history.when')}</Table.Th>
            <Table.Th scope="col">{t('history.comment')}</Table.Th>
            {canRestore && <Table.Th scope="col">{t('history.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {revisions.map((revision) => (
            <Table.Tr key={revision.id}>
              <Table.Td>
                <Radio
                  name="compare-from"
                  checked={from === revision.id}
                  onChange={() => onFrom(revision.id)}
                  aria-label={t('history.fromLabel', { number: revision.number })}
                />
              </Table.Td>
              <Table.Td>
                <Radio
                  name="compare-to"
                  checked={to === revision.id}
                  onChange={() => onTo(revision.id)}
                  aria-label={t('history.toLabel', { number: revision.number })}
                />
              </Table.Td>
              <Table.Th scope="row">{revision.number}</Table.Th>
              <Table.Td>
                <Text span>{t(`revisionKind.${revision.kind}`)}</Text>
                <ReviewNote revision={revision} />
              </Table.Td>
              <Table.Td>{revision.author?.name ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(revision.createdAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{revision.comment || '—'}</Table.Td>
              {canRestore && (
                <Table.Td>
                  {revision.id !== newest && revision.kind !== 'proposal' && (
                    <Button size="compact-sm" variant="light" onClick={() => onRestore(revision)}>
                      {t('history.restore', { number: revision.number })}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
