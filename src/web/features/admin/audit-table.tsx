import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/audit.schema.ts';
import { useFormat } from '../../ui/format.ts';
import { AuditDetails } from './audit-details.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';

export interface AuditTableProps {
  entries: readonly AuditEntry[];
  userNames: ReadonlyMap<string, string>;
  branchNames: ReadonlyMap<string, string>;
}

function useTargetLabel(userNames: ReadonlyMap<string, string>, branchNames: ReadonlyMap<string, string>) {
  const { t } = useTranslation('admin');
  return (entry: AuditEntry): string => {
    const { targetType: type, targetId: id } = entry;
    if (!type || !id) return '';
    if (type === 'user') return t('audit.target.user', { name: userNames.get(id) ?? id });
    if (type === 'branch') return t('audit.target.branch', { name: branchNames.get(id) ?? id });
    if (type === 'referral') return t('audit.target.referral', { name: typeof entry.details.name === 'string' ? entry.details.name : id });
    return t('audit.target.other', { type, id });
  };
}

export function AuditTable({ entries, userNames, branchNames }: AuditTableProps) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const targetLabel = useTargetLabel(userNames, branchNames);
  const columns = ['at', 'actor', 'action', 'target', 'ip', 'details'] as const;
  return (
    <TableScroll label={t('auditTableLabel')} minWidth={900}>
      <Table striped verticalSpacing="xs" aria-label={t('audit.table.label')}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {t(`audit.table.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              </Table.Td>
              <Table.Td>{entry.actorLabel || t('audit.system')}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}
                </Text>
              </Table.Td>
              <Table.Td>{targetLabel(entry)}</Table.Td>
              <Table.Td>{entry.ip}</Table.Td>
              <Table.Td>
                <AuditDetails details={entry.details} branchNames={branchNames} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
