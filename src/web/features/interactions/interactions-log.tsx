import { Alert, Button, Group, Loader, Modal, Pagination, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../shared/interactions.schema.ts';
import { useSession } from '../auth/use-session.ts';
import { ErrorState, useErrorMessage } from '../../ui/error-state.tsx';
import { LIST_PAGE_SIZE } from './interactions.api.ts';
import { InteractionsTable } from './interactions-table.tsx';
import { useLogContact } from './log-contact-context.tsx';
import { EMPTY_FILTERS, PeriodFilters, type PeriodFilterValues, periodQuery } from './period-filters.tsx';
import { useBranchOptionsQuery, useDeleteContactMutation, useInteractionsQuery } from './use-interaction-queries.ts';

function DeleteDialog({ entry, onClose }: { entry: Interaction; onClose: () => void }) {
  const { t } = useTranslation('interactions');
  const describe = useErrorMessage();
  const remove = useDeleteContactMutation();
  return (
    <Modal opened onClose={onClose} title={t('list.deleteTitle')} closeButtonProps={{ 'aria-label': t('common:close') }}>
      <Stack>
        <Text>{t('list.deleteBody')}</Text>
        {remove.error && (
          <Alert color="red" role="alert">
            {describe(remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button
            color="red.8"
            loading={remove.isPending}
            data-autofocus
            onClick={() =>
              remove.mutate([entry.id], {
                onSuccess: () => {
                  notifications.show({
                    color: 'relacja',
                    message: t('list.deleted'),
                    closeButtonProps: { 'aria-label': t('common:close') },
                  });
                  onClose();
                },
              })
            }
          >
            {t('list.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Pages({ total, page, onChange }: { total: number; page: number; onChange: (page: number) => void }) {
  const { t } = useTranslation('interactions');
  const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <Group justify="center" component="nav" aria-label={t('list.pagination')}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        withEdges
        getItemProps={(item) => ({ 'aria-current': item === page ? 'page' : undefined })}
      />
    </Group>
  );
}

/** "Rejestr kontaktów": what the caller may see, newest first, with the author's 24-hour corrections. */
export function InteractionsLog() {
  const { t } = useTranslation('interactions');
  const { user } = useSession();
  const { open, edit } = useLogContact();
  const [filters, setFilters] = useState<PeriodFilterValues>(EMPTY_FILTERS);
  const [page, setPage] = useState(1);
  const [deleting, setDeleting] = useState<Interaction | undefined>(undefined);
  const branches = useBranchOptionsQuery();
  const list = useInteractionsQuery({
    ...periodQuery(filters),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.mine ? { mine: 'true' } : {}),
    offset: (page - 1) * LIST_PAGE_SIZE,
  });
  const scope = user.role === 'librarian' ? 'Own' : user.role === 'manager' ? 'Branches' : 'All';
  const branchOptions = (branches.data ?? []).filter((branch) => user.role === 'admin' || user.branchIds.includes(branch.id));
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text maw={720}>{t(`list.intro${scope}`)}</Text>
        <Button onClick={() => open()}>{t('header.log')}</Button>
      </Group>
      <PeriodFilters
        value={filters}
        onChange={(value) => {
          setFilters(value);
          setPage(1);
        }}
        branches={branchOptions.map((branch) => ({ value: branch.id, label: branch.name }))}
        show={{ branch: user.role !== 'librarian', channel: true, mine: user.role !== 'librarian' }}
        onReset={() => setFilters(EMPTY_FILTERS)}
      />
      {list.error && <ErrorState error={list.error} />}
      {list.isPending && <Loader aria-label={t('common:loading')} />}
      {list.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('list.total', { count: list.data.total })}
          </Text>
          {list.data.items.length > 0 ? (
            <InteractionsTable
              entries={list.data.items}
              userId={user.id}
              showAuthor={user.role !== 'librarian'}
              onEdit={edit}
              onDelete={setDeleting}
              now={Date.now()}
            />
          ) : (
            <Text>{t('list.empty')}</Text>
          )}
          <Pages total={list.data.total} page={page} onChange={setPage} />
        </>
      )}
      {deleting && <DeleteDialog entry={deleting} onClose={() => setDeleting(undefined)} />}
    </Stack>
  );
}
