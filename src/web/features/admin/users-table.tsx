import { Badge, Button, Menu, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/users.schema.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';

export type UserAction = 'edit' | 'one_time_password' | 'invitation' | 'deactivate' | 'reactivate';

function statusOf(user: User): { key: string; color: string } {
  if (!user.active) return { key: 'deactivated', color: 'gray' };
  if (user.invitationPending) return { key: 'invitationPending', color: 'violet' };
  if (user.mustChangePassword) return { key: 'mustChangePassword', color: 'blue' };
  return { key: 'active', color: 'relacja' };
}

function StatusBadge({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const status = statusOf(user);
  return (
    <Badge variant="light" color={status.color} tt="none" size="md">
      {t(`users.status.${status.key}`)}
    </Badge>
  );
}

function UserMenu({ user, isSelf, onAction }: { user: User; isSelf: boolean; onAction: (action: UserAction) => void }) {
  const { t } = useTranslation('admin');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="xs" aria-label={t('users.menu.open', { name: user.name })}>
          {t('users.menu.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('edit')}>{t('users.menu.edit')}</Menu.Item>
        <Menu.Item onClick={() => onAction('one_time_password')}>{t('users.menu.oneTimePassword')}</Menu.Item>
        <Menu.Item onClick={() => onAction('invitation')}>{t('users.menu.invitation')}</Menu.Item>
        {!isSelf && <Menu.Divider />}
        {!isSelf && user.active && (
          <Menu.Item color="red.8" onClick={() => onAction('deactivate')}>
            {t('users.menu.deactivate')}
          </Menu.Item>
        )}
        {!isSelf && !user.active && <Menu.Item onClick={() => onAction('reactivate')}>{t('users.menu.reactivate')}</Menu.Item>}
      </Menu.Dropdown>
    </Menu>
  );
}

export interface UsersTableProps {
  users: readonly User[];
  branchNames: ReadonlyMap<string, string>;
  currentUserId: string;
  onAction: (user: User, action: UserAction) => void;
}

export function UsersTable({ users, branchNames, currentUserId, onAction }: UsersTableProps) {
  const { t } = useTranslation('admin');
  const columns = ['name', 'email', 'role', 'branches', 'status', 'actions'] as const;
  return (
    <TableScroll label={t('usersTableLabel')} minWidth={760}>
      <Table striped highlightOnHover aria-label={t('users.table.label')}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {t(`users.table.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.name}{' '}
                {user.id === currentUserId && (
                  <Text span size="sm" c="dimmed">
                    {t('users.you')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`common:roles.${user.role}`)}</Table.Td>
              <Table.Td>
                {user.branchIds.length > 0 ? user.branchIds.map((id) => branchNames.get(id) ?? id).join(', ') : t('users.noBranches')}
              </Table.Td>
              <Table.Td>
                <StatusBadge user={user} />
              </Table.Td>
              <Table.Td>
                <UserMenu user={user} isSelf={user.id === currentUserId} onAction={(action) => onAction(user, action)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
