import { Alert, Button, Group, Modal, MultiSelect, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User, type UserCredential } from '../../../shared/users.schema.ts';
import type { Credential } from './admin.api.ts';
import { useFormErrors } from './api-errors.ts';
import { useCloseButtonProps } from './dialog-props.ts';
import { useBranchesQuery, useCreateUserMutation, useUpdateUserMutation } from './use-admin-queries.ts';

interface Values {
  name: string;
  email: string;
  role: Role;
  branchIds: string[];
  credential: Credential;
}

const FIELDS = ['name', 'email', 'role', 'branchIds', 'credential'] as const;

function useUserForm(user: User | undefined) {
  const { t } = useTranslation('admin');
  return useForm<Values>({
    initialValues: {
      name: user?.name ?? '',
      email: user?.email ?? '',
      role: user?.role ?? 'librarian',
      branchIds: user?.branchIds ?? [],
      credential: 'one_time_password',
    },
    validate: {
      name: (value) => (value.trim() ? null : t('users.form.nameRequired')),
      email: (value) => (user || value.trim() ? null : t('users.form.emailRequired')),
      branchIds: (value, values) => (values.role === 'manager' && value.length === 0 ? t('users.form.branchesRequired') : null),
    },
  });
}

export interface UserFormModalProps {
  /** The account to edit; without it the form creates a new one. */
  user?: User;
  currentUserId: string;
  onClose: () => void;
  onCreated: (credential: UserCredential) => void;
  onSaved: (user: User) => void;
}

export function UserFormModal({ user, currentUserId, onClose, onCreated, onSaved }: UserFormModalProps) {
  const { t } = useTranslation('admin');
  const form = useUserForm(user);
  const closeButtonProps = useCloseButtonProps();
  const branches = useBranchesQuery();
  const create = useCreateUserMutation();
  const update = useUpdateUserMutation();
  const mutation = user ? update : create;
  const { fieldError, general } = useFormErrors(mutation.error, FIELDS);
  const isSelf = user?.id === currentUserId;
  const errorOf = (field: (typeof FIELDS)[number]) => form.errors[field] ?? fieldError(field);

  const submit = form.onSubmit((values) => {
    const common = { name: values.name.trim(), role: values.role, branchIds: values.branchIds };
    if (user) update.mutate([user.id, common], { onSuccess: onSaved });
    else create.mutate([{ ...common, email: values.email.trim(), credential: values.credential }], { onSuccess: onCreated });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={closeButtonProps}
      title={user ? t('users.form.editTitle', { name: user.name }) : t('users.form.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <TextInput
            label={t('users.form.name')}
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('name')}
            error={errorOf('name')}
          />
          {user ? (
            <Text size="sm">{t('users.form.emailFixed', { email: user.email })}</Text>
          ) : (
            <TextInput
              label={t('users.form.email')}
              type="email"
              required
              autoComplete="off"
              {...form.getInputProps('email')}
              error={errorOf('email')}
            />
          )}
          <Select
            label={t('users.form.role')}
            data={ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
            allowDeselect={false}
            disabled={isSelf}
            description={isSelf ? t('users.form.roleSelf') : undefined}
            {...form.getInputProps('role')}
            error={errorOf('role')}
          />
          <MultiSelect
            label={t('users.form.branches')}
            description={form.values.role === 'manager' ? t('users.form.branchesManager') : t('users.form.branchesHint')}
            data={(branches.data ?? []).map((branch) => ({ value: branch.id, label: branch.name }))}
            searchable
            clearable
            required={form.values.role === 'manager'}
            {...form.getInputProps('branchIds')}
            error={errorOf('branchIds')}
          />
          {!user && (
            <Radio.Group label={t('users.form.credential')} {...form.getInputProps('credential')} error={errorOf('credential')}>
              <Stack gap="xs" mt="xs">
                <Radio
                  value="one_time_password"
                  label={t('users.form.oneTimePassword')}
                  description={t('users.form.oneTimePasswordHint')}
                />
                <Radio value="invitation" label={t('users.form.invitation')} description={t('users.form.invitationHint')} />
              </Stack>
            </Radio.Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {user ? t('users.form.save') : t('users.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
