import { ActionIcon, Alert, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAFETY_CONTACT_KINDS, type SafetyContact, type SafetyContactKind } from '../../../shared/safety-contacts.schema.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { useFormErrors } from '../../ui/form-errors.ts';
import { useFormat } from '../../ui/format.ts';
import { useSafetyContactsQuery, useSaveSafetyContactsMutation } from './use-incident-queries.ts';

const isKind = (value: string | null): value is SafetyContactKind => SAFETY_CONTACT_KINDS.some((kind) => kind === value);
const NEW_CONTACT: SafetyContact = { kind: 'security', label: '', phone: '', note: '' };

/** A row of the editor, with a key that follows it when rows move. */
interface Row {
  key: string;
  contact: SafetyContact;
}

// A counter, not crypto.randomUUID: that exists only in secure contexts, and a library intranet may serve plain http.
let rowCounter = 0;
const toRow = (contact: SafetyContact): Row => {
  rowCounter += 1;
  return { key: String(rowCounter), contact };
};

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

interface RowProps {
  index: number;
  count: number;
  contact: SafetyContact;
  onChange: (contact: SafetyContact | null, moveTo?: number) => void;
  errorOf: (field: string) => string | undefined;
}

function ContactRow({ index, count, contact, onChange, errorOf }: RowProps) {
  const { t } = useTranslation('incidents');
  const name = contact.label || t(`kind.${contact.kind}`);
  const set = (changes: Partial<SafetyContact>) => onChange({ ...contact, ...changes });
  return (
    <Card withBorder component="fieldset" aria-label={t('safety.rowLabel', { n: index + 1, name })}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Select
          label={t('safety.kind')}
          data={SAFETY_CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          value={contact.kind}
          onChange={(value) => isKind(value) && set({ kind: value })}
          allowDeselect={false}
          error={errorOf(`contacts.${index}.kind`)}
        />
        <TextInput
          label={t('safety.label')}
          description={contact.kind === 'other' ? t('safety.labelRequired') : t('safety.labelOptional')}
          value={contact.label}
          onChange={(event) => set({ label: event.currentTarget.value })}
          error={errorOf(`contacts.${index}.label`)}
        />
        <TextInput
          label={t('safety.phone')}
          type="tel"
          required
          value={contact.phone}
          onChange={(event) => set({ phone: event.currentTarget.value })}
          error={errorOf(`contacts.${index}.phone`)}
        />
        <TextInput label={t('safety.note')} value={contact.note} onChange={(event) => set({ note: event.currentTarget.value })} />
      </SimpleGrid>
      <Group gap="xs" mt="sm">
        <ActionIcon
          variant="default"
          disabled={index === 0}
          onClick={() => onChange(contact, index - 1)}
          aria-label={t('safety.up', { name })}
        >
          ↑
        </ActionIcon>
        <ActionIcon
          variant="default"
          disabled={index === count - 1}
          onClick={() => onChange(contact, index + 1)}
          aria-label={t('safety.down', { name })}
        >
          ↓
        </ActionIcon>
        <Button size="xs" variant="subtle" color="red" onClick={() => onChange(null)} aria-label={t('safety.removeLabel', { name })}>
          {t('safety.remove')}
        </Button>
      </Group>
    </Card>
  );
}

/** The branch's safety contacts, as its managers and administrators keep them. */
export function SafetyContactsEditor({ branchId }: { branchId: string }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const saved = useSafetyContactsQuery(branchId);
  const save = useSaveSafetyContactsMutation(branchId);
  const [rows, setRows] = useState<Row[]>([]);
  const { fieldError, general } = useFormErrors(save.error, ['contacts']);
  const data = saved.data;
  useEffect(() => {
    if (data) setRows(data.contacts.map(toRow));
  }, [data]);

  if (saved.isPending) return <Loader aria-label={t('common:loading')} />;
  if (saved.error || !data) return <ErrorState error={saved.error} />;
  if (!data.canEdit) return <Alert color="gray">{t('safety.readOnly')}</Alert>;

  const change = (index: number) => (contact: SafetyContact | null, moveTo?: number) => {
    if (contact === null) return setRows(rows.filter((_, i) => i !== index));
    const updated = rows.map((row, i) => (i === index ? { ...row, contact } : row));
    setRows(moveTo === undefined ? updated : move(updated, index, moveTo));
  };
  const submit = () =>
    save.mutate(
      { contacts: rows.map((row) => row.contact) },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('safety.saved'), closeButtonProps: { 'aria-label': t('common:close') } }),
      },
    );

  return (
    <Stack gap="md">
      <Text>
        {data.configured
          ? t('safety.updated', { date: data.updatedAt ? format.dateTime(data.updatedAt) : '', name: data.updatedBy?.name ?? '' })
          : t('safety.notConfigured')}
      </Text>
      {general && (
        <Alert color="red" role="alert">
          {general}
        </Alert>
      )}
      {rows.map((row, index) => (
        <ContactRow key={row.key} index={index} count={rows.length} contact={row.contact} onChange={change(index)} errorOf={fieldError} />
      ))}
      <Group>
        <Button variant="light" onClick={() => setRows([...rows, toRow(NEW_CONTACT)])} disabled={rows.length >= 20}>
          {t('safety.add')}
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          {t('safety.save')}
        </Button>
      </Group>
    </Stack>
  );
}
