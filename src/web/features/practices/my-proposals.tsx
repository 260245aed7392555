import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyWork } from '../../../shared/practices.schema.ts';
import { useFormat } from '../../ui/format.ts';

const STATE_COLORS = { pending: 'blue', approved: 'relacja', returned: 'orange', superseded: 'gray' } as const;

/** The user's proposals with their review outcome and the reviewer's comment. */
export function MyProposals({ proposals }: { proposals: MyWork['proposals'] }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  return (
    <Stack gap="sm">
      {proposals.map(({ practice, revision }) => (
        <Paper key={revision.id} withBorder p="md" component="article">
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text fw={600} component="h3" m={0}>
                <Anchor component={Link} to={`/practices/${practice.slug}`} inherit>
                  {practice.title}
                </Anchor>
              </Text>
              {revision.reviewState && (
                <Badge color={STATE_COLORS[revision.reviewState]} variant="light" radius="sm">
                  {t(`reviewState.${revision.reviewState}`)}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t('mine.proposedOn', { date: format.dateTime(revision.createdAt) })}
            </Text>
            {revision.comment && <Text size="sm">{t('mine.yourComment', { comment: revision.comment })}</Text>}
            {revision.reviewComment && (
              <Text size="sm">{t('mine.reviewComment', { name: revision.reviewer?.name ?? '—', comment: revision.reviewComment })}</Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
