import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../shared/incidents.schema.ts';
import { useFormErrors } from '../../ui/form-errors.ts';
import { useFormat } from '../../ui/format.ts';
import { NoteField } from './after-incident-form.tsx';
import { personalDataIn } from './personal-data-hint.tsx';
import { useUpdateIncidentMutation } from './use-incident-queries.ts';

const FIELDS = ['whatHappened', 'whatHelped'] as const;

/** The author's correction of an incident note, possible for 24 hours after writing it. */
export function IncidentNoteDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const [whatHappened, setWhatHappened] = useState(incident.whatHappened);
  const [whatHelped, setWhatHelped] = useState(incident.whatHelped);
  const update = useUpdateIncidentMutation();
  const { fieldError, general } = useFormErrors(update.error, FIELDS);
  const blocked = [whatHappened, whatHelped].some((text) => personalDataIn(text).refused.length > 0);
  const save = () =>
    update.mutate([incident.id, { whatHappened: whatHappened.trim(), whatHelped: whatHelped.trim() }], {
      onSuccess: () => {
        notifications.show({ color: 'relacja', message: t('notes.saved') });
        onClose();
      },
    });
  return (
    <Modal opened onClose={onClose} title={t('notes.editTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common:close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!blocked) save();
        }}
      >
        <Stack>
          {incident.editableUntil && <Text size="sm">{t('notes.editableUntil', { date: format.dateTime(incident.editableUntil) })}</Text>}
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <NoteField label={t('after.whatHappened')} value={whatHappened} onChange={setWhatHappened} error={fieldError('whatHappened')} />
          <NoteField label={t('after.whatHelped')} value={whatHelped} onChange={setWhatHelped} error={fieldError('whatHelped')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" disabled={blocked} loading={update.isPending}>
              {t('notes.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
