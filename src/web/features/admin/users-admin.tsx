import { Button, Group, Kbd, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User, UserCredential } from '../../../shared/users.schema.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { useSession } from '../auth/use-session.ts';
import { CredentialDialog } from './credential-dialog.tsx';
import { useNotifySuccess } from './dialog-props.ts';
import { foldText } from './fold-text.ts';
import { useBranchesQuery, useUsersQuery } from './use-admin-queries.ts';
import { UserActionConfirm } from './user-action-confirm.tsx';
import { UserFormModal } from './user-form-modal.tsx';
import { type UserAction, UsersTable } from './users-table.tsx';

type Dialog =
  | { kind: 'form'; user?: User }
  | { kind: 'confirm'; user: User; action: Exclude<UserAction, 'edit'> }
  | { kind: 'credential'; credential: UserCredential };

function useFilteredUsers(users: readonly User[] | undefined, search: string): readonly User[] {
  return useMemo(() => {
    const wanted = foldText(search.trim());
    if (!users || !wanted) return users ?? [];
    return users.filter((user) => foldText(`${user.name} ${user.email}`).includes(wanted));
  }, [users, search]);
}

export function UsersAdmin() {
  const { t } = useTranslation('admin');
  const { user: me } = useSession();
  const users = useUsersQuery();
  const branches = useBranchesQuery();
  const notify = useNotifySuccess();
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const visible = useFilteredUsers(users.data, search);
  const branchNames = useMemo(() => new Map((branches.data ?? []).map((branch) => [branch.id, branch.name])), [branches.data]);
  const close = () => setDialog(null);

  useHotkeys([
    [
      'n',
      () => {
        if (dialog === null) setDialog({ kind: 'form' });
      },
    ],
  ]);

  if (users.error) return <ErrorState error={users.error} />;
  const onAction = (user: User, action: UserAction) =>
    setDialog(action === 'edit' ? { kind: 'form', user } : { kind: 'confirm', user, action });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <TextInput
          type="search"
          label={t('users.search')}
          description={t('users.searchHint')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 360 }}
        />
        <Button onClick={() => setDialog({ kind: 'form' })} rightSection={<Kbd size="xs">N</Kbd>}>
          {t('users.add')}
        </Button>
      </Group>
      {users.isPending ? (
        <Loader aria-label={t('common:loading')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('users.shown', { shown: visible.length, total: users.data.length })}
          </Text>
          {visible.length > 0 ? (
            <UsersTable users={visible} branchNames={branchNames} currentUserId={me.id} onAction={onAction} />
          ) : (
            <Text>{t('users.empty')}</Text>
          )}
        </>
      )}
      {dialog?.kind === 'form' && (
        <UserFormModal
          user={dialog.user}
          currentUserId={me.id}
          onClose={close}
          onCreated={(credential) => setDialog({ kind: 'credential', credential })}
          onSaved={(saved) => {
            notify(t('users.notify.saved', { name: saved.name }));
            close();
          }}
        />
      )}
      {dialog?.kind === 'confirm' && (
        <UserActionConfirm
          user={dialog.user}
          action={dialog.action}
          onClose={close}
          onIssued={(credential) => setDialog({ kind: 'credential', credential })}
        />
      )}
      {dialog?.kind === 'credential' && <CredentialDialog credential={dialog.credential} onClose={close} />}
    </Stack>
  );
}
