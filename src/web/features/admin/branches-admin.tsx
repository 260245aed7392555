import { Button, Group, Kbd, Loader, Stack, Table, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branch } from '../../../shared/branches.schema.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { BranchFormModal } from './branch-form-modal.tsx';
import { useNotifySuccess } from './dialog-props.ts';
import { useBranchesQuery } from './use-admin-queries.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';

function BranchesTable({ branches, onEdit }: { branches: readonly Branch[]; onEdit: (branch: Branch) => void }) {
  const { t } = useTranslation('admin');
  const columns = ['name', 'address', 'phone', 'actions'] as const;
  return (
    <TableScroll label={t('branchesTableLabel')} minWidth={600}>
      <Table striped highlightOnHover aria-label={t('branches.table.label')}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {t(`branches.table.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {branches.map((branch) => (
            <Table.Tr key={branch.id}>
              <Table.Th scope="row" fw={500}>
                {branch.name}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{branch.address || t('branches.none')}</Table.Td>
              <Table.Td>
                {branch.phone ? <a href={`tel:${branch.phone.replaceAll(/[^0-9+]/g, '')}`}>{branch.phone}</a> : t('branches.none')}
              </Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => onEdit(branch)}
                  aria-label={t('branches.editLabel', { name: branch.name })}
                >
                  {t('branches.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function BranchesAdmin() {
  const { t } = useTranslation('admin');
  const branches = useBranchesQuery();
  const notify = useNotifySuccess();
  const [editing, setEditing] = useState<{ branch?: Branch } | null>(null);

  useHotkeys([
    [
      'n',
      () => {
        if (editing === null) setEditing({});
      },
    ],
  ]);

  if (branches.error) return <ErrorState error={branches.error} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {branches.data ? t('branches.count', { count: branches.data.length }) : ''}
        </Text>
        <Button onClick={() => setEditing({})} rightSection={<Kbd size="xs">N</Kbd>}>
          {t('branches.add')}
        </Button>
      </Group>
      {branches.isPending && <Loader aria-label={t('common:loading')} />}
      {branches.data?.length === 0 && <Text>{t('branches.empty')}</Text>}
      {branches.data && branches.data.length > 0 && <BranchesTable branches={branches.data} onEdit={(branch) => setEditing({ branch })} />}
      {editing && (
        <BranchFormModal
          branch={editing.branch}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            notify(t(created ? 'branches.notify.created' : 'branches.notify.saved', { name: saved.name }));
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
