import { Anchor, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { LogContactButton } from '../features/interactions/log-contact-button.tsx';
import { PracticeDetails } from '../features/practices/practice-details.tsx';
import { usePracticeQuery } from '../features/practices/use-practice-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { NotFound } from '../ui/not-found.tsx';

export function PracticePage() {
  const { t } = useTranslation('practices');
  const { ref = '' } = useParams();
  const practice = usePracticeQuery(ref);
  if (practice.error)
    return practice.error instanceof ApiError && practice.error.status === 404 ? <NotFound /> : <ErrorState error={practice.error} />;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/practices" size="sm" className="no-print">
        {t('view.back')}
      </Anchor>
      {practice.data ? <PracticeDetails key={practice.data.id} practice={practice.data} /> : <Loader aria-label={t('common:loading')} />}
      {practice.data?.status === 'published' && <LogContactButton practice={practice.data} />}
    </Stack>
  );
}
