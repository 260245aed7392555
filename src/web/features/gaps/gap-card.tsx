import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GapExample, GapGroup } from '../../../shared/gaps.schema.ts';
import { GAP_SOURCES } from '../../../shared/gaps.schema.ts';
import { useFormat } from '../../ui/format.ts';

/** What the group is about, in words: its most frequent wording, or the needs and channel of its contacts. */
export function useGapTitle() {
  const { t } = useTranslation('gaps');
  return (group: GapGroup): string => {
    if (group.kind === 'wording') return group.label;
    const needs = group.needs.map((need) => t(`practices:need.${need}`)).join(', ');
    return t('contactTitle', { needs, channel: group.channel ? t(`practices:channel.${group.channel}`) : '' });
  };
}

/**
 * A new draft starts with the group's most frequent wording as its title; for contacts, with their
 * needs and channel, and the words of a note when there is one.
 */
export function newPracticeHref(group: GapGroup): string {
  const title = group.kind === 'wording' ? group.label : (group.examples[0]?.text ?? '');
  const params = new URLSearchParams();
  if (title) params.set('title', title.slice(0, 200));
  if (group.needs.length > 0) params.set('needs', group.needs.join(','));
  if (group.channel) params.set('channels', group.channel);
  return `/practices/new?${params.toString()}`;
}

function Example({ example }: { example: GapExample }) {
  const { t } = useTranslation('gaps');
  const format = useFormat();
  return (
    <List.Item>
      <Text component="span" fw={500}>
        {t('quoted', { text: example.text })}
      </Text>{' '}
      <Text component="span" size="sm" c="dimmed">
        — {t(`exampleSource.${example.source}`)}, {t('exampleCount', { count: example.count })},{' '}
        {t('lastSeen', { date: format.date(example.lastSeenAt) })}
      </Text>
      {example.practice && example.practice.title !== example.text && (
        <Text component="span" size="sm">
          {' '}
          ({t('notHelpfulAbout')}{' '}
          <Anchor component={Link} to={`/practices/${example.practice.slug}`}>
            {example.practice.title}
          </Anchor>
          )
        </Text>
      )}
    </List.Item>
  );
}

interface GapCardProps {
  group: GapGroup;
  dismissing: boolean;
  onDismiss: (group: GapGroup) => void;
}

export function GapCard({ group, dismissing, onDismiss }: GapCardProps) {
  const { t } = useTranslation('gaps');
  const format = useFormat();
  const title = useGapTitle()(group);
  const headingId = `gap-${group.id.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} data-testid="gap-group">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          <Badge size="lg" variant="filled" color="relacja.8" tt="none" style={{ flexShrink: 0 }}>
            {t('count', { count: group.count })}
          </Badge>
        </Group>
        <Text size="sm">
          {GAP_SOURCES.filter((source) => group.sources[source] > 0)
            .map((source) => t(`source.${source}`, { count: group.sources[source] }))
            .join(' · ')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('lastSeen', { date: format.dateTime(group.lastSeenAt) })} · {t('firstSeen', { date: format.date(group.firstSeenAt) })}
        </Text>
        {group.examples.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('examples')}
            </Text>
            <List spacing={4} size="sm" withPadding>
              {group.examples.map((example) => (
                <Example key={`${example.source}-${example.practice?.id ?? ''}-${example.text}`} example={example} />
              ))}
            </List>
          </Stack>
        ) : (
          group.kind === 'contact' && <Text size="sm">{t('noExamples')}</Text>
        )}
        {group.practices.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('practices')}:
            </Text>
            {group.practices.map((practice) => (
              <Anchor key={practice.id} component={Link} to={`/practices/${practice.slug}`} size="sm">
                {practice.title}
              </Anchor>
            ))}
          </Group>
        )}
        <Group gap="sm" mt={4}>
          <Button component={Link} to={newPracticeHref(group)} aria-label={t('createLabel', { label: title })}>
            {t('create')}
          </Button>
          <Button variant="default" loading={dismissing} onClick={() => onDismiss(group)} aria-label={t('dismissLabel', { label: title })}>
            {t('dismiss')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
