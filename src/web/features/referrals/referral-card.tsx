import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../shared/referrals.schema.ts';
import { telHref } from '../../ui/tel-href.ts';

export interface ReferralCardProps {
  referral: Referral;
  branchName: string | null;
  onEdit?: () => void;
  onDelete?: () => void;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text component="span" fw={600} miw="6.5rem">
        {label}
      </Text>
      <Text component="span" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

export function ReferralCard({ referral, branchName, onEdit, onDelete }: ReferralCardProps) {
  const { t } = useTranslation('referrals');
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`referral-${referral.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={`referral-${referral.id}`}>
            {referral.name}
          </Title>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t(`category.${referral.category}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {branchName ? t('card.branch', { name: branchName }) : t('card.libraryWide')}
        </Text>
        {referral.address && <Detail label={t('fields.address')}>{referral.address}</Detail>}
        {referral.hours && <Detail label={t('fields.hours')}>{referral.hours}</Detail>}
        {referral.phone && (
          <Detail label={t('fields.phone')}>
            <Anchor href={telHref(referral.phone)}>{referral.phone}</Anchor>
          </Detail>
        )}
        {referral.website && (
          <Detail label={t('fields.website')}>
            <Anchor href={referral.website} target="_blank" rel="noopener noreferrer">
              {referral.website}
            </Anchor>
          </Detail>
        )}
        {referral.note && <Text style={{ whiteSpace: 'pre-line' }}>{referral.note}</Text>}
        {referral.needs.length > 0 && (
          <Group gap={6}>
            <Text component="span" size="sm" fw={600}>
              {t('card.needs')}
            </Text>
            {referral.needs.map((need) => (
              <Badge key={need} variant="outline" color="relacja.8" tt="none">
                {t(`need.${need}`)}
              </Badge>
            ))}
          </Group>
        )}
        {(onEdit || onDelete) && (
          <Group gap="xs" className="no-print">
            {onEdit && (
              <Button size="xs" variant="light" onClick={onEdit} aria-label={t('card.editLabel', { name: referral.name })}>
                {t('card.edit')}
              </Button>
            )}
            {onDelete && (
              <Button size="xs" variant="subtle" color="red" onClick={onDelete} aria-label={t('card.deleteLabel', { name: referral.name })}>
                {t('card.delete')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
