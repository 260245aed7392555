import { Anchor, List, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../features/auth/use-session.ts';
import { SafetyContactsEditor } from '../features/incidents/safety-contacts-editor.tsx';
import { useIncidentBranchesQuery } from '../features/incidents/use-incident-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { NotFound } from '../ui/not-found.tsx';
import { PageTitle } from '../ui/page-title.tsx';

/** The branches whose safety contacts the user keeps: a manager's own, every branch for an administrator. */
export function SafetyContactsIndexPage() {
  const { t } = useTranslation('incidents');
  const { user } = useSession();
  const branches = useIncidentBranchesQuery();
  const mine = (branches.data ?? []).filter((branch) => user.role === 'admin' || user.branchIds.includes(branch.id));
  return (
    <Stack>
      <PageTitle>{t('safety.indexTitle')}</PageTitle>
      <Text>{t('safety.indexIntro')}</Text>
      {branches.isPending && <Loader aria-label={t('common:loading')} />}
      {branches.error && <ErrorState error={branches.error} />}
      {branches.data && mine.length === 0 && <Text>{t('safety.noBranches')}</Text>}
      <List>
        {mine.map((branch) => (
          <List.Item key={branch.id}>
            <Anchor component={Link} to={`/branches/${branch.id}/safety`}>
              {branch.name}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function SafetyContactsPage() {
  const { t } = useTranslation('incidents');
  const { id = '' } = useParams();
  const branches = useIncidentBranchesQuery();
  const branch = branches.data?.find((candidate) => candidate.id === id);
  if (branches.isPending) return <Loader aria-label={t('common:loading')} />;
  if (branches.error) return <ErrorState error={branches.error} />;
  if (!branch) return <NotFound />;
  return (
    <Stack>
      <PageTitle>{t('safety.title', { branch: branch.name })}</PageTitle>
      <Text>{t('safety.intro')}</Text>
      <Anchor component={Link} to="/safety-contacts">
        {t('safety.back')}
      </Anchor>
      <SafetyContactsEditor branchId={branch.id} />
    </Stack>
  );
}
