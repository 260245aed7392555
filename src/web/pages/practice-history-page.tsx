import { Anchor, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Practice, RevisionSummary } from '../../shared/practices.schema.ts';
import { ApiError } from '../api/client.ts';
import { RestoreDialog } from '../features/practices/restore-dialog.tsx';
import { RevisionCompare } from '../features/practices/revision-compare.tsx';
import { RevisionTable } from '../features/practices/revision-table.tsx';
import { usePracticeQuery, useRevisionsQuery } from '../features/practices/use-practice-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { PageTitle } from '../ui/page-title.tsx';

/** The chosen pair lives in the address (?from=&to=), so a comparison can be linked to. */
function History({ practice, revisions }: { practice: Practice; revisions: readonly RevisionSummary[] }) {
  const { t } = useTranslation('practices');
  const [params, setParams] = useSearchParams();
  const [restoring, setRestoring] = useState<RevisionSummary | null>(null);
  const known = (id: string | null) => (id && revisions.some((revision) => revision.id === id) ? id : null);
  const [pair, setPair] = useState(() => ({
    from: known(params.get('from')) ?? revisions[1]?.id ?? null,
    to: known(params.get('to')) ?? revisions[0]?.id ?? null,
  }));
  const { from, to } = pair;
  const choose = (changes: { from?: string; to?: string }) => {
    const next = { from: changes.from ?? from, to: changes.to ?? to };
    setPair(next);
    setParams({ from: next.from ?? '', to: next.to ?? '' }, { replace: true });
  };
  return (
    <Stack gap="lg">
      <RevisionTable
        revisions={revisions}
        from={from}
        to={to}
        onFrom={(id) => choose({ from: id })}
        onTo={(id) => choose({ to: id })}
        canRestore={practice.actions.restoreRevision}
        onRestore={setRestoring}
      />
      {from && to && from !== to ? <RevisionCompare practiceId={practice.id} from={from} to={to} /> : <Text>{t('history.pickTwo')}</Text>}
      {restoring && <RestoreDialog practice={practice} revision={restoring} onClose={() => setRestoring(null)} />}
    </Stack>
  );
}

export function PracticeHistoryPage() {
  const { t } = useTranslation('practices');
  const { ref = '' } = useParams();
  const practice = usePracticeQuery(ref);
  const revisions = useRevisionsQuery(ref);
  const error = practice.error ?? revisions.error;
  if (error) return error instanceof ApiError && error.status === 404 ? <NotFound /> : <ErrorState error={error} />;
  if (!practice.data || !revisions.data) return <Loader aria-label={t('common:loading')} />;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={`/practices/${practice.data.slug}`} size="sm">
        {t('editor.backTo', { title: practice.data.title })}
      </Anchor>
      <PageTitle>{t('history.title', { title: practice.data.title })}</PageTitle>
      <History practice={practice.data} revisions={revisions.data} />
    </Stack>
  );
}
