import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INCIDENT_NOTE_MAX, type PersonalDataWarning } from '../../../shared/incidents.schema.ts';
import { useFormErrors } from '../../ui/form-errors.ts';
import { BranchChoice } from './branch-choice.tsx';
import { CheckInFields, type CheckInValues, checkInInput, EMPTY_CHECK_IN } from './check-in-fields.tsx';
import { useCurrentBranch } from './current-branch.ts';
import { PersonalDataHint, personalDataIn } from './personal-data-hint.tsx';
import { useCreateIncidentMutation } from './use-incident-queries.ts';

const FIELDS = ['whatHappened', 'whatHelped', 'occurredAt', 'branchId', 'checkIn'] as const;

/** Local date and time for a datetime-local field, e.g. 2026-11-29T13:05. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function Saved({ warnings, checkIn }: { warnings: PersonalDataWarning[]; checkIn: CheckInValues }) {
  const { t } = useTranslation('incidents');
  return (
    <Stack gap="md" role="status">
      <Alert color="teal" title={t('after.savedTitle')}>
        {t('after.saved')}
      </Alert>
      {warnings.length > 0 && <Alert color="orange">{t('after.phoneWarning')}</Alert>}
      {checkIn.wantsTalk && <Text>{t('after.talkSent')}</Text>}
      {checkIn.reliefs.includes('breathing') && (
        <Alert color="blue" title={t('after.breathingTitle')}>
          {t('after.breathing')}
        </Alert>
      )}
      <Group>
        <Button component={Link} to="/my-notes" variant="light">
          {t('after.toNotes')}
        </Button>
        <Button component={Link} to="/" variant="default">
          {t('after.toHome')}
        </Button>
      </Group>
    </Stack>
  );
}

interface NoteFieldProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** A free-text note with the personal-data check as the user types. */
export function NoteField({ label, description, value, onChange, error }: NoteFieldProps) {
  const hintId = useId();
  return (
    <>
      <Textarea
        label={label}
        description={description}
        autosize
        minRows={3}
        maxLength={INCIDENT_NOTE_MAX}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
      />
      <PersonalDataHint text={value} id={hintId} />
    </>
  );
}

/** "Po trudnej sytuacji": what happened and what helped, without the reader's identity, and a private check-in. */
export function AfterIncidentForm({ alertId }: { alertId: string | null }) {
  const { t } = useTranslation('incidents');
  const branch = useCurrentBranch();
  const [occurredAt, setOccurredAt] = useState(localNow);
  const [whatHappened, setWhatHappened] = useState('');
  const [whatHelped, setWhatHelped] = useState('');
  const [checkIn, setCheckIn] = useState<CheckInValues>(EMPTY_CHECK_IN);
  const create = useCreateIncidentMutation();
  const { fieldError, general } = useFormErrors(create.error, FIELDS);
  const blocked = [whatHappened, whatHelped, checkIn.reliefOther].some((text) => personalDataIn(text).refused.length > 0);

  if (create.data) return <Saved warnings={create.data.warnings} checkIn={checkIn} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blocked || branch.branchId === null) return;
    create.mutate({
      branchId: branch.branchId,
      occurredAt: new Date(occurredAt).toISOString(),
      whatHappened: whatHappened.trim(),
      whatHelped: whatHelped.trim(),
      alertId: alertId ?? undefined,
      checkIn: checkInInput(checkIn),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        <Text>{t('after.intro')}</Text>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('after.when')}
            value={occurredAt}
            max={localNow()}
            onChange={(event) => setOccurredAt(event.currentTarget.value)}
            error={fieldError('occurredAt')}
            required
          />
          <BranchChoice branch={branch} error={fieldError('branchId')} />
        </Group>
        <NoteField
          label={t('after.whatHappened')}
          description={t('after.noIdentity')}
          value={whatHappened}
          onChange={setWhatHappened}
          error={fieldError('whatHappened')}
        />
        <NoteField label={t('after.whatHelped')} value={whatHelped} onChange={setWhatHelped} error={fieldError('whatHelped')} />
        <CheckInFields values={checkIn} onChange={setCheckIn} errorOf={(field) => fieldError(`checkIn.${field}`)} />
        <Group>
          <Button type="submit" size="md" loading={create.isPending} disabled={blocked}>
            {t('after.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
