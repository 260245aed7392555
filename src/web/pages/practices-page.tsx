import { Button, Group, Kbd, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { toListQuery } from '../features/practices/list-filters.ts';
import { PracticeFiltersPanel } from '../features/practices/practice-filters.tsx';
import { PracticeList } from '../features/practices/practice-list.tsx';
import { useListFilters } from '../features/practices/use-list-filters.ts';
import { usePracticesQuery } from '../features/practices/use-practice-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { PageTitle } from '../ui/page-title.tsx';

const PAGE_SIZE = 20;

export function PracticesPage() {
  const { t } = useTranslation('practices');
  const navigate = useNavigate();
  const { filters, update, search } = useListFilters();
  const practices = usePracticesQuery(toListQuery(filters, PAGE_SIZE));
  const pages = practices.data ? Math.max(1, Math.ceil(practices.data.total / PAGE_SIZE)) : 1;

  useHotkeys([['n', () => navigate('/practices/new')]]);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('list.title')}</PageTitle>
        <Group gap="xs" className="no-print">
          <Button component={Link} to={`/practices/binder${search ? `?${search}` : ''}`} variant="default">
            {t('list.binder')}
          </Button>
          <Button
            component={Link}
            to="/practices/new"
            aria-keyshortcuts="N"
            rightSection={
              <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
                N
              </Kbd>
            }
          >
            {t('list.new')}
          </Button>
        </Group>
      </Group>
      <PracticeFiltersPanel filters={filters} onChange={update} />
      <Text aria-live="polite" fw={600}>
        {practices.data ? t('list.count', { count: practices.data.total }) : ''}
      </Text>
      {practices.error && <ErrorState error={practices.error} />}
      {practices.isPending && <Loader aria-label={t('common:loading')} />}
      {practices.data && practices.data.items.length === 0 && <Text>{t('list.empty')}</Text>}
      {practices.data && <PracticeList items={practices.data.items} />}
      {pages > 1 && (
        <nav aria-label={t('list.pagination.label')} className="no-print">
          <Pagination
            total={pages}
            value={Math.min(filters.page, pages)}
            onChange={(page) => update({ page })}
            getControlProps={(control) => ({ 'aria-label': t(`list.pagination.${control}`) })}
            getItemProps={(page) => ({ 'aria-label': t('list.pagination.page', { page }) })}
          />
        </nav>
      )}
    </Stack>
  );
}
