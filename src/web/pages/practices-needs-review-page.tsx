import { Loader, Pagination, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/use-session.ts';
import { PracticeList } from '../features/practices/practice-list.tsx';
import { useNeedsReviewQuery } from '../features/practices/use-practice-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { PageTitle } from '../ui/page-title.tsx';

const PAGE_SIZE = 20;

/** Published practices past their review-by date: still shown everywhere, waiting to be confirmed or improved. */
export function PracticesNeedsReviewPage() {
  const { t } = useTranslation('practices');
  const { user } = useSession();
  const reviewer = user.role !== 'librarian';
  const [mine, setMine] = useState(!reviewer);
  const [page, setPage] = useState(1);
  const query = useNeedsReviewQuery(mine, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : 1;
  return (
    <Stack>
      <PageTitle>{t('needsReview.title')}</PageTitle>
      <Text>{t('needsReview.intro')}</Text>
      {reviewer && (
        <Switch
          label={t('needsReview.onlyMine')}
          checked={mine}
          onChange={(event) => {
            setMine(event.currentTarget.checked);
            setPage(1);
          }}
        />
      )}
      {query.error && <ErrorState error={query.error} />}
      {query.data ? (
        <>
          <Text fw={600} aria-live="polite">
            {t('list.count', { count: query.data.total })}
          </Text>
          {query.data.items.length === 0 ? <Text>{t('needsReview.empty')}</Text> : <PracticeList items={query.data.items} />}
        </>
      ) : (
        !query.error && <Loader aria-label={t('common:loading')} />
      )}
      {pages > 1 && (
        <nav aria-label={t('list.pagination.label')}>
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`list.pagination.${control}`) })}
            getItemProps={(n) => ({ 'aria-label': t('list.pagination.page', { page: n }) })}
          />
        </nav>
      )}
    </Stack>
  );
}
