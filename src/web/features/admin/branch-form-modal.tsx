import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Branch } from '../../../shared/branches.schema.ts';
import { useFormErrors } from './api-errors.ts';
import { useCloseButtonProps } from './dialog-props.ts';
import { useCreateBranchMutation, useUpdateBranchMutation } from './use-admin-queries.ts';

const FIELDS = ['name', 'address', 'phone'] as const;

export interface BranchFormModalProps {
  /** The branch to edit; without it the form adds a new one. */
  branch?: Branch;
  onClose: () => void;
  onSaved: (branch: Branch, created: boolean) => void;
}

export function BranchFormModal({ branch, onClose, onSaved }: BranchFormModalProps) {
  const { t } = useTranslation('admin');
  const closeButtonProps = useCloseButtonProps();
  const form = useForm({
    initialValues: { name: branch?.name ?? '', address: branch?.address ?? '', phone: branch?.phone ?? '' },
    validate: { name: (value) => (value.trim() ? null : t('branches.form.nameRequired')) },
  });
  const create = useCreateBranchMutation();
  const update = useUpdateBranchMutation();
  const mutation = branch ? update : create;
  const { fieldError, general } = useFormErrors(mutation.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => form.errors[field] ?? fieldError(field);

  const submit = form.onSubmit((values) => {
    const input = { name: values.name.trim(), address: values.address.trim(), phone: values.phone.trim() };
    if (branch) update.mutate([branch.id, input], { onSuccess: (saved) => onSaved(saved, false) });
    else create.mutate([input], { onSuccess: (saved) => onSaved(saved, true) });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={closeButtonProps}
      title={branch ? t('branches.form.editTitle', { name: branch.name }) : t('branches.form.createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <TextInput label={t('branches.form.name')} required data-autofocus {...form.getInputProps('name')} error={errorOf('name')} />
          <Textarea label={t('branches.form.address')} autosize minRows={2} {...form.getInputProps('address')} error={errorOf('address')} />
          <TextInput
            label={t('branches.form.phone')}
            description={t('branches.form.phoneHint')}
            type="tel"
            {...form.getInputProps('phone')}
            error={errorOf('phone')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('branches.form.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {branch ? t('branches.form.save') : t('branches.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
