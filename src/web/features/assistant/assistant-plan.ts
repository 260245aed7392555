import type { SearchQuery } from '../../../shared/search.schema.ts';
import type { ListFilters } from '../practices/practices.api.ts';
import { type FlowState, needsDiagnosis } from './assistant-flow.ts';

/** How many practices the result lists, best first. */
export const SUGGESTION_LIMIT = 8;
/** Fewer than this from the reader's exact facets, and practices for the need alone fill the list. */
const ENOUGH = 3;

/**
 * Practices about finding out what a reader needs carry these tags (a team may add them to its own):
 * a vague request or a reader who does not know what they want puts them first.
 */
export const DIAGNOSIS_TAGS = ['diagnoza potrzeb', 'rozmowa o zapytaniu', 'pytania otwarte', 'doradztwo czytelnicze'] as const;

export interface Suggestion {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** Why it is listed: it helps find out the need, it matched the description, or it fits the chosen facets. */
  reason: 'diagnosis' | 'search' | 'facets';
}

/**
 * The requests behind the result. The search needs words (an empty query answers nothing), so the
 * description goes to the search with the chosen facets; the facets alone go to the practice list,
 * most helpful first, which also fills a short list with practices for the need alone.
 */
export interface AssistantPlan {
  search: SearchQuery | null;
  facets: ListFilters | null;
  needOnly: ListFilters | null;
  attitudeOnly: ListFilters | null;
  diagnosis: ListFilters | null;
}

/** A negative or aggressive reader is the situation to handle first, whatever they came for. */
const STRONG_ATTITUDES: readonly string[] = ['negative', 'aggressive'];

export function attitudeFirst(state: FlowState): boolean {
  return state.attitude !== null && STRONG_ATTITUDES.includes(state.attitude);
}

const list = (filters: Omit<ListFilters, 'limit' | 'offset' | 'sort'>, limit = SUGGESTION_LIMIT): ListFilters => ({
  ...filters,
  sort: 'helpful',
  limit,
  offset: 0,
});

export function assistantPlan(state: FlowState): AssistantPlan {
  const needs = state.need ? [state.need] : undefined;
  const attitudes = state.attitude ? [state.attitude] : undefined;
  const q = state.text.trim();
  return {
    search: q === '' ? null : { q, needs, attitudes, limit: SUGGESTION_LIMIT, offset: 0, record: 'true' },
    facets: needs || attitudes ? list({ needs, attitudes }) : null,
    needOnly: needs && attitudes ? list({ needs }) : null,
    attitudeOnly: needs && attitudes ? list({ attitudes }) : null,
    diagnosis: needsDiagnosis(state) ? list({ tags: [...DIAGNOSIS_TAGS] }, 2) : null,
  };
}

type Item = Omit<Suggestion, 'reason'>;

export interface SuggestionParts {
  diagnosis: readonly Item[];
  search: readonly Item[];
  facets: readonly Item[];
  needOnly: readonly Item[];
  attitudeOnly: readonly Item[];
  /** A strong attitude: practices for it fill the list before practices for the need. */
  attitudeFirst: boolean;
}

/** Best first, each practice once: finding out the need, then the description's matches, then the facets. */
export function rankSuggestions(parts: SuggestionParts): Suggestion[] {
  const fillers = parts.attitudeFirst ? [parts.attitudeOnly, parts.needOnly] : [parts.needOnly, parts.attitudeOnly];
  const fill = parts.facets.length < ENOUGH ? fillers.flat() : [];
  const ordered: Suggestion[] = [
    ...parts.diagnosis.map((item) => ({ ...item, reason: 'diagnosis' as const })),
    ...parts.search.map((item) => ({ ...item, reason: 'search' as const })),
    ...[...parts.facets, ...fill].map((item) => ({ ...item, reason: 'facets' as const })),
  ];
  const seen = new Set<string>();
  return ordered
    .filter((item) => {
      if (seen.has(item.id)) return false;
      seen.add(item.id);
      return true;
    })
    .slice(0, SUGGESTION_LIMIT);
}
