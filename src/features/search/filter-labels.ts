import type { ImageSearchParams } from '@/api/types';

/** The state with every filter cleared; the query and sort stay. */
export function clearFilters(params: ImageSearchParams): ImageSearchParams {
  return { query: params.query, sort: params.sort, spellcheck_query: params.spellcheck_query };
}
