import { Button, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EMERGENCY_NUMBER, type SafetyContact } from '../../../shared/safety-contacts.schema.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { telHref } from '../../ui/tel-href.ts';
import { useSafetyContactsQuery } from './use-incident-queries.ts';

const EMERGENCY: SafetyContact = { kind: 'police', label: '', phone: EMERGENCY_NUMBER, note: '' };

/** 112 is always offered, even when a branch's own list leaves it out. */
function withEmergency(contacts: readonly SafetyContact[]): SafetyContact[] {
  const digits = (phone: string) => phone.replaceAll(/\D/g, '');
  return contacts.some((contact) => digits(contact.phone) === EMERGENCY_NUMBER) ? [...contacts] : [...contacts, EMERGENCY];
}

export function SafetyContactList({ branchId, order }: { branchId: string | null; order: 2 | 3 }) {
  const { t } = useTranslation('incidents');
  const titleId = useId();
  const contacts = useSafetyContactsQuery(branchId);
  const list = withEmergency(contacts.data?.contacts ?? []);
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={order} id={titleId}>
        {t('protocol.contacts.title')}
      </Title>
      {contacts.isPending && branchId !== null && <Loader size="sm" aria-label={t('common:loading')} />}
      {contacts.error && <ErrorState error={contacts.error} />}
      <SimpleGrid cols={1} spacing="xs">
        {list.map((contact) => (
          <Button
            key={`${contact.kind}|${contact.label}|${contact.phone}|${contact.note}`}
            component="a"
            href={telHref(contact.phone)}
            size="lg"
            variant="light"
            color="blue"
            className="protocol-contact"
            aria-label={t('protocol.contacts.call', { name: contact.label || t(`kind.${contact.kind}`), phone: contact.phone })}
          >
            <Text component="span" fw={700} size="lg" display="block">
              {contact.label || t(`kind.${contact.kind}`)} · {contact.phone}
            </Text>
            {contact.note && (
              <Text component="span" size="sm" display="block">
                {contact.note}
              </Text>
            )}
          </Button>
        ))}
      </SimpleGrid>
      {contacts.data && !contacts.data.configured && <Text size="sm">{t('protocol.contacts.default')}</Text>}
    </Stack>
  );
}
