import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attitude, Channel, Need, PracticeStatus } from '../../../shared/practices.schema.ts';

const STATUS_COLORS: Record<PracticeStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  published: 'relacja',
  archived: 'dark',
};

/** The status in words (never only a colour), plus freshness and a pending proposal when they apply. */
export function StatusBadges({ status, stale, proposalPending }: { status: PracticeStatus; stale: boolean; proposalPending: boolean }) {
  const { t } = useTranslation('practices');
  return (
    <Group gap={6}>
      <Badge color={STATUS_COLORS[status]} variant="light" radius="sm">
        {t(`status.${status}`)}
      </Badge>
      {stale && (
        <Badge color="orange" variant="outline" radius="sm">
          {t('badges.stale')}
        </Badge>
      )}
      {proposalPending && (
        <Badge color="blue" variant="outline" radius="sm">
          {t('badges.proposalPending')}
        </Badge>
      )}
    </Group>
  );
}

interface FacetProps {
  channels: readonly Channel[];
  attitudes: readonly Attitude[];
  needs: readonly Need[];
  tags?: readonly string[];
  size?: 'sm' | 'md';
}

function ChipRow({ label, values, color, size }: { label: string; values: readonly string[]; color: string; size: 'sm' | 'md' }) {
  if (values.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" align="center">
      <Text size={size} fw={600} component="span">
        {label}
      </Text>
      {values.map((value) => (
        <Badge key={value} color={color} variant="light" size={size === 'md' ? 'lg' : 'md'} radius="sm" tt="none">
          {value}
        </Badge>
      ))}
    </Group>
  );
}

/** Channels, attitudes, needs and tags as labelled rows of chips, translated. */
export function FacetChips({ channels, attitudes, needs, tags = [], size = 'sm' }: FacetProps) {
  const { t } = useTranslation('practices');
  return (
    <Group gap="md" wrap="wrap" className="practice-facets">
      <ChipRow label={t('fields.needs')} values={needs.map((need) => t(`need.${need}`))} color="relacja" size={size} />
      <ChipRow label={t('fields.channels')} values={channels.map((channel) => t(`channel.${channel}`))} color="indigo" size={size} />
      <ChipRow label={t('fields.attitudes')} values={attitudes.map((attitude) => t(`attitude.${attitude}`))} color="grape" size={size} />
      <ChipRow label={t('fields.tags')} values={tags.map((tag) => `#${tag}`)} color="gray" size={size} />
    </Group>
  );
}
