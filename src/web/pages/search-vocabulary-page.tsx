import { Loader, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VocabularyEditor } from '../features/search/vocabulary-editor.tsx';
import { useVocabularyQuery } from '../features/search/use-search-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { PageTitle } from '../ui/page-title.tsx';
import '../features/search/search.css';

function FormatHelp() {
  const { t } = useTranslation('search');
  return (
    <Stack gap="xs" component="section" aria-labelledby="vocabulary-format">
      <Title order={2} size="h4" id="vocabulary-format">
        {t('vocabulary.format.title')}
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>{t('vocabulary.format.synonyms')}</List.Item>
        <List.Item>{t('vocabulary.format.baseForms')}</List.Item>
        <List.Item>{t('vocabulary.format.domainWords')}</List.Item>
        <List.Item>{t('vocabulary.format.comments')}</List.Item>
        <List.Item>{t('vocabulary.format.effect')}</List.Item>
      </List>
    </Stack>
  );
}

export function SearchVocabularyPage() {
  const { t } = useTranslation('search');
  const vocabulary = useVocabularyQuery();
  return (
    <Stack gap="md" maw={960}>
      <PageTitle>{t('vocabulary.title')}</PageTitle>
      <Text>{t('vocabulary.intro')}</Text>
      <FormatHelp />
      {vocabulary.error && <ErrorState error={vocabulary.error} />}
      {vocabulary.isPending && <Loader aria-label={t('common:loading')} />}
      {vocabulary.data && <VocabularyEditor vocabulary={vocabulary.data} />}
    </Stack>
  );
}
