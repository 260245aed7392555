import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyProposals } from '../features/practices/my-proposals.tsx';
import { PracticeList } from '../features/practices/practice-list.tsx';
import { useMyWorkQuery } from '../features/practices/use-practice-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { PageTitle } from '../ui/page-title.tsx';

function Section({ id, title, empty, count, children }: { id: string; title: string; empty: string; count: number; children: ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {count === 0 ? <Text c="dimmed">{empty}</Text> : children}
    </Stack>
  );
}

export function MyPracticesPage() {
  const { t } = useTranslation('practices');
  const work = useMyWorkQuery();
  if (work.error) return <ErrorState error={work.error} />;
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('mine.title')}</PageTitle>
        <Button component={Link} to="/practices/new">
          {t('list.new')}
        </Button>
      </Group>
      {!work.data ? (
        <Loader aria-label={t('common:loading')} />
      ) : (
        <>
          <Section id="mine-drafts" title={t('mine.drafts')} empty={t('mine.noDrafts')} count={work.data.drafts.length}>
            <PracticeList items={work.data.drafts} headingOrder={3} />
          </Section>
          <Section id="mine-proposals" title={t('mine.proposals')} empty={t('mine.noProposals')} count={work.data.proposals.length}>
            <MyProposals proposals={work.data.proposals} />
          </Section>
          <Section id="mine-review" title={t('mine.needsReview')} empty={t('mine.noNeedsReview')} count={work.data.needsReview.length}>
            <PracticeList items={work.data.needsReview} headingOrder={3} />
          </Section>
        </>
      )}
    </Stack>
  );
}
