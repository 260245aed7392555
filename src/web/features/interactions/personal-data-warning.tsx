import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonalDataKind } from '../../../shared/personal-data.ts';
import type { NoteFindings } from './contact-form-model.ts';

interface Props {
  findings: NoteFindings;
  phoneConfirmed: boolean;
  onPhoneConfirmed: (confirmed: boolean) => void;
}

/** Shown as the user types: refused kinds must go; a phone number may stay once confirmed not to be the reader's. */
export function PersonalDataWarning({ findings, phoneConfirmed, onPhoneConfirmed }: Props) {
  const { t, i18n } = useTranslation('interactions');
  const list = (kinds: PersonalDataKind[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(kinds.map((kind) => t(`personalData.kind.${kind}`)));
  if (findings.blocking.length === 0 && findings.warning.length === 0) return null;
  return (
    <Alert color={findings.blocking.length > 0 ? 'red' : 'yellow'} title={t('personalData.title')} role="alert" p="sm">
      <Stack gap={6}>
        {findings.blocking.length > 0 && <Text size="sm">{t('personalData.blocking', { kinds: list(findings.blocking) })}</Text>}
        {findings.warning.length > 0 && (
          <>
            <Text size="sm">{t('personalData.warning', { kinds: list(findings.warning) })}</Text>
            <Checkbox
              size="sm"
              label={t('personalData.confirmPhone')}
              checked={phoneConfirmed}
              onChange={(event) => onPhoneConfirmed(event.currentTarget.checked)}
            />
          </>
        )}
      </Stack>
    </Alert>
  );
}
