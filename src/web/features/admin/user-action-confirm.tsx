import { useTranslation } from 'react-i18next';
import type { User, UserCredential } from '../../../shared/users.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useNotifySuccess } from './dialog-props.ts';
import { useResetCredentialMutation, useSetUserActiveMutation } from './use-admin-queries.ts';

type ConfirmedAction = 'one_time_password' | 'invitation' | 'deactivate' | 'reactivate';

const KEYS: Record<ConfirmedAction, string> = {
  one_time_password: 'oneTimePassword',
  invitation: 'invitation',
  deactivate: 'deactivate',
  reactivate: 'reactivate',
};

export interface UserActionConfirmProps {
  user: User;
  action: ConfirmedAction;
  onClose: () => void;
  onIssued: (credential: UserCredential) => void;
}

/** Asks before an action that signs a person out or changes how they sign in, then performs it. */
export function UserActionConfirm({ user, action, onClose, onIssued }: UserActionConfirmProps) {
  const { t } = useTranslation('admin');
  const describe = useErrorMessage();
  const notify = useNotifySuccess();
  const setActive = useSetUserActiveMutation();
  const reset = useResetCredentialMutation();
  const key = KEYS[action];
  const error = setActive.error ?? reset.error;

  const confirm = () => {
    if (action === 'one_time_password' || action === 'invitation') {
      reset.mutate([user.id, action], { onSuccess: onIssued });
      return;
    }
    const active = action === 'reactivate';
    setActive.mutate([user.id, active], {
      onSuccess: () => {
        notify(t(`users.notify.${active ? 'reactivated' : 'deactivated'}`, { name: user.name }));
        onClose();
      },
    });
  };

  return (
    <ConfirmDialog
      title={t(`users.confirm.${key}Title`)}
      body={t(`users.confirm.${key}Body`, { name: user.name, email: user.email })}
      confirmLabel={t(`users.confirm.${key}`)}
      cancelLabel={t('users.confirm.cancel')}
      danger={action === 'deactivate'}
      loading={setActive.isPending || reset.isPending}
      error={error ? describe(error) : undefined}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
