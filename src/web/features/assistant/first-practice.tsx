import { Anchor, Badge, Box, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePracticeQuery } from '../practices/use-practice-queries.ts';
import type { Suggestion } from './assistant-plan.ts';

interface FirstPracticeProps {
  suggestion: Suggestion;
  onOpen: (suggestion: Suggestion) => void;
}

function TextList({ items, ordered }: { items: readonly string[]; ordered: boolean }) {
  return (
    <List type={ordered ? 'ordered' : 'unordered'} spacing={4} withPadding>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: plain strings in a fixed order, which may repeat
        <List.Item key={index}>{item}</List.Item>
      ))}
    </List>
  );
}

/** The best suggestion read at the desk without leaving the assistant: its summary, steps and phrasings. */
export function FirstPractice({ suggestion, onOpen }: FirstPracticeProps) {
  const { t } = useTranslation('assistant');
  const practice = usePracticeQuery(suggestion.slug);
  const details = practice.data;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby="assistant-first-title" data-testid="assistant-first">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="sm" fw={600} c="dimmed">
              {t('result.first')}
            </Text>
            <Title order={3} size="h4" id="assistant-first-title">
              {suggestion.title}
            </Title>
          </Stack>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {t(`result.reason.${suggestion.reason}`)}
          </Badge>
        </Group>
        {(details?.summary ?? suggestion.summary) && <Text>{details?.summary ?? suggestion.summary}</Text>}
        {practice.isPending && <Loader size="sm" aria-label={t('common:loading')} />}
        {practice.error && <Text c="red.8">{t('result.detailsError')}</Text>}
        {details && details.steps.length > 0 && (
          <Box component="section">
            <Title order={4} size="h5" mb={4}>
              {t('result.steps')}
            </Title>
            <TextList items={details.steps} ordered />
          </Box>
        )}
        {details && details.say.length > 0 && (
          <Box component="section">
            <Title order={4} size="h5" mb={4}>
              {t('result.say')}
            </Title>
            <TextList items={details.say} ordered={false} />
          </Box>
        )}
        <Anchor
          component={Link}
          to={`/practices/${suggestion.slug}`}
          onClick={() => onOpen(suggestion)}
          fw={600}
          aria-label={t('result.openTitle', { title: suggestion.title })}
        >
          {t('result.open')}
        </Anchor>
      </Stack>
    </Card>
  );
}
