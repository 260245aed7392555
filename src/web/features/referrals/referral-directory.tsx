import { Button, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Referral } from '../../../shared/referrals.schema.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ErrorState, useErrorMessage } from '../../ui/error-state.tsx';
import { useSession } from '../auth/use-session.ts';
import { ReferralCard } from './referral-card.tsx';
import { ReferralFilters } from './referral-filters.tsx';
import { ReferralFormModal } from './referral-form-modal.tsx';
import { toQuery, useReferralFilters } from './use-referral-filters.ts';
import { useDeleteReferralMutation, useReferralBranchesQuery, useReferralsQuery } from './use-referral-queries.ts';

function DeleteDialog({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const { t } = useTranslation('referrals');
  const describe = useErrorMessage();
  const remove = useDeleteReferralMutation();
  return (
    <ConfirmDialog
      title={t('delete.title')}
      body={t('delete.body', { name: referral.name })}
      confirmLabel={t('delete.confirm')}
      cancelLabel={t('common:cancel')}
      danger
      focus="cancel"
      loading={remove.isPending}
      error={remove.error ? describe(remove.error) : undefined}
      onConfirm={() => remove.mutate([referral.id], { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

/** "Gdzie skierować": search and filters, editing for managers, and a link to the printable handout. */
export function ReferralDirectory() {
  const { t } = useTranslation('referrals');
  const { user } = useSession();
  const { state, update, search } = useReferralFilters(user.branchIds.length > 0 ? 'mine' : 'all');
  const [q] = useDebouncedValue(state.q, 200);
  const list = useReferralsQuery(toQuery({ ...state, q }));
  const branches = useReferralBranchesQuery();
  const [editing, setEditing] = useState<{ referral?: Referral } | null>(null);
  const [deleting, setDeleting] = useState<Referral | null>(null);
  const canManage = user.role !== 'librarian';
  const editableBranches = (branches.data ?? []).filter((branch) => user.role === 'admin' || user.branchIds.includes(branch.id));
  const branchName = (id: string | null) => branches.data?.find((branch) => branch.id === id)?.name ?? null;

  return (
    <Stack>
      <ReferralFilters state={state} onChange={update} branches={branches.data ?? []} hasBranches={user.branchIds.length > 0} />
      <Group justify="space-between">
        <Text aria-live="polite" fw={500}>
          {list.data ? t('list.count', { count: list.data.total }) : ''}
        </Text>
        <Group gap="sm">
          <Button component={Link} to={`/referrals/print${search ? `?${search}` : ''}`} variant="light">
            {t('list.print')}
          </Button>
          {canManage && <Button onClick={() => setEditing({})}>{t('list.add')}</Button>}
        </Group>
      </Group>
      {list.isPending && <Loader aria-label={t('common:loading')} />}
      {list.error && <ErrorState error={list.error} />}
      {list.data?.total === 0 && <Text>{t('list.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list.data?.items.map((referral) => (
          <ReferralCard
            key={referral.id}
            referral={referral}
            branchName={branchName(referral.branchId)}
            onEdit={referral.canEdit ? () => setEditing({ referral }) : undefined}
            onDelete={referral.canEdit ? () => setDeleting(referral) : undefined}
          />
        ))}
      </SimpleGrid>
      {editing && (
        <ReferralFormModal
          referral={editing.referral}
          branches={editableBranches}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            notifications.show({
              color: 'green',
              message: t(created ? 'notify.created' : 'notify.saved', { name: saved.name }),
              closeButtonProps: { 'aria-label': t('common:close') },
            });
            setEditing(null);
          }}
        />
      )}
      {deleting && <DeleteDialog referral={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
