import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ATTITUDES, CHANNELS, NEEDS, type Practice, type PracticeContent } from '../../shared/practices.schema.ts';
import { ApiError } from '../api/client.ts';
import { PracticeEditor } from '../features/practices/practice-editor.tsx';
import { usePracticeQuery, useRevisionQuery } from '../features/practices/use-practice-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { PageTitle } from '../ui/page-title.tsx';

/** Known values of a comma-separated parameter; anything else is dropped. */
function listParam<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const parts = (value ?? '').split(',');
  return allowed.filter((item) => parts.includes(item));
}

/**
 * `?title=` starts the new practice with a title, e.g. the words of a search that found nothing;
 * `needs`, `channels` and `attitudes` (comma-separated) pre-select facets, e.g. from a knowledge gap.
 */
function usePrefill() {
  const [params] = useSearchParams();
  const title = params.get('title')?.trim().slice(0, 200) ?? '';
  const [needs, channels, attitudes] = [params.get('needs'), params.get('channels'), params.get('attitudes')];
  return useMemo(() => {
    const prefill: Partial<PracticeContent> = {
      ...(title ? { title } : {}),
      ...(needs ? { needs: listParam(needs, NEEDS) } : {}),
      ...(channels ? { channels: listParam(channels, CHANNELS) } : {}),
      ...(attitudes ? { attitudes: listParam(attitudes, ATTITUDES) } : {}),
    };
    return Object.keys(prefill).length > 0 ? prefill : undefined;
  }, [title, needs, channels, attitudes]);
}

export function PracticeCreatePage() {
  const { t } = useTranslation('practices');
  const prefill = usePrefill();
  return (
    <Stack gap="sm">
      <PageTitle>{t('editor.title.create')}</PageTitle>
      <PracticeEditor mode="create" prefill={prefill} />
    </Stack>
  );
}

/** A repeated proposal continues from the user's own pending one; the editor waits until that text is loaded. */
function ProposeEditor({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practices');
  const pending = useRevisionQuery(practice.id, practice.pendingProposal?.revisionId ?? null);
  if (practice.pendingProposal && !pending.data && !pending.error) return <Loader aria-label={t('common:loading')} />;
  return <PracticeEditor key={practice.id} mode="propose" practice={practice} proposal={pending.data?.content} />;
}

function ChangePage({ mode }: { mode: 'edit' | 'propose' }) {
  const { t } = useTranslation('practices');
  const { ref = '' } = useParams();
  const query = usePracticeQuery(ref);
  if (query.error) return query.error instanceof ApiError && query.error.status === 404 ? <NotFound /> : <ErrorState error={query.error} />;
  if (!query.data) return <Loader aria-label={t('common:loading')} />;
  const practice = query.data;
  const allowed = mode === 'edit' ? practice.actions.edit : practice.actions.propose;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={`/practices/${practice.slug}`} size="sm">
        {t('editor.backTo', { title: practice.title })}
      </Anchor>
      <PageTitle>{t(`editor.title.${mode}`, { title: practice.title })}</PageTitle>
      {allowed ? (
        mode === 'edit' ? (
          <PracticeEditor key={practice.id} mode="edit" practice={practice} />
        ) : (
          <ProposeEditor practice={practice} />
        )
      ) : (
        <Alert color="yellow">{t('editor.notAllowed')}</Alert>
      )}
    </Stack>
  );
}

export const PracticeEditPage = () => <ChangePage mode="edit" />;
export const PracticeProposePage = () => <ChangePage mode="propose" />;
