import { Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { AUDIT_PAGE_SIZE, type AuditFilters as AuditQueryFilters } from './admin.api.ts';
import { AuditFilters, type AuditFilterValues, EMPTY_AUDIT_FILTERS } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { useAuditQuery, useBranchesQuery, useUsersQuery } from './use-admin-queries.ts';

/** Whole days in the user's own time zone, sent to the API as instants. */
function toQuery(filters: AuditFilterValues, actor: string, page: number): AuditQueryFilters {
  const rangeInvalid = filters.from !== '' && filters.to !== '' && filters.to < filters.from;
  return {
    action: filters.action ?? undefined,
    actor: actor.trim() || undefined,
    from: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : undefined,
    to: filters.to && !rangeInvalid ? new Date(`${filters.to}T23:59:59.999`).toISOString() : undefined,
    offset: (page - 1) * AUDIT_PAGE_SIZE,
  };
}

function useNames() {
  const users = useUsersQuery();
  const branches = useBranchesQuery();
  return useMemo(
    () => ({
      userNames: new Map((users.data ?? []).map((user) => [user.id, user.name])),
      branchNames: new Map((branches.data ?? []).map((branch) => [branch.id, branch.name])),
    }),
    [users.data, branches.data],
  );
}

export function AuditAdmin() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const [actor] = useDebouncedValue(filters.actor, 300);
  const audit = useAuditQuery(toQuery(filters, actor, page));
  const names = useNames();
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / AUDIT_PAGE_SIZE));

  return (
    <Stack>
      <AuditFilters
        value={filters}
        onChange={(value) => {
          setFilters(value);
          setPage(1);
        }}
      />
      {audit.error && <ErrorState error={audit.error} />}
      {audit.isPending && <Loader aria-label={t('common:loading')} />}
      {audit.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('audit.total', { count: audit.data.total })}
          </Text>
          {audit.data.items.length > 0 ? <AuditTable entries={audit.data.items} {...names} /> : <Text>{t('audit.empty')}</Text>}
          {pages > 1 && (
            <Group justify="center" component="nav" aria-label={t('audit.pagination.label')}>
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                withEdges
                getItemProps={(item) => ({
                  'aria-label': t('audit.pagination.page', { page: item }),
                  'aria-current': item === page ? 'page' : undefined,
                })}
                getControlProps={(control) => ({ 'aria-label': t(`audit.pagination.${control}`) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
