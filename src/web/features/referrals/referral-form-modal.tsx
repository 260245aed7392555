import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Branch } from '../../../shared/branches.schema.ts';
import { NEEDS, type Need } from '../../../shared/practices.schema.ts';
import { REFERRAL_CATEGORIES, type Referral, type ReferralCategory } from '../../../shared/referrals.schema.ts';
import { useFormErrors } from '../../ui/form-errors.ts';
import { useCreateReferralMutation, useUpdateReferralMutation } from './use-referral-queries.ts';

const FIELDS = ['name', 'category', 'branchId', 'address', 'hours', 'phone', 'website', 'needs', 'note'] as const;
const LIBRARY = 'library';

export interface ReferralFormModalProps {
  /** The entry to edit; without it the form adds a new one. */
  referral?: Referral;
  /** Branches the user may write entries for; the library-wide choice is always offered. */
  branches: readonly Branch[];
  onClose: () => void;
  onSaved: (referral: Referral, created: boolean) => void;
}

interface Values {
  name: string;
  category: ReferralCategory;
  branch: string;
  address: string;
  hours: string;
  phone: string;
  website: string;
  needs: Need[];
  note: string;
}

function initialValues(referral: Referral | undefined): Values {
  return {
    name: referral?.name ?? '',
    category: referral?.category ?? 'social_welfare',
    branch: referral?.branchId ?? LIBRARY,
    address: referral?.address ?? '',
    hours: referral?.hours ?? '',
    phone: referral?.phone ?? '',
    website: referral?.website ?? '',
    needs: referral?.needs ?? [],
    note: referral?.note ?? '',
  };
}

export function ReferralFormModal({ referral, branches, onClose, onSaved }: ReferralFormModalProps) {
  const { t } = useTranslation('referrals');
  const form = useForm<Values>({
    initialValues: initialValues(referral),
    validate: { name: (value) => (value.trim() ? null : t('form.nameRequired')) },
  });
  const create = useCreateReferralMutation();
  const update = useUpdateReferralMutation();
  const mutation = referral ? update : create;
  const { fieldError, general } = useFormErrors(mutation.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number], formField: keyof Values = field === 'branchId' ? 'branch' : field) =>
    form.errors[formField] ?? fieldError(field);

  const submit = form.onSubmit(({ branch, ...values }) => {
    const input = { ...values, branchId: branch === LIBRARY ? null : branch };
    if (referral) update.mutate([referral.id, input], { onSuccess: (saved) => onSaved(saved, false) });
    else create.mutate([input], { onSuccess: (saved) => onSaved(saved, true) });
  });
  const needOptions = NEEDS.map((need) => ({ value: need, label: t(`need.${need}`) }));

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:close') }}
      title={referral ? t('form.editTitle') : t('form.createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} error={errorOf('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('fields.category')}
              data={REFERRAL_CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))}
              allowDeselect={false}
              {...form.getInputProps('category')}
              error={errorOf('category')}
            />
            <Select
              label={t('fields.branch')}
              data={[{ value: LIBRARY, label: t('form.libraryWide') }, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
              allowDeselect={false}
              {...form.getInputProps('branch')}
              error={errorOf('branchId')}
            />
          </SimpleGrid>
          <Textarea label={t('fields.address')} autosize minRows={2} {...form.getInputProps('address')} error={errorOf('address')} />
          <TextInput
            label={t('fields.hours')}
            description={t('form.hoursHint')}
            {...form.getInputProps('hours')}
            error={errorOf('hours')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} error={errorOf('phone')} />
            <TextInput
              label={t('fields.website')}
              description={t('form.websiteHint')}
              type="url"
              {...form.getInputProps('website')}
              error={errorOf('website')}
            />
          </SimpleGrid>
          <MultiSelect label={t('fields.needs')} data={needOptions} {...form.getInputProps('needs')} error={errorOf('needs')} />
          <Textarea
            label={t('fields.note')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('note')}
            error={errorOf('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {referral ? t('form.save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
