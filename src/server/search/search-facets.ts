import {
  type Attitude,
  AttitudeSchema,
  type Channel,
  ChannelSchema,
  type Need,
  NeedSchema,
  type PracticeStatus,
} from '../../shared/practices.schema.ts';
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

function passesFacet(values: FacetValues, filter: FacetFilter, facet: FacetName): boolean {
  const wanted = filter[facet];
  if (wanted.length === 0) return true;
  const own: readonly string[] = values[facet];
  for (const value of wanted) if (own.includes(value)) return true;
  return false;
}

export function passesFilter(values: FacetValues, filter: FacetFilter): boolean {
  for (const facet of FACETS) if (!passesFacet(values, filter, facet)) return false;
  return true;
}

const PASSES_ALL = -1;
const FAILS_SEVERAL = -2;

/** Per item: PASSES_ALL, the index of the one facet whose filter it fails, or FAILS_SEVERAL. */
function failures(items: readonly FacetValues[], filter: FacetFilter): number[] {
  const failed: number[] = [];
  for (const item of items) {
    let result = PASSES_ALL;
    for (let facet = 0; facet < FACETS.length && result !== FAILS_SEVERAL; facet += 1) {
      if (!passesFacet(item, filter, FACETS[facet] ?? 'status')) result = result === PASSES_ALL ? facet : FAILS_SEVERAL;
    }
    failed.push(result);
  }
  return failed;
}

/** Items that pass every other facet's filter, each distinct value counted once per item. */
function counts<F extends FacetName>(items: readonly FacetValues[], failed: readonly number[], name: F) {
  const facet = FACETS.indexOf(name);
  const tally = new Map<FacetValues[F][number], number>();
  for (let index = 0; index < items.length; index += 1) {
    const failure = failed[index];
    if (failure !== PASSES_ALL && failure !== facet) continue;
    const values = (items[index] as FacetValues)[name] as ReadonlyArray<FacetValues[F][number]>;
    for (let position = 0; position < values.length; position += 1) {
      const value = values[position] as FacetValues[F][number];
      if (position > 0 && values.indexOf(value) < position) continue;
      tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }
  const counted: { value: FacetValues[F][number]; count: number }[] = [];
  tally.forEach((count, value) => {
    counted.push({ value, count });
  });
  return counted.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** Each facet's counts apply every other facet's filter but not its own (see SearchFacetsSchema). */
export function facetCounts(items: readonly FacetValues[], filter: FacetFilter): SearchFacets {
  const failed = failures(items, filter);
  return {
    needs: counts(items, failed, 'needs'),
    channels: counts(items, failed, 'channels'),
    attitudes: counts(items, failed, 'attitudes'),
    tags: counts(items, failed, 'tags').slice(0, MAX_TAGS),
    status: counts(items, failed, 'status'),
  };
}

export const EMPTY_FACETS: SearchFacets = { needs: [], channels: [], attitudes: [], tags: [], status: [] };
