import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PracticeListItem } from '../../../shared/practices.schema.ts';
import { useFormat } from '../../ui/format.ts';
import { FacetChips, StatusBadges } from './practice-badges.tsx';

function Figures({ item }: { item: PracticeListItem }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  if (!item.stats) return null;
  const ratio = item.stats.helpfulRatio === null ? '—' : format.percent(item.stats.helpfulRatio);
  return (
    <Text size="sm" c="dimmed">
      {t('list.figures', { views: item.stats.viewCount, ratio, flags: item.stats.openFlagCount })}
    </Text>
  );
}

export function PracticeCard({ item, headingOrder = 2 }: { item: PracticeListItem; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="article">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={headingOrder} size="h4">
            <Anchor component={Link} to={`/practices/${item.slug}`} inherit>
              {item.title}
            </Anchor>
          </Title>
          {(item.status !== 'published' || item.stale || item.proposalPending) && (
            <StatusBadges status={item.status} stale={item.stale} proposalPending={item.proposalPending} />
          )}
        </Group>
        {item.summary && <Text>{item.summary}</Text>}
        <FacetChips channels={item.channels} attitudes={item.attitudes} needs={item.needs} />
        <Group gap="md">
          <Text size="sm" c="dimmed">
            {item.author
              ? t('list.updatedBy', { date: format.date(item.updatedAt), name: item.author.name })
              : t('list.updated', { date: format.date(item.updatedAt) })}
          </Text>
          <Figures item={item} />
        </Group>
      </Stack>
    </Paper>
  );
}

export function PracticeList({ items, headingOrder = 2 }: { items: readonly PracticeListItem[]; headingOrder?: 2 | 3 }) {
  return (
    <Stack gap="sm">
      {items.map((item) => (
        <PracticeCard key={item.id} item={item} headingOrder={headingOrder} />
      ))}
    </Stack>
  );
}
