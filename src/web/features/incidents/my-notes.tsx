import { Alert, Badge, Button, Card, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CheckIn, Incident } from '../../../shared/incidents.schema.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ErrorState, useErrorMessage } from '../../ui/error-state.tsx';
import { useFormErrors } from '../../ui/form-errors.ts';
import { useFormat } from '../../ui/format.ts';
import { CheckInFields, type CheckInValues, checkInInput, EMPTY_CHECK_IN } from './check-in-fields.tsx';
import { useCurrentBranch } from './current-branch.ts';
import { IncidentNoteDialog } from './incident-note-dialog.tsx';
import { personalDataIn } from './personal-data-hint.tsx';
import {
  useCreateCheckInMutation,
  useEraseCheckInNoteMutation,
  useEraseIncidentNoteMutation,
  useMyNotesQuery,
} from './use-incident-queries.ts';

function CheckInSummary({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const reliefs = checkIn.reliefs.map((relief) =>
    relief === 'other' && checkIn.reliefOther ? checkIn.reliefOther : t(`relief.${relief}`),
  );
  return (
    <Stack gap={4}>
      <Text>
        <strong>{t('notes.tension')}</strong> {t(`checkIn.level.${checkIn.tension}`)}
      </Text>
      {reliefs.length > 0 && (
        <Text>
          <strong>{t('notes.reliefs')}</strong> {reliefs.join(', ')}
        </Text>
      )}
      {checkIn.talkRequest && (
        <Text>
          {checkIn.talkRequest.doneAt
            ? t('notes.talkDone', { date: format.dateTime(checkIn.talkRequest.doneAt) })
            : t('notes.talkOpen', { branch: checkIn.talkRequest.branchName })}
        </Text>
      )}
    </Stack>
  );
}

/** The pending state and the call of an erase mutation (a note's text, a check-in's words). */
interface Erasure {
  isPending: boolean;
  error: Error | null;
  mutate: (id: string, options: { onSuccess: () => void }) => void;
}

function EraseDialog(props: { id: string; erase: Erasure; title: string; body: string; done: string; onClose: () => void }) {
  const { id, erase, title, body, done, onClose } = props;
  const { t } = useTranslation('incidents');
  const describe = useErrorMessage();
  const confirm = () =>
    erase.mutate(id, {
      onSuccess: () => {
        notifications.show({ color: 'relacja', message: done });
        onClose();
      },
    });
  return (
    <ConfirmDialog
      title={title}
      body={body}
      confirmLabel={t('notes.eraseConfirm')}
      cancelLabel={t('common:cancel')}
      danger
      focus="cancel"
      loading={erase.isPending}
      error={erase.error ? describe(erase.error) : undefined}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}

function EraseButton({ label, onClick, children }: { label: string; onClick: () => void; children: string }) {
  return (
    <Button
      variant="subtle"
      color="red"
      c="red.9"
      size="compact-sm"
      onClick={onClick}
      aria-label={label}
      style={{ alignSelf: 'flex-start' }}
    >
      {children}
    </Button>
  );
}

function IncidentCard({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const erase = useEraseIncidentNoteMutation();
  const title = t('notes.incidentTitle', { date: format.dateTime(incident.occurredAt), branch: incident.branchName });
  return (
    <Card withBorder component="article" aria-labelledby={`incident-${incident.id}`}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={`incident-${incident.id}`}>
          {title}
        </Title>
        {incident.notesErased ? (
          <Text c="dimmed">{t('notes.erased')}</Text>
        ) : (
          <>
            {incident.whatHappened && (
              <Text style={{ whiteSpace: 'pre-line' }}>
                <strong>{t('notes.whatHappened')}</strong> {incident.whatHappened}
              </Text>
            )}
            {incident.whatHelped && (
              <Text style={{ whiteSpace: 'pre-line' }}>
                <strong>{t('notes.whatHelped')}</strong> {incident.whatHelped}
              </Text>
            )}
          </>
        )}
        {incident.checkIn && <CheckInSummary checkIn={incident.checkIn} />}
        {!incident.notesErased && (
          <Group gap="xs">
            {incident.editableUntil && (
              <Button variant="light" size="compact-sm" onClick={() => setEditing(true)} aria-label={t('notes.editLabel', { title })}>
                {t('notes.edit')}
              </Button>
            )}
            <EraseButton label={t('notes.eraseLabel', { title })} onClick={() => setErasing(true)}>
              {t('notes.erase')}
            </EraseButton>
          </Group>
        )}
      </Stack>
      {editing && <IncidentNoteDialog incident={incident} onClose={() => setEditing(false)} />}
      {erasing && (
        <EraseDialog
          id={incident.id}
          erase={erase}
          title={t('notes.eraseTitle')}
          body={t('notes.eraseBody', { title })}
          done={t('notes.erasedNow')}
          onClose={() => setErasing(false)}
        />
      )}
    </Card>
  );
}

/** A check-in written on its own, not after an incident note. */
function CheckInCard({ checkIn }: { checkIn: CheckIn }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const [erasing, setErasing] = useState(false);
  const erase = useEraseCheckInNoteMutation();
  const date = format.dateTime(checkIn.createdAt);
  return (
    <Card withBorder component="article" aria-label={t('notes.checkInLabel', { date })}>
      <Stack gap="xs">
        <Text fw={600}>{date}</Text>
        <CheckInSummary checkIn={checkIn} />
        {checkIn.reliefOther !== '' && (
          <EraseButton label={t('notes.eraseCheckInLabel', { date })} onClick={() => setErasing(true)}>
            {t('notes.eraseCheckIn')}
          </EraseButton>
        )}
      </Stack>
      {erasing && (
        <EraseDialog
          id={checkIn.id}
          erase={erase}
          title={t('notes.eraseCheckInTitle')}
          body={t('notes.eraseCheckInBody', { date, text: checkIn.reliefOther })}
          done={t('notes.erasedCheckInNow')}
          onClose={() => setErasing(false)}
        />
      )}
    </Card>
  );
}

function CheckInDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('incidents');
  const branch = useCurrentBranch();
  const [values, setValues] = useState<CheckInValues>(EMPTY_CHECK_IN);
  const create = useCreateCheckInMutation();
  const { fieldError, general } = useFormErrors(create.error, ['tension', 'reliefs', 'reliefOther', 'branchId']);
  const input = checkInInput(values);
  const blocked = input === undefined || personalDataIn(values.reliefOther).refused.length > 0;
  const save = () => input && create.mutate({ ...input, branchId: branch.branchId ?? undefined }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} title={t('notes.checkInTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common:close') }}>
      <Stack>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <CheckInFields values={values} onChange={setValues} errorOf={fieldError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button onClick={save} disabled={blocked} loading={create.isPending}>
            {t('notes.checkInSave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Moje notatki": the author's own incident notes and check-ins; nobody else sees them. */
export function MyNotes() {
  const { t } = useTranslation('incidents');
  const notes = useMyNotesQuery();
  const [checkingIn, setCheckingIn] = useState(false);
  return (
    <Stack gap="md">
      <Badge color="blue" variant="light" size="lg" tt="none" style={{ alignSelf: 'flex-start' }}>
        {t('notes.privateBadge')}
      </Badge>
      <Group>
        <Button component={Link} to="/difficult-situation/after">
          {t('notes.newIncident')}
        </Button>
        <Button variant="light" onClick={() => setCheckingIn(true)}>
          {t('notes.newCheckIn')}
        </Button>
      </Group>
      {notes.isPending && <Loader aria-label={t('common:loading')} />}
      {notes.error && <ErrorState error={notes.error} />}
      {notes.data && (
        <>
          <Title order={2} size="h3">
            {t('notes.incidents', { count: notes.data.incidents.length })}
          </Title>
          {notes.data.incidents.length === 0 && <Text>{t('notes.noIncidents')}</Text>}
          {notes.data.incidents.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} />
          ))}
          <Title order={2} size="h3">
            {t('notes.checkIns', { count: notes.data.checkIns.length })}
          </Title>
          {notes.data.checkIns.length === 0 && <Text>{t('notes.noCheckIns')}</Text>}
          {notes.data.checkIns.map((checkIn) => (
            <CheckInCard key={checkIn.id} checkIn={checkIn} />
          ))}
        </>
      )}
      {checkingIn && <CheckInDialog onClose={() => setCheckingIn(false)} />}
    </Stack>
  );
}
