import { z } from 'zod';
import { AttitudeSchema, ChannelSchema, NeedSchema, PracticeLanguageSchema, PracticeStatusSchema } from './practices.schema.ts';

/** Longer queries are refused with a validation problem on `q` rather than silently cut. */
export const SEARCH_QUERY_MAX_LENGTH = 1000;
export const SEARCH_LIMIT_MAX = 50;

/** Query values arrive as `a,b` or as a repeated parameter. */
function listParam<T extends z.ZodType>(item: T, max = 20) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter((part) => part !== '') : value),
    z.array(item).max(max),
  );
}

/**
 * `GET /api/search`. Within one facet any value matches; different facets must all match.
 * `status` defaults to published only, as in the practice list; drafts, practices in review and
 * archived ones appear only when asked for, and only where the user may see them.
 * An empty or blank `q` is not an error: the answer is an empty result.
 */
export const SearchQuerySchema = z.strictObject({
  q: z.string().max(SEARCH_QUERY_MAX_LENGTH).default(''),
  needs: listParam(NeedSchema).optional(),
  channels: listParam(ChannelSchema).optional(),
  attitudes: listParam(AttitudeSchema).optional(),
  tags: listParam(z.string().min(1).max(60)).optional(),
  status: listParam(PracticeStatusSchema, 4).optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(10),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
  /**
   * `false` for as-you-type requests: the query is not stored for knowledge gaps. Send the final
   * query (the one the user acts on) with the default, and report an opened result with its `queryId`.
   */
  record: z.enum(['true', 'false']).default('true'),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;
export type SearchQueryInput = z.input<typeof SearchQuerySchema>;

export const SEARCH_FIELDS = ['title', 'summary', 'situation', 'signals', 'steps', 'say', 'avoid', 'tags', 'body'] as const;
export const SearchFieldSchema = z.enum(SEARCH_FIELDS);
export type SearchField = z.infer<typeof SearchFieldSchema>;

/**
 * Highlighted text as plain segments: the client renders a `marked` segment inside `<mark>` as
 * text, never through innerHTML, so a practice's text can never inject markup.
 */
export const HighlightSegmentSchema = z.object({ text: z.string(), marked: z.boolean() });
export type HighlightSegment = z.infer<typeof HighlightSegmentSchema>;

/** An excerpt of one field around the matched words; `…` segments mark cut text. */
export const SearchSnippetSchema = z.object({
  field: SearchFieldSchema,
  segments: z.array(HighlightSegmentSchema),
});
export type SearchSnippet = z.infer<typeof SearchSnippetSchema>;

export const SearchResultSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  /** The title with its matched words marked. */
  titleSegments: z.array(HighlightSegmentSchema),
  summary: z.string(),
  language: PracticeLanguageSchema,
  status: PracticeStatusSchema,
  /** Relevance; comparable only within one answer. */
  score: z.number(),
  /** At most three, best first; empty when only the title matched. */
  snippets: z.array(SearchSnippetSchema),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

function facetCounts<T extends z.ZodType>(value: T) {
  return z.array(z.object({ value, count: z.number().int() }));
}

/**
 * Counts over the matches (the text and the visibility rules; at most the 100 best candidates the
 * database selects, which in a small library is every match). The counts of one facet
 * ignore that facet's own filter (but apply the others), so choosing one need still shows how many
 * results each other need would give. Values with no result are left out; tags: the 30 most frequent.
 */
export const SearchFacetsSchema = z.object({
  needs: facetCounts(NeedSchema),
  channels: facetCounts(ChannelSchema),
  attitudes: facetCounts(AttitudeSchema),
  tags: facetCounts(z.string()),
  status: facetCounts(PracticeStatusSchema),
});
export type SearchFacets = z.infer<typeof SearchFacetsSchema>;

export const SearchResponseSchema = z.object({
  results: z.array(SearchResultSchema),
  facets: SearchFacetsSchema,
  /** How many results match (at most 100), of which `results` is the page at `offset`. */
  total: z.number().int(),
  tookMs: z.number(),
  /** The query with its typos corrected, when a correction was used; show "Did you mean …?". */
  didYouMean: z.string().optional(),
  /**
   * The stored query (for knowledge gaps); send it to `POST /api/search/queries/:id/opened` when the
   * user opens a result. Null when nothing was stored (empty query, or a page after the first).
   */
  queryId: z.uuid().nullable(),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

export const SearchQueryParamsSchema = z.strictObject({ id: z.uuid() });
export const SearchOpenedSchema = z.strictObject({ practiceId: z.uuid() });
export type SearchOpenedInput = z.infer<typeof SearchOpenedSchema>;

/** Synonym groups (one per line, words or phrases separated by commas) and domain words (one per line). */
export const SEARCH_VOCABULARY_MAX_LENGTH = 200_000;
export const SearchVocabularySchema = z.object({
  synonyms: z.string(),
  domainWords: z.string(),
  /** null while the starter lists are in force and nobody has edited them. */
  updatedAt: z.string().nullable(),
});
export type SearchVocabulary = z.infer<typeof SearchVocabularySchema>;

/** A bad line is reported as a field error `synonyms.<line>` or `domainWords.<line>` (1-based). */
export const UpdateSearchVocabularySchema = z.strictObject({
  synonyms: z.string().max(SEARCH_VOCABULARY_MAX_LENGTH),
  domainWords: z.string().max(SEARCH_VOCABULARY_MAX_LENGTH),
});
export type UpdateSearchVocabularyInput = z.infer<typeof UpdateSearchVocabularySchema>;
