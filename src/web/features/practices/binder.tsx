import { Anchor, Box, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Practice } from '../../../shared/practices.schema.ts';
import { FacetChips } from './practice-badges.tsx';
import { PracticeReading } from './practice-reading.tsx';

function Chapter({ practice, number, withBody }: { practice: Practice; number: number; withBody: boolean }) {
  const { t } = useTranslation('practices');
  return (
    <Box
      component="article"
      id={`binder-${practice.slug}`}
      className="practice-chapter practice-article"
      aria-labelledby={`binder-title-${practice.slug}`}
    >
      <Stack gap="sm">
        <Title order={2} id={`binder-title-${practice.slug}`}>
          {t('binder.chapterTitle', { number, title: practice.title })}
        </Title>
        {practice.summary && <Text className="practice-summary">{practice.summary}</Text>}
        <PracticeReading
          content={practice}
          order={3}
          withBody={withBody}
          facets={<FacetChips channels={practice.channels} attitudes={practice.attitudes} needs={practice.needs} tags={practice.tags} />}
        />
      </Stack>
    </Box>
  );
}

/** A printable binder: a table of contents, then one practice per page. */
export function Binder({ practices, withBody }: { practices: readonly Practice[]; withBody: boolean }) {
  const { t } = useTranslation('practices');
  return (
    <Stack gap="xl">
      <Box component="nav" aria-labelledby="binder-toc-title" className="binder-toc">
        <Title order={2} size="h3" id="binder-toc-title" mb="sm">
          {t('binder.toc')}
        </Title>
        <List type="ordered" spacing={4}>
          {practices.map((practice) => (
            <List.Item key={practice.id}>
              <Anchor href={`#binder-${practice.slug}`}>{practice.title}</Anchor>
            </List.Item>
          ))}
        </List>
      </Box>
      {practices.map((practice, index) => (
        <Chapter key={practice.id} practice={practice} number={index + 1} withBody={withBody} />
      ))}
    </Stack>
  );
}
