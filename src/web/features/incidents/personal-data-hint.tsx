import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type PersonalDataKind, personalDataKinds } from '../../../shared/personal-data.ts';

/** PESEL and e-mail addresses are refused by the server; phone and card numbers are only flagged. */
const REFUSED: readonly PersonalDataKind[] = ['pesel', 'email'];

export function personalDataIn(text: string): { refused: PersonalDataKind[]; flagged: PersonalDataKind[] } {
  const kinds = personalDataKinds(text);
  return { refused: kinds.filter((kind) => REFUSED.includes(kind)), flagged: kinds.filter((kind) => !REFUSED.includes(kind)) };
}

/** Shown under a free-text field as the user types; empty when the text looks clean. */
export function PersonalDataHint({ text, id }: { text: string; id: string }) {
  const { t } = useTranslation('incidents');
  const { refused, flagged } = personalDataIn(text);
  const kinds = (list: PersonalDataKind[]) => list.map((kind) => t(`personalData.kind.${kind}`)).join(', ');
  return (
    <div id={id} aria-live="polite">
      {refused.length > 0 && (
        <Text size="sm" c="red.9" fw={600}>
          {t('personalData.refused', { kinds: kinds(refused) })}
        </Text>
      )}
      {refused.length === 0 && flagged.length > 0 && (
        <Text size="sm" c="orange.9">
          {t('personalData.flagged', { kinds: kinds(flagged) })}
        </Text>
      )}
    </div>
  );
}
