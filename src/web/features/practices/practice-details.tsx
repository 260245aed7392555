import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Practice } from '../../../shared/practices.schema.ts';
import { useFormat } from '../../ui/format.ts';
import { PageTitle } from '../../ui/page-title.tsx';
import { FacetChips, StatusBadges } from './practice-badges.tsx';
import { PracticeActions } from './practice-actions.tsx';
import { PracticeFeedback } from './practice-feedback.tsx';
import { PracticeMeta } from './practice-meta.tsx';
import { PracticeReading } from './practice-reading.tsx';
import { PracticeStats } from './practice-stats.tsx';
import { useRecordViewMutation } from './use-practice-queries.ts';

/** Counts one reading per visit of the page, through the API's own endpoint. */
function useRecordView(practiceId: string) {
  const record = useRecordViewMutation();
  const counted = useRef<string | null>(null);
  const { mutate } = record;
  useEffect(() => {
    if (counted.current === practiceId) return;
    counted.current = practiceId;
    mutate(practiceId);
  }, [practiceId, mutate]);
}

function ProposalNotice({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const proposal = practice.pendingProposal;
  if (!proposal) {
    return practice.proposalPending ? <Alert color="blue">{t('view.proposalPendingOther')}</Alert> : null;
  }
  return (
    <Alert color="blue" title={t('view.proposalTitle')} className="no-print">
      <Stack gap={4}>
        <Text size="sm">{t('view.proposalBody', { name: proposal.author?.name ?? '', date: format.dateTime(proposal.createdAt) })}</Text>
        {proposal.comment && <Text size="sm">{t('view.proposalComment', { comment: proposal.comment })}</Text>}
        {practice.actions.publish && (
          <Anchor component={Link} to="/practices/review-queue" size="sm">
            {t('view.openQueue')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

/** The practice page: read in seconds, then rate it; managers also see its figures. */
export function PracticeDetails({ practice }: { practice: Practice }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  useRecordView(practice.id);
  const facets = (
    <FacetChips channels={practice.channels} attitudes={practice.attitudes} needs={practice.needs} tags={practice.tags} size="md" />
  );
  return (
    <Stack gap="xl">
      <Stack component="article" gap="md" className="practice-article practice-card" lang={practice.language}>
        <StatusBadges status={practice.status} stale={practice.stale} proposalPending={practice.proposalPending} />
        <div>
          <PageTitle>{practice.title}</PageTitle>
          {practice.summary && <Text className="practice-summary">{practice.summary}</Text>}
        </div>
        <PracticeMeta practice={practice} />
        <ProposalNotice practice={practice} />
        <PracticeActions practice={practice} />
        <PracticeReading content={practice} order={2} withBody facets={facets} />
        <Text size="xs" className="practice-print-only">
          {t('print.footer', {
            url: `${window.location.origin}/practices/${practice.slug}`,
            date: format.date(practice.updatedAt),
            version: practice.version,
          })}
        </Text>
      </Stack>
      {practice.status === 'published' && <PracticeFeedback practiceId={practice.id} />}
      {practice.stats && <PracticeStats practiceId={practice.id} stats={practice.stats} />}
    </Stack>
  );
}
