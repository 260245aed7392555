import { useTranslation } from 'react-i18next';
import { TeamSupport } from '../features/incidents/team-support.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function TeamSupportPage() {
  const { t } = useTranslation('incidents');
  return (
    <>
      <PageTitle>{t('team.title')}</PageTitle>
      <TeamSupport />
    </>
  );
}
