import { useTranslation } from 'react-i18next';
import { DifficultSituationProtocol } from '../features/incidents/difficult-situation-protocol.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function DifficultSituationPage() {
  const { t } = useTranslation('incidents');
  return (
    <>
      <PageTitle>{t('protocol.title')}</PageTitle>
      <DifficultSituationProtocol headingOrder={2} />
    </>
  );
}
