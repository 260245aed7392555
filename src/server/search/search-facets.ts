import {
  type Attitude,
  AttitudeSchema,
  type Channel,
  ChannelSchema,
  type Need,
  NeedSchema,
  type PracticeStatus,
  PracticeStatusSchema,
} from '../../shared/practices.schema.ts';
import type { z } from 'zod';
import type { SearchFacets, SearchQuery } from '../../shared/search.schema.ts';
import { parseList } from './search-document.ts';

/** The facet values of one result, parsed once. */
export interface FacetValues {
  needs: Need[];
  channels: Channel[];
  attitudes: Attitude[];
  tags: string[];
  status: PracticeStatus[];
}

export type FacetName = keyof FacetValues;
const FACETS: readonly FacetName[] = ['needs', 'channels', 'attitudes', 'tags', 'status'];
const MAX_TAGS = 30;
const DEFAULT_STATUS: readonly PracticeStatus[] = ['published'];

/** The content facets of a practice row (JSON lists as text); the status is added per request. */
export function contentFacets(row: { needs: string; channels: string; attitudes: string; tags: string }): Omit<FacetValues, 'status'> {
  return {
    needs: parseList(row.needs).flatMap((value) => NeedSchema.safeParse(value).data ?? []),
    channels: parseList(row.channels).flatMap((value) => ChannelSchema.safeParse(value).data ?? []),
    attitudes: parseList(row.attitudes).flatMap((value) => AttitudeSchema.safeParse(value).data ?? []),
    tags: parseList(row.tags),
  };
}

export type FacetFilter = Record<FacetName, readonly string[]>;

export function facetFilter(query: SearchQuery): FacetFilter {
  return {
    needs: query.needs ?? [],
    channels: query.channels ?? [],
    attitudes: query.attitudes ?? [],
    tags: query.tags ?? [],
    status: query.status && query.status.length > 0 ? query.status : DEFAULT_STATUS,
  };
}

function passes(values: FacetValues, filter: FacetFilter, except?: FacetName): boolean {
  return FACETS.every((facet) => {
    if (facet === except) return true;
    const wanted = filter[facet];
    const own: readonly string[] = values[facet];
    return wanted.length === 0 || wanted.some((value) => own.includes(value));
  });
}

export function passesFilter(values: FacetValues, filter: FacetFilter): boolean {
  return passes(values, filter);
}

function counts(items: readonly FacetValues[], facet: FacetName, filter: FacetFilter): Array<{ value: string; count: number }> {
  const tally = new Map<string, number>();
  for (const item of items) {
    if (!passes(item, filter, facet)) continue;
    for (const value of new Set<string>(item[facet])) tally.set(value, (tally.get(value) ?? 0) + 1);
  }
  return [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

function typed<T extends string>(schema: z.ZodType<T>, tallies: Array<{ value: string; count: number }>) {
  return tallies.flatMap(({ value, count }) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [{ value: parsed.data, count }] : [];
  });
}

/** Each facet's counts apply every other facet's filter but not its own (see SearchFacetsSchema). */
export function facetCounts(items: readonly FacetValues[], filter: FacetFilter): SearchFacets {
  return {
    needs: typed(NeedSchema, counts(items, 'needs', filter)),
    channels: typed(ChannelSchema, counts(items, 'channels', filter)),
    attitudes: typed(AttitudeSchema, counts(items, 'attitudes', filter)),
    tags: counts(items, 'tags', filter).slice(0, MAX_TAGS),
    status: typed(PracticeStatusSchema, counts(items, 'status', filter)),
  };
}

export const EMPTY_FACETS: SearchFacets = { needs: [], channels: [], attitudes: [], tags: [], status: [] };
