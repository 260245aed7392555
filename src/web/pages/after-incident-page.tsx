import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AfterIncidentForm } from '../features/incidents/after-incident-form.tsx';
import { PageTitle } from '../ui/page-title.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function AfterIncidentPage() {
  const { t } = useTranslation('incidents');
  const [params] = useSearchParams();
  const alert = params.get('alert');
  return (
    <>
      <PageTitle>{t('after.title')}</PageTitle>
      <AfterIncidentForm alertId={alert && UUID.test(alert) ? alert : null} />
    </>
  );
}
