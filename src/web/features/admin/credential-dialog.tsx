import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserCredential } from '../../../shared/users.schema.ts';
import { useCloseButtonProps } from './dialog-props.ts';

function SecretField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation('admin');
  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1 }}
        styles={{ input: { fontFamily: 'ui-monospace, monospace' } }}
        data-autofocus
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button variant={copied ? 'filled' : 'light'} onClick={copy} aria-live="polite">
            {copied ? t('users.credential.copied') : t('users.credential.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** Shows a freshly issued one-time password or invitation link; the server never returns it again. */
export function CredentialDialog({ credential, onClose }: { credential: UserCredential; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const closeButtonProps = useCloseButtonProps();
  const { user, oneTimePassword, invitationPath } = credential;
  const link = invitationPath ? new URL(invitationPath, window.location.origin).toString() : undefined;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.credential.title', { name: user.name })}
      closeOnClickOutside={false}
      closeButtonProps={closeButtonProps}
      size="lg"
    >
      <Stack>
        <Alert color="red" title={t('users.credential.warningTitle')} role="alert">
          {link ? t('users.credential.linkWarning') : t('users.credential.passwordWarning')}
        </Alert>
        <Text>{t('users.credential.login', { email: user.email })}</Text>
        {oneTimePassword && <SecretField label={t('users.credential.password')} value={oneTimePassword} />}
        {link && <SecretField label={t('users.credential.link')} value={link} />}
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('users.credential.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
