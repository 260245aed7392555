import { Group, Kbd, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchResponse } from '../../../shared/search.schema.ts';
import { useErrorMessage } from '../../ui/error-state.tsx';
import { PaletteList, type PaletteOption } from './palette-results.tsx';
import { IconSearch } from './search-icon.tsx';
import { DidYouMean, NoResults } from './search-empty.tsx';
import { PALETTE_LIMIT, searchPageHref } from './search-params.ts';
import { type SearchAnswer, useRecordSearch, useSearchQuery } from './use-search-queries.ts';

/** Long enough to skip the letters of a word typed at speed, short enough to feel instant. */
const DEBOUNCE_MS = 120;

interface SearchPaletteProps {
  opened: boolean;
  query: string;
  onQueryChange: (query: string) => void;
  onClose: () => void;
}

function optionsOf(response: SearchResponse | undefined): PaletteOption[] {
  if (!response || response.results.length === 0) return [];
  return [...response.results.map((result): PaletteOption => ({ kind: 'result', result })), { kind: 'all' }];
}

function usePaletteSearch(query: string, opened: boolean) {
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const search = useSearchQuery({ q: debounced, limit: PALETTE_LIMIT, offset: 0, record: 'false' }, opened && debounced !== '');
  // Cleared text shows the hint at once, not the previous answer kept while the next one loads.
  const answer = query.trim() === '' ? undefined : search.data;
  return { answer, fetching: search.isFetching, error: search.error };
}

/** Arrows move through the options (wrapping round), Enter opens the active one or, with none, the results page. */
function useListKeys(count: number, answer: SearchAnswer | undefined, onEnter: (index: number) => void) {
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState(answer);
  // A new answer starts again at its best result.
  if (shown !== answer) {
    setShown(answer);
    setActive(0);
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count > 0) setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEnter(active);
    }
  };
  return { active: Math.min(active, Math.max(count - 1, 0)), setActive, onKeyDown };
}

function KeyHints() {
  const { t } = useTranslation('search');
  return (
    <Group gap="md" justify="flex-end">
      <Text size="xs" c="dimmed">
        <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('palette.keys.move')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">Enter</Kbd> {t('palette.keys.open')}
      </Text>
      <Text size="xs" c="dimmed">
        <Kbd size="xs">Esc</Kbd> {t('palette.keys.close')}
      </Text>
    </Group>
  );
}

export function SearchPalette({ opened, query, onQueryChange, onClose }: SearchPaletteProps) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const describe = useErrorMessage();
  const baseId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { answer, fetching, error } = usePaletteSearch(query, opened);
  const record = useRecordSearch();
  const options = optionsOf(answer?.response);
  const optionId = useCallback((index: number) => `${baseId}-option-${index}`, [baseId]);

  const choose = (option: PaletteOption | undefined) => {
    if (option?.kind === 'result') {
      if (answer) record.mutate({ params: answer.params, practiceId: option.result.id });
      navigate(`/practices/${option.result.slug}`);
    } else if (query.trim() !== '') navigate(searchPageHref(query.trim()));
    else return;
    onClose();
  };
  /** Giving up on a search that found nothing is a gap in the base, worth counting; a search still being typed is not. */
  const dismiss = (settled: SearchAnswer | undefined, typed: string) => {
    if (settled && !fetching && settled.response.total === 0 && settled.params.q === typed.trim())
      record.mutate({ params: settled.params });
    onClose();
  };
  const keys = useListKeys(options.length, answer, (index) => choose(options[index]));

  const listId = `${baseId}-list`;
  const total = answer?.response.total ?? 0;
  const status = query.trim() === '' ? '' : answer ? t('palette.count', { count: total }) : fetching ? t('palette.searching') : '';
  return (
    <Modal opened={opened} onClose={() => dismiss(answer, query)} title={t('palette.title')} size="xl" yOffset="8vh" padding="md">
      <Stack gap="sm">
        <TextInput
          data-autofocus
          ref={input}
          value={query}
          onChange={(event) => onQueryChange(event.currentTarget.value)}
          onKeyDown={keys.onKeyDown}
          placeholder={t('palette.placeholder')}
          aria-label={t('palette.input')}
          aria-describedby={`${baseId}-hint`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={options.length > 0 ? listId : undefined}
          aria-activedescendant={options.length > 0 ? optionId(keys.active) : undefined}
          autoComplete="off"
          size="md"
          maxLength={1000}
          leftSection={fetching ? <Loader size="xs" /> : <IconSearch />}
        />
        <Text id={`${baseId}-hint`} size="sm" c="dimmed">
          {t('palette.hint')}
        </Text>
        <Text role="status" size="sm" fw={600}>
          {status}
        </Text>
        {error && !answer && (
          <Text c="red" size="sm" role="alert">
            {describe(error)}
          </Text>
        )}
        {answer?.response.didYouMean && (
          <DidYouMean
            suggestion={answer.response.didYouMean}
            onChoose={(suggestion) => {
              onQueryChange(suggestion);
              input.current?.focus();
            }}
          />
        )}
        {answer && total === 0 && (
          <NoResults
            query={answer.params.q}
            onNavigate={() => {
              record.mutate({ params: answer.params });
              onClose();
            }}
          />
        )}
        {options.length > 0 && (
          <PaletteList
            listId={listId}
            label={t('palette.results')}
            options={options}
            active={keys.active}
            total={total}
            optionId={optionId}
            onActivate={keys.setActive}
            onChoose={choose}
          />
        )}
        <KeyHints />
      </Stack>
    </Modal>
  );
}
