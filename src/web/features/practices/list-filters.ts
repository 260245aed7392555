import {
  ATTITUDES,
  type Attitude,
  CHANNELS,
  type Channel,
  NEEDS,
  type Need,
  PRACTICE_SORTS,
  PRACTICE_STATUSES,
  type PracticeStatus,
} from '../../../shared/practices.schema.ts';
import type { ListFilters } from './practices.api.ts';

export type PracticeSort = (typeof PRACTICE_SORTS)[number];

/** The list's filters as they appear in the address, so a filtered list can be bookmarked, shared and printed. */
export interface PracticeFilters {
  needs: Need[];
  channels: Channel[];
  attitudes: Attitude[];
  tags: string[];
  status: PracticeStatus[];
  branch: string | undefined;
  author: string | undefined;
  sort: PracticeSort;
  page: number;
}

export const EMPTY_FILTERS: PracticeFilters = {
  needs: [],
  channels: [],
  attitudes: [],
  tags: [],
  status: [],
  branch: undefined,
  author: undefined,
  sort: 'updated',
  page: 1,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function listOf(params: URLSearchParams, key: string): string[] {
  const values = params.getAll(key).flatMap((value) => value.split(','));
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}

export function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => allowed.some((item) => item === value);
}

function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** Unknown or malformed values are dropped rather than sent to the API to be refused. */
export function parseFilters(params: URLSearchParams): PracticeFilters {
  const branch = params.get('branch') ?? '';
  const author = params.get('author') ?? '';
  const sort = params.get('sort') ?? '';
  return {
    needs: listOf(params, 'needs').filter(oneOf(NEEDS)),
    channels: listOf(params, 'channels').filter(oneOf(CHANNELS)),
    attitudes: listOf(params, 'attitudes').filter(oneOf(ATTITUDES)),
    tags: listOf(params, 'tags')
      .filter((tag) => tag.length <= 60)
      .slice(0, 20),
    status: listOf(params, 'status').filter(oneOf(PRACTICE_STATUSES)),
    branch: branch === 'library' || UUID.test(branch) ? branch : undefined,
    author: UUID.test(author) ? author : undefined,
    sort: oneOf(PRACTICE_SORTS)(sort) ? sort : 'updated',
    page: pageOf(params.get('page')),
  };
}

export function filtersToParams(filters: PracticeFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['needs', 'channels', 'attitudes', 'tags', 'status'] as const) {
    if (filters[key].length > 0) params.set(key, filters[key].join(','));
  }
  if (filters.branch) params.set('branch', filters.branch);
  if (filters.author) params.set('author', filters.author);
  if (filters.sort !== 'updated') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function hasFilters(filters: PracticeFilters): boolean {
  return filtersToParams({ ...filters, sort: 'updated', page: 1 }).size > 0;
}

/** The API query for one page of results. */
export function toListQuery(filters: PracticeFilters, pageSize: number): ListFilters {
  const { page, branch, author, ...rest } = filters;
  return { ...rest, ...(branch ? { branch } : {}), ...(author ? { author } : {}), limit: pageSize, offset: (page - 1) * pageSize };
}
