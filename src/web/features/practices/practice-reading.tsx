import { Box, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeContent } from '../../../shared/practices.schema.ts';
import { IconAvoid, IconSay, IconSignal, IconSteps } from './icons.tsx';
import { MarkdownBody } from './markdown-body.tsx';
import './practices.css';

type Level = 2 | 3;

function SectionTitle({ order, icon, children }: { order: Level; icon?: ReactNode; children: string }) {
  return (
    <Title order={order} size="h3" className="practice-section-title">
      <Group gap={8} component="span" wrap="nowrap">
        {icon}
        <span>{children}</span>
      </Group>
    </Title>
  );
}

function Steps({ steps, order }: { steps: readonly string[]; order: Level }) {
  const { t } = useTranslation('practices');
  if (steps.length === 0) return null;
  return (
    <Box component="section" className="practice-steps">
      <SectionTitle order={order} icon={<IconSteps />}>
        {t('fields.steps')}
      </SectionTitle>
      <ol className="practice-step-list">
        {steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are plain strings that may repeat; order is their identity
          <li key={index}>{step}</li>
        ))}
      </ol>
    </Box>
  );
}

function SayAvoid({ say, avoid, order }: { say: readonly string[]; avoid: readonly string[]; order: Level }) {
  const { t } = useTranslation('practices');
  if (say.length === 0 && avoid.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" className="practice-say-avoid">
      <Paper component="section" className="practice-say" radius="md">
        <SectionTitle order={order} icon={<IconSay size={24} />}>
          {t('fields.say')}
        </SectionTitle>
        <List spacing="xs" className="practice-quote-list">
          {say.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: phrasings are plain strings in a fixed order
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      </Paper>
      <Paper component="section" className="practice-avoid" radius="md">
        <SectionTitle order={order} icon={<IconAvoid size={24} />}>
          {t('fields.avoid')}
        </SectionTitle>
        <List spacing="xs" className="practice-quote-list">
          {avoid.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: plain strings in a fixed order
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      </Paper>
    </SimpleGrid>
  );
}

interface ReadingProps {
  content: PracticeContent;
  /** The level of the section headings: 2 under the page title, 3 inside a binder chapter. */
  order: Level;
  withBody: boolean;
  /** Channels, attitudes and needs, shown after the signals. */
  facets?: ReactNode;
}

/** The practice's text in the order a librarian needs it while a reader waits. */
export function PracticeReading({ content, order, withBody, facets }: ReadingProps) {
  const { t } = useTranslation('practices');
  return (
    <Stack gap="lg" className="practice-reading">
      {content.situation && (
        <Box component="section">
          <SectionTitle order={order}>{t('fields.situation')}</SectionTitle>
          <Text className="practice-text">{content.situation}</Text>
        </Box>
      )}
      <Steps steps={content.steps} order={order} />
      <SayAvoid say={content.say} avoid={content.avoid} order={order} />
      {content.signals.length > 0 && (
        <Box component="section" className="practice-signals">
          <SectionTitle order={order} icon={<IconSignal />}>
            {t('fields.signals')}
          </SectionTitle>
          <List spacing={4} className="practice-text">
            {content.signals.map((signal, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: plain strings in a fixed order
              <List.Item key={index}>{signal}</List.Item>
            ))}
          </List>
        </Box>
      )}
      {facets}
      {withBody && content.body.trim() !== '' && (
        <Box component="section" className="practice-body">
          <SectionTitle order={order}>{t('fields.body')}</SectionTitle>
          <MarkdownBody text={content.body} headingStart={order === 2 ? 3 : 4} />
        </Box>
      )}
      {withBody && content.source && (
        <Text size="sm" c="dimmed" className="practice-source">
          {t('view.source', { source: content.source })}
        </Text>
      )}
    </Stack>
  );
}
