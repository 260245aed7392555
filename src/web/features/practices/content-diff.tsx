import { Box, SimpleGrid, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PracticeContent } from '../../../shared/practices.schema.ts';
import { CONTENT_FIELDS, type ContentField, fieldChanged } from './editor-model.ts';
import { WordDiff } from './word-diff.tsx';

export type DiffLayout = 'inline' | 'side';

/** One field as readable text: lists numbered one per line, facets by their translated names. */
export function fieldText(content: PracticeContent | null, field: ContentField, t: TFunction<'practices'>): string {
  if (content === null) return '';
  switch (field) {
    case 'signals':
    case 'steps':
    case 'say':
    case 'avoid':
      return content[field].map((item, index) => `${index + 1}. ${item}`).join('\n');
    case 'channels':
      return content.channels.map((value) => t(`channel.${value}`)).join(', ');
    case 'attitudes':
      return content.attitudes.map((value) => t(`attitude.${value}`)).join(', ');
    case 'needs':
      return content.needs.map((value) => t(`need.${value}`)).join(', ');
    case 'tags':
      return content.tags.join(', ');
    case 'language':
      return t(`language.${content.language}`);
    default:
      return content[field];
  }
}

interface ContentDiffProps {
  before: PracticeContent | null;
  after: PracticeContent;
  layout?: DiffLayout;
  beforeLabel?: string;
  afterLabel?: string;
  /** Limit to these fields (e.g. the ones the server changed). */
  fields?: readonly ContentField[];
}

/** Every changed field of two versions of a practice, word by word. */
export function ContentDiff({ before, after, layout = 'inline', beforeLabel, afterLabel, fields = CONTENT_FIELDS }: ContentDiffProps) {
  const { t } = useTranslation('practices');
  const changed = fields.filter((field) => before === null || fieldChanged(before, after, field));
  if (changed.length === 0) return <Text>{t('diff.none')}</Text>;
  return (
    <Box component="dl" m={0}>
      {changed.map((field) => {
        const old = fieldText(before, field, t);
        const now = fieldText(after, field, t);
        return (
          <Box key={field} mb="md">
            <Text component="dt" fw={700} mb={4}>
              {t(`fields.${field}`)}
            </Text>
            <Box component="dd" m={0}>
              {layout === 'inline' ? (
                <WordDiff before={old} after={now} />
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Box p="xs" bg="gray.0" style={{ borderRadius: 6 }}>
                    <Text size="xs" fw={600} c="dimmed">
                      {beforeLabel ?? t('diff.before')}
                    </Text>
                    <WordDiff before={old} after={now} side="before" />
                  </Box>
                  <Box p="xs" bg="gray.0" style={{ borderRadius: 6 }}>
                    <Text size="xs" fw={600} c="dimmed">
                      {afterLabel ?? t('diff.after')}
                    </Text>
                    <WordDiff before={old} after={now} side="after" />
                  </Box>
                </SimpleGrid>
              )}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
