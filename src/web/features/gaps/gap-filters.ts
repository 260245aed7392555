import { GAP_SORTS, type GapSort } from '../../../shared/gaps.schema.ts';
import type { GapQueryParams } from './gaps.api.ts';

/** The list's filters as they appear in the address, so a manager can bookmark "this month, most frequent". */
export interface GapFilters {
  from: string;
  to: string;
  branchId: string | null;
  sort: GapSort;
}

export const DEFAULT_GAP_FILTERS: GapFilters = { from: '', to: '', branchId: null, sort: 'recent' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isSort = (value: string | null): value is GapSort => GAP_SORTS.some((sort) => sort === value);

export function parseGapFilters(params: URLSearchParams): GapFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const branchId = params.get('branch');
  const sort = params.get('sort');
  return {
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    branchId: branchId && UUID.test(branchId) ? branchId : null,
    sort: isSort(sort) ? sort : 'recent',
  };
}

export function gapFiltersToParams(filters: GapFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.branchId) params.set('branch', filters.branchId);
  if (filters.sort !== 'recent') params.set('sort', filters.sort);
  return params;
}

export function periodReversed(filters: GapFilters): boolean {
  return filters.from !== '' && filters.to !== '' && filters.to < filters.from;
}

/** A reversed period is not sent: the server would refuse it, and the field already says why. */
export function toGapQuery(filters: GapFilters): GapQueryParams {
  const reversed = periodReversed(filters);
  return {
    sort: filters.sort,
    ...(filters.from && !reversed ? { from: filters.from } : {}),
    ...(filters.to && !reversed ? { to: filters.to } : {}),
    ...(filters.branchId ? { branchId: filters.branchId } : {}),
  };
}
