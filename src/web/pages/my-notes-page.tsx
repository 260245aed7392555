import { useTranslation } from 'react-i18next';
import { MyNotes } from '../features/incidents/my-notes.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function MyNotesPage() {
  const { t } = useTranslation('incidents');
  return (
    <>
      <PageTitle>{t('notes.title')}</PageTitle>
      <MyNotes />
    </>
  );
}
