import { PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/auth.schema.ts';

export function NewPasswordFields({
  value,
  repeat,
  onChange,
  onRepeatChange,
  error,
}: {
  value: string;
  repeat: string;
  onChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const mismatch = repeat.length > 0 && repeat !== value;
  return (
    <Stack gap="sm">
      <PasswordInput
        label={t('password.new')}
        description={t('password.rules', { min: PASSWORD_MIN_LENGTH })}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        autoComplete="new-password"
        required
      />
      <PasswordInput
        label={t('password.repeat')}
        value={repeat}
        onChange={(event) => onRepeatChange(event.currentTarget.value)}
        error={mismatch ? t('password.mismatch') : undefined}
        autoComplete="new-password"
        required
      />
      {value.length > 0 && value.length < PASSWORD_MIN_LENGTH && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('password.remaining', { count: PASSWORD_MIN_LENGTH - value.length })}
        </Text>
      )}
    </Stack>
  );
}
