import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format.ts';
import { useSession } from '../auth/use-session.ts';
import { useMyWorkQuery, useReviewQueueQuery } from './use-practice-queries.ts';

const SHOWN = 5;

/** On the home page: the practices this user owns that are due for a check, and for reviewers the queue's size. */
export function PracticesHomePanel() {
  const { t } = useTranslation('practices');
  const format = useFormat();
  const { user } = useSession();
  const reviewer = user.role !== 'librarian';
  const work = useMyWorkQuery();
  const queue = useReviewQueueQuery(reviewer);
  const stale = work.data?.needsReview ?? [];
  const waiting = queue.data?.total ?? 0;
  if (stale.length === 0 && waiting === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="home-practices-title">
      <Title order={2} size="h3" id="home-practices-title">
        {t('home.title')}
      </Title>
      {reviewer && waiting > 0 && (
        <Alert color="blue">
          <Anchor component={Link} to="/practices/review-queue" fw={600}>
            {t('home.queue', { count: waiting })}
          </Anchor>
        </Alert>
      )}
      {stale.length > 0 && (
        <Alert color="orange" title={t('home.staleTitle', { count: stale.length })}>
          <List spacing={4}>
            {stale.slice(0, SHOWN).map((item) => (
              <List.Item key={item.id}>
                <Anchor component={Link} to={`/practices/${item.slug}`}>
                  {item.title}
                </Anchor>
                {item.reviewBy && (
                  <Text span size="sm">
                    {' '}
                    {t('home.reviewBy', { date: format.date(item.reviewBy) })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
          {stale.length > SHOWN && (
            <Anchor component={Link} to="/practices/mine" size="sm">
              {t('home.more', { count: stale.length - SHOWN })}
            </Anchor>
          )}
        </Alert>
      )}
    </Stack>
  );
}
