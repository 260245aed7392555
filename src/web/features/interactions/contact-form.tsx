import { Button, Checkbox, Collapse, Group, MultiSelect, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EFFORT_LEVELS, NOTE_MAX_LENGTH, OUTCOMES, RETURN_SUGGESTIONS } from '../../../shared/interactions.schema.ts';
import { ATTITUDES, CHANNELS, NEEDS } from '../../../shared/practices.schema.ts';
import { MultiChoice, SingleChoice } from './choice-group.tsx';
import { type ContactFormValues, type FormProblem, noteFindings, timeBounds } from './contact-form-model.ts';
import { PersonalDataWarning } from './personal-data-warning.tsx';

export interface ContactFormProps {
  values: ContactFormValues;
  onChange: (patch: Partial<ContactFormValues>) => void;
  branches: { value: string; label: string }[];
  practices: { value: string; label: string }[];
  /** Shown once the user tried to save. */
  problems: readonly FormProblem[];
  defaultsDiffer: boolean;
  detailsOpen: boolean;
}

function EffortPicker({ value, onChange }: { value: number; onChange: (effort: number) => void }) {
  const { t } = useTranslation('interactions');
  const labelId = useId();
  const descriptionId = useId();
  return (
    <Stack gap={4}>
      <Text id={labelId} fw={600} size="sm">
        {t('dialog.effort')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        value={String(value)}
        onChange={(next) => onChange(Number(next))}
        data={EFFORT_LEVELS.map((level) => ({ value: String(level), label: String(level) }))}
      />
      <Text id={descriptionId} size="sm" c="dimmed" aria-live="polite">
        {t('dialog.effortLevel', { level: value })}: {t(`effort.${value}`)}
      </Text>
    </Stack>
  );
}

function TimeField({ value, onChange }: { value: string | null; onChange: (occurredAt: string | null) => void }) {
  const { t } = useTranslation('interactions');
  const bounds = timeBounds(new Date());
  if (value === null) {
    return (
      <Group gap="sm" align="center">
        <Text size="sm">
          {t('dialog.time')}: <strong>{t('dialog.timeNow')}</strong>
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={() => onChange(bounds.max)}>
          {t('dialog.changeTime')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="sm" align="flex-end">
      <TextInput
        type="datetime-local"
        label={t('dialog.time')}
        value={value}
        min={bounds.min}
        max={bounds.max}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <Button variant="subtle" size="compact-sm" mb={6} onClick={() => onChange(null)}>
        {t('dialog.useNow')}
      </Button>
    </Group>
  );
}

function Details({ values, onChange, practices, problems }: Pick<ContactFormProps, 'values' | 'onChange' | 'practices' | 'problems'>) {
  const { t } = useTranslation('interactions');
  const findings = noteFindings(values.note);
  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('dialog.practices')}
        description={t('dialog.practicesHint')}
        data={practices}
        value={values.practiceIds}
        onChange={(practiceIds) => onChange({ practiceIds })}
        searchable
        clearable
        maxValues={10}
        nothingFoundMessage={t('dialog.practicesEmpty')}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiChoice
        legend={t('dialog.returns')}
        values={RETURN_SUGGESTIONS}
        label={(value) => t(`returnSuggestion.${value}`)}
        selected={values.returnSuggestions}
        onChange={(returnSuggestions) => onChange({ returnSuggestions })}
      />
      <Textarea
        label={t('dialog.note')}
        description={t('dialog.noteHint', { max: NOTE_MAX_LENGTH })}
        value={values.note}
        onChange={(event) => onChange({ note: event.currentTarget.value, phoneConfirmed: false })}
        maxLength={NOTE_MAX_LENGTH}
        autosize
        minRows={2}
        maxRows={5}
        error={problems.includes('note_too_long') ? t('problems.note_too_long') : undefined}
      />
      <PersonalDataWarning
        findings={findings}
        phoneConfirmed={values.phoneConfirmed}
        onPhoneConfirmed={(phoneConfirmed) => onChange({ phoneConfirmed })}
      />
      <TimeField value={values.occurredAt} onChange={(occurredAt) => onChange({ occurredAt })} />
      {problems.includes('time') && (
        <Text size="sm" c="red.9" role="alert">
          {t('problems.time')}
        </Text>
      )}
    </Stack>
  );
}

/** The fields of a contact, most telling first; the optional ones fold away so the common case is two taps. */
export function ContactForm({ values, onChange, branches, practices, problems, defaultsDiffer, detailsOpen }: ContactFormProps) {
  const { t } = useTranslation('interactions');
  const [expanded, setExpanded] = useState(detailsOpen);
  const detailsId = useId();
  const open = expanded || problems.some((problem) => problem.startsWith('note') || problem === 'time');
  return (
    <Stack gap="md">
      <MultiChoice
        legend={t('dialog.needs')}
        hint={t('dialog.needsHint')}
        values={NEEDS}
        label={(value) => t(`need.${value}`)}
        selected={values.needs}
        onChange={(needs) => onChange({ needs })}
        error={problems.includes('needs') ? t('problems.needs') : undefined}
        autoFocus
      />
      <SingleChoice
        legend={t('dialog.attitude')}
        values={ATTITUDES}
        label={(value) => t(`attitude.${value}`)}
        selected={values.attitude}
        onChange={(attitude) => onChange({ attitude })}
      />
      <SingleChoice
        legend={t('dialog.outcome')}
        values={OUTCOMES}
        label={(value) => t(`outcome.${value}`)}
        selected={values.outcome}
        onChange={(outcome) => onChange({ outcome })}
      />
      <EffortPicker value={values.effort} onChange={(effort) => onChange({ effort })} />
      <SingleChoice
        legend={t('dialog.channel')}
        values={CHANNELS}
        label={(value) => t(`channel.${value}`)}
        selected={values.channel}
        onChange={(channel) => onChange({ channel })}
      />
      <Select
        label={t('dialog.branch')}
        data={branches}
        value={values.branchId}
        onChange={(branchId) => onChange({ branchId })}
        allowDeselect={false}
        error={problems.includes('branch') ? t('problems.branch') : undefined}
        comboboxProps={{ withinPortal: true }}
      />
      {defaultsDiffer && (
        <Checkbox
          label={t('dialog.remember')}
          checked={values.rememberDefaults}
          onChange={(event) => onChange({ rememberDefaults: event.currentTarget.checked })}
        />
      )}
      <Button
        variant="subtle"
        justify="flex-start"
        px={0}
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setExpanded(!open)}
      >
        {open ? '▾' : '▸'} {t('dialog.details')}
      </Button>
      <Collapse expanded={open} id={detailsId}>
        <Details values={values} onChange={onChange} practices={practices} problems={problems} />
      </Collapse>
    </Stack>
  );
}
