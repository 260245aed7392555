import {
  type SearchOpenedInput,
  type SearchQuery,
  SearchResponseSchema,
  SearchVocabularySchema,
  type UpdateSearchVocabularyInput,
} from '../../../shared/search.schema.ts';
import { api, apiVoid, queryString } from '../../api/client.ts';

/** Facets and `status` are sent only when chosen; without `status` the API answers with published practices. */
export type SearchParams = SearchQuery;

export const fetchSearch = (params: SearchParams, signal?: AbortSignal) =>
  api(`/api/search${queryString({ ...params })}`, SearchResponseSchema, { signal });

export const reportOpened = (queryId: string, input: SearchOpenedInput) =>
  apiVoid(`/api/search/queries/${encodeURIComponent(queryId)}/opened`, { method: 'POST', body: input });

export const fetchVocabulary = () => api('/api/search/vocabulary', SearchVocabularySchema);
export const saveVocabulary = (input: UpdateSearchVocabularyInput) =>
  api('/api/search/vocabulary', SearchVocabularySchema, { method: 'PUT', body: input });
