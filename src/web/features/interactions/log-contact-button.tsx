import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attitude, Need } from '../../../shared/practices.schema.ts';
import { useLogContact } from './log-contact-context.tsx';

interface PracticeLike {
  id: string;
  title: string;
  needs: readonly Need[];
  attitudes: readonly Attitude[];
}

/** On a practice page: log the contact it was used in, with the practice (and its one need or attitude) filled in. */
export function LogContactButton({ practice }: { practice: PracticeLike }) {
  const { t } = useTranslation('interactions');
  const { open } = useLogContact();
  const [need] = practice.needs;
  const [attitude] = practice.attitudes;
  return (
    <Group className="no-print">
      <Button
        variant="light"
        onClick={() =>
          open({
            practiceIds: [practice.id],
            practices: [{ id: practice.id, title: practice.title }],
            ...(need && practice.needs.length === 1 ? { needs: [need] } : {}),
            ...(attitude && practice.attitudes.length === 1 ? { attitude } : {}),
          })
        }
      >
        {t('practiceButton')}
      </Button>
    </Group>
  );
}
