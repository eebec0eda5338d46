import type { ImageSearchParams } from '@/api/types';

export function peopleNumberLabel(n: number): string {
  return n === 0 ? 'No people' : n === 4 ? '4+ people' : n === 1 ? '1 person' : `${n} people`;
}

/** The state with every filter cleared; the query and sort stay. */
export function clearFilters(params: ImageSearchParams): ImageSearchParams {
  return { query: params.query, sort: params.sort, spellcheck_query: params.spellcheck_query };
}
