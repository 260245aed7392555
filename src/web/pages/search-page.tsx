import { Button, Grid, Group, Loader, Pagination, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResponse } from '../../shared/search.schema.ts';
import { DidYouMean, NoResults } from '../features/search/search-empty.tsx';
import { SearchFacetsPanel } from '../features/search/search-facets.tsx';
import { MAX_PAGE, PAGE_SIZE, toSearchQuery } from '../features/search/search-params.ts';
import { SearchResultList } from '../features/search/search-results.tsx';
import { useSearchPageState } from '../features/search/use-search-page-state.ts';
import { useReportOpened, useSearchQuery } from '../features/search/use-search-queries.ts';
import { ErrorState } from '../ui/error-state.tsx';
import { useFormat } from '../ui/format.ts';
import { PageTitle } from '../ui/page-title.tsx';
import '../features/search/search.css';

function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('search');
  const [text, setText] = useState(initial);
  return (
    <search>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(text.trim());
        }}
      >
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('page.query')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maxLength={1000}
            style={{ flex: 1 }}
            autoComplete="off"
          />
          <Button type="submit">{t('page.submit')}</Button>
        </Group>
      </form>
    </search>
  );
}

function Summary({ response }: { response: SearchResponse | undefined }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  if (!response || response.total === 0) return null;
  const ms = response.tookMs < 1 ? '<1' : format.number(Math.round(response.tookMs));
  return t('page.summary', { count: response.total, ms });
}

function Pages({ total, page, onChange }: { total: number; page: number; onChange: (page: number) => void }) {
  const { t } = useTranslation('search');
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / PAGE_SIZE)));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('page.pagination.label')}>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`page.pagination.${control}`) })}
        getItemProps={(item) => ({ 'aria-label': t('page.pagination.page', { page: item }) })}
      />
    </nav>
  );
}

export function SearchPage() {
  const { t } = useTranslation('search');
  const { state, update, setFacets } = useSearchPageState();
  const query = toSearchQuery(state);
  const search = useSearchQuery(query, query.q !== '');
  const reportOpened = useReportOpened();
  const answer = query.q === '' ? undefined : search.data;
  const response = answer?.response;
  const turnPage = (page: number) => {
    update({ page });
    window.scrollTo({ top: 0 });
  };

  return (
    <Stack>
      <PageTitle>{t('page.title')}</PageTitle>
      <SearchForm key={state.q} initial={state.q} onSearch={(q) => update({ q })} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <SearchFacetsPanel facets={response?.facets} state={state} onChange={setFacets} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="sm">
            <Text aria-live="polite" fw={600}>
              <Summary response={response} />
            </Text>
            {response?.didYouMean && <DidYouMean suggestion={response.didYouMean} onChoose={(q) => update({ q })} />}
            {query.q === '' && <Text>{t('page.enterQuery')}</Text>}
            {search.error && <ErrorState error={search.error} />}
            {search.isFetching && !answer && <Loader aria-label={t('common:loading')} />}
            {answer && answer.response.total === 0 && <NoResults query={answer.params.q} />}
            {answer && <SearchResultList results={answer.response.results} onOpen={(result) => reportOpened(answer, result.id)} />}
            <Pages total={response?.total ?? 0} page={state.page} onChange={turnPage} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
