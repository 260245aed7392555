import { Checkbox, Fieldset, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RELIEF_OPTIONS, type Relief } from '../../../shared/incidents.schema.ts';
import { PersonalDataHint } from './personal-data-hint.tsx';

export interface CheckInValues {
  tension: number | null;
  reliefs: Relief[];
  reliefOther: string;
  wantsTalk: boolean;
}

export const EMPTY_CHECK_IN: CheckInValues = { tension: null, reliefs: [], reliefOther: '', wantsTalk: false };
const TENSION_LEVELS = [1, 2, 3, 4, 5] as const;
const isRelief = (value: string): value is Relief => RELIEF_OPTIONS.some((option) => option === value);

export interface CheckInFieldsProps {
  values: CheckInValues;
  onChange: (values: CheckInValues) => void;
  errorOf: (field: string) => string | undefined;
}

/** How tense, what helps, and whether to talk to the manager: private to the author. */
export function CheckInFields({ values, onChange, errorOf }: CheckInFieldsProps) {
  const { t } = useTranslation('incidents');
  const hintId = useId();
  const set = (changes: Partial<CheckInValues>) => onChange({ ...values, ...changes });
  return (
    <Fieldset legend={t('checkIn.legend')}>
      <Stack gap="md">
        <Text size="sm">{t('checkIn.private')}</Text>
        <Radio.Group
          label={t('checkIn.tension')}
          description={t('checkIn.tensionHint')}
          value={values.tension === null ? null : String(values.tension)}
          onChange={(value) => set({ tension: Number(value) })}
          error={errorOf('tension')}
        >
          <Group gap="md" mt="xs">
            {TENSION_LEVELS.map((level) => (
              <Radio key={level} value={String(level)} label={t(`checkIn.level.${level}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Checkbox.Group
          label={t('checkIn.reliefs')}
          value={values.reliefs}
          onChange={(chosen) => set({ reliefs: chosen.filter(isRelief) })}
          error={errorOf('reliefs')}
        >
          <Stack gap={6} mt="xs">
            {RELIEF_OPTIONS.map((option) => (
              <Checkbox key={option} value={option} label={t(`relief.${option}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {values.reliefs.includes('other') && (
          <>
            <TextInput
              label={t('checkIn.reliefOther')}
              value={values.reliefOther}
              maxLength={500}
              onChange={(event) => set({ reliefOther: event.currentTarget.value })}
              error={errorOf('reliefOther')}
            />
            <PersonalDataHint text={values.reliefOther} id={hintId} />
          </>
        )}
        <Checkbox
          label={t('checkIn.wantsTalk')}
          description={t('checkIn.wantsTalkHint')}
          checked={values.wantsTalk}
          onChange={(event) => set({ wantsTalk: event.currentTarget.checked })}
        />
      </Stack>
    </Fieldset>
  );
}

/** The check-in to send, or nothing when the tension was not given (the rest is optional). */
export function checkInInput(values: CheckInValues) {
  if (values.tension === null) return undefined;
  return {
    tension: values.tension,
    reliefs: values.reliefs,
    reliefOther: values.reliefs.includes('other') ? values.reliefOther : '',
    wantsTalk: values.wantsTalk,
  };
}
