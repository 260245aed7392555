import {
  ATTITUDES,
  type Attitude,
  CHANNELS,
  type Channel,
  NEEDS,
  type Need,
  PRACTICE_STATUSES,
  type PracticeStatus,
} from '../../../shared/practices.schema.ts';
import { SEARCH_LIMIT_MAX, SEARCH_QUERY_MAX_LENGTH, type SearchQuery } from '../../../shared/search.schema.ts';

export const FACET_KEYS = ['needs', 'channels', 'attitudes', 'tags', 'status'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The results page as it appears in the address, so a search with its filters can be bookmarked and shared. */
export interface SearchPageState {
  q: string;
  needs: Need[];
  channels: Channel[];
  attitudes: Attitude[];
  tags: string[];
  status: PracticeStatus[];
  page: number;
}

export const EMPTY_SEARCH_STATE: SearchPageState = { q: '', needs: [], channels: [], attitudes: [], tags: [], status: [], page: 1 };

export const PAGE_SIZE = 20;
/** The API pages no further than offset 1000. */
export const MAX_PAGE = Math.floor(1000 / PAGE_SIZE) + 1;
const MAX_VALUES = 20;
const MAX_TAG_LENGTH = 60;

function listOf(params: URLSearchParams, key: string): string[] {
  const values = params.getAll(key).flatMap((value) => value.split(','));
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))].slice(0, MAX_VALUES);
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => allowed.some((item) => item === value);
}

function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
}

/** Unknown or malformed values are dropped rather than sent to the API to be refused. */
export function parseSearchState(params: URLSearchParams): SearchPageState {
  return {
    q: (params.get('q') ?? '').slice(0, SEARCH_QUERY_MAX_LENGTH),
    needs: listOf(params, 'needs').filter(oneOf(NEEDS)),
    channels: listOf(params, 'channels').filter(oneOf(CHANNELS)),
    attitudes: listOf(params, 'attitudes').filter(oneOf(ATTITUDES)),
    tags: listOf(params, 'tags').filter((tag) => tag.length <= MAX_TAG_LENGTH),
    status: listOf(params, 'status').filter(oneOf(PRACTICE_STATUSES)).slice(0, 4),
    page: pageOf(params.get('page')),
  };
}

export function searchStateToParams(state: SearchPageState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const key of FACET_KEYS) {
    if (state[key].length > 0) params.set(key, state[key].join(','));
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The address of the results page for a query typed elsewhere (the palette). */
export function searchPageHref(q: string): string {
  const params = searchStateToParams({ ...EMPTY_SEARCH_STATE, q });
  const text = params.toString();
  return text ? `/search?${text}` : '/search';
}

export function hasFacetFilters(state: SearchPageState): boolean {
  return FACET_KEYS.some((key) => state[key].length > 0);
}

/** The API query for one page; empty facets are left out so the address and the cache key stay short. */
export function toSearchQuery(state: SearchPageState): SearchQuery {
  const query: SearchQuery = { q: state.q.trim(), limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE, record: 'true' };
  if (state.needs.length > 0) query.needs = state.needs;
  if (state.channels.length > 0) query.channels = state.channels;
  if (state.attitudes.length > 0) query.attitudes = state.attitudes;
  if (state.tags.length > 0) query.tags = state.tags;
  if (state.status.length > 0) query.status = state.status;
  return query;
}

/** The palette shows a handful; the rest is one keystroke away on the results page. */
export const PALETTE_LIMIT = Math.min(8, SEARCH_LIMIT_MAX);

/** A new practice to fill the gap, with the words the librarian searched for as its title. */
export function reportGapHref(q: string): string {
  return `/practices/new?${new URLSearchParams({ title: q.trim() }).toString()}`;
}
