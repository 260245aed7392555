import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchResult, SearchSnippet } from '../../../shared/search.schema.ts';
import { HighlightedText } from './highlighted-text.tsx';

function Snippet({ snippet }: { snippet: SearchSnippet }) {
  const { t } = useTranslation('search');
  return (
    <Text size="sm">
      <Text span size="sm" fw={600} c="dimmed">
        {t('results.field', { field: t(`practices:fields.${snippet.field}`) })}
      </Text>{' '}
      <HighlightedText segments={snippet.segments} />
    </Text>
  );
}

function ResultCard({ result, onOpen }: { result: SearchResult; onOpen: (result: SearchResult) => void }) {
  const { t } = useTranslation('search');
  return (
    <Paper withBorder p="md" component="article">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4">
            <Anchor component={Link} to={`/practices/${result.slug}`} inherit onClick={() => onOpen(result)}>
              <HighlightedText segments={result.titleSegments} />
            </Anchor>
          </Title>
          {result.status !== 'published' && (
            <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
              {t(`practices:status.${result.status}`)}
            </Badge>
          )}
        </Group>
        {result.summary && <Text>{result.summary}</Text>}
        {result.snippets.map((snippet) => (
          <Snippet key={snippet.field} snippet={snippet} />
        ))}
      </Stack>
    </Paper>
  );
}

/** Ranked results; opening one (by click or keyboard) is reported for the knowledge-gap figures. */
export function SearchResultList({ results, onOpen }: { results: readonly SearchResult[]; onOpen: (result: SearchResult) => void }) {
  return (
    <ol className="search-results">
      {results.map((result) => (
        <li key={result.id}>
          <ResultCard result={result} onOpen={onOpen} />
        </li>
      ))}
    </ol>
  );
}
