import { useDebouncedValue } from '@mantine/hooks';
import { type KeyboardEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SearchResponse } from '../../../shared/search.schema.ts';
import type { PaletteOption } from './palette-results.tsx';
import { PALETTE_LIMIT, searchPageHref } from './search-params.ts';
import { type SearchAnswer, useRecordSearch, useSearchQuery } from './use-search-queries.ts';

/** Long enough to skip the letters of a word typed at speed, short enough to feel instant. */
const DEBOUNCE_MS = 120;

export interface PaletteSearch {
  answer: SearchAnswer | undefined;
  fetching: boolean;
  error: Error | null;
}

/** As-you-type answers are not stored for the knowledge gaps; what the librarian acts on is (see usePaletteActions). */
export function usePaletteSearch(query: string, opened: boolean): PaletteSearch {
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const search = useSearchQuery({ q: debounced, limit: PALETTE_LIMIT, offset: 0, record: 'false' }, opened && debounced !== '');
  // Cleared text shows the hint at once, not the previous answer kept while the next one loads.
  const answer = query.trim() === '' ? undefined : search.data;
  return { answer, fetching: search.isFetching, error: search.error };
}

export function optionsOf(response: SearchResponse | undefined): PaletteOption[] {
  if (!response || response.results.length === 0) return [];
  return [...response.results.map((result): PaletteOption => ({ kind: 'result', result })), { kind: 'all' }];
}

const optionKey = (option: PaletteOption) => (option.kind === 'result' ? option.result.id : 'all');

/**
 * Arrows move through the options (wrapping round); Enter chooses the active one. Without a choice the best result
 * is active; an option chosen with the arrows or the mouse stays active when a newer answer still has it, so the
 * selection does not jump under the keyboard, until the text changes.
 */
export function useListKeys(options: readonly PaletteOption[], query: string, onEnter: (index: number) => void) {
  const [chosen, setChosen] = useState<{ query: string; key: string } | null>(null);
  const keys = options.map(optionKey);
  const active = Math.max(chosen && chosen.query === query ? keys.indexOf(chosen.key) : 0, 0);
  const setActive = (index: number) => {
    const key = keys[index];
    if (key !== undefined) setChosen({ query, key });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const count = keys.length;
      if (count > 0) setActive((active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEnter(active);
    }
  };
  return { active, setActive, onKeyDown };
}

/**
 * Opening a result stores the query with the practice opened; reporting a gap, or giving up on a search that found
 * nothing, stores it with none. A search abandoned while still being typed is not stored.
 */
export function usePaletteActions(query: string, { answer, fetching }: PaletteSearch, onClose: () => void) {
  const navigate = useNavigate();
  const record = useRecordSearch();
  const choose = (option: PaletteOption | undefined) => {
    if (option?.kind === 'result') {
      if (answer) record.mutate({ params: answer.params, practiceId: option.result.id });
      navigate(`/practices/${option.result.slug}`);
    } else if (query.trim() !== '') navigate(searchPageHref(query.trim()));
    else return;
    onClose();
  };
  const reportGap = () => {
    if (answer) record.mutate({ params: answer.params });
    onClose();
  };
  const dismiss = () => {
    const settled = answer && !fetching && answer.params.q === query.trim();
    if (settled && answer.response.total === 0) record.mutate({ params: answer.params });
    onClose();
  };
  return { choose, reportGap, dismiss };
}
