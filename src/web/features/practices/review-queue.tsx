import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewQueueItem } from '../../../shared/practices.schema.ts';
import { useFormat } from '../../ui/format.ts';
import { ContentDiff } from './content-diff.tsx';
import { PracticeReading } from './practice-reading.tsx';
import type { TransitionName } from './practices.api.ts';
import { TransitionDialog } from './transition-dialog.tsx';

function Submitted({ item }: { item: ReviewQueueItem }) {
  const { t } = useTranslation('practices');
  const format = useFormat();
  return (
    <Stack gap={2}>
      <Text size="sm">{t('queue.submitted', { name: item.submittedBy?.name ?? '—', date: format.dateTime(item.submittedAt) })}</Text>
      {item.comment && <Text size="sm">{t('queue.comment', { comment: item.comment })}</Text>}
    </Stack>
  );
}

/** A submission shows its whole text on demand; a proposal shows what it would change in the published text. */
function Proposed({ item }: { item: ReviewQueueItem }) {
  const { t } = useTranslation('practices');
  const [opened, toggle] = useDisclosure(item.kind === 'proposal');
  const id = `queue-content-${item.revisionId || item.practice.id}`;
  return (
    <div>
      <Button variant="subtle" px={4} onClick={toggle.toggle} aria-expanded={opened} aria-controls={id}>
        {t(item.kind === 'proposal' ? (opened ? 'queue.hideDiff' : 'queue.showDiff') : opened ? 'queue.hideText' : 'queue.showText')}
      </Button>
      <Collapse expanded={opened} id={id}>
        <Paper p="sm" mt="xs" bg="gray.0">
          {item.published ? (
            <ContentDiff
              before={item.published}
              after={item.proposed}
              beforeLabel={t('queue.published')}
              afterLabel={t('queue.proposed')}
            />
          ) : (
            <PracticeReading content={item.proposed} order={3} withBody />
          )}
        </Paper>
      </Collapse>
    </div>
  );
}

function QueueCard({ item }: { item: ReviewQueueItem }) {
  const { t } = useTranslation('practices');
  const [dialog, setDialog] = useState<TransitionName | null>(null);
  return (
    <Paper withBorder p="md" component="article">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4">
            <Anchor component={Link} to={`/practices/${item.practice.slug}`} inherit>
              {item.proposed.title}
            </Anchor>
          </Title>
          <Badge variant="light" color={item.kind === 'proposal' ? 'blue' : 'yellow'} radius="sm">
            {t(`queue.kind.${item.kind}`)}
          </Badge>
        </Group>
        <Submitted item={item} />
        <Proposed item={item} />
        <Group gap="xs">
          <Button onClick={() => setDialog('publish')}>{t(item.kind === 'proposal' ? 'queue.approve' : 'workflow.publish.button')}</Button>
          <Button variant="light" onClick={() => setDialog('return')}>
            {t('workflow.return.button')}
          </Button>
          {item.kind === 'submission' && (
            <Button variant="default" component={Link} to={`/practices/${item.practice.slug}/edit`}>
              {t('actions.edit')}
            </Button>
          )}
        </Group>
      </Stack>
      {dialog && <TransitionDialog practice={item.practice} version={item.version} name={dialog} onClose={() => setDialog(null)} />}
    </Paper>
  );
}

export function ReviewQueue({ items }: { items: readonly ReviewQueueItem[] }) {
  return (
    <Stack gap="md">
      {items.map((item) => (
        <QueueCard key={`${item.practice.id}-${item.revisionId}`} item={item} />
      ))}
    </Stack>
  );
}
