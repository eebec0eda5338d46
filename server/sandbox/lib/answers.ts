// The vendor's list answers, one shape each: a page of a longer result (data, page,
// per_page, total_count), a whole list in one page, and a search's page with its search_id.
import { randomUUID } from 'node:crypto';
import type { Page } from '../schemas';

/** One page of a result of `total_count` items. */
export function pagedAnswer<T>(data: T[], { page, per_page }: Page, total_count: number) {
  return { data, page, per_page, total_count };
}

/** A whole list as one page. */
export function wholeList<T>(data: readonly T[]) {
  return { data, page: 1, per_page: data.length, total_count: data.length };
}

/** One page of a search (or similar-assets) result, with a fresh search_id. */
export function searchAnswer<T>(data: T[], page: Page, total_count: number) {
  return { ...pagedAnswer(data, page, total_count), search_id: randomUUID() };
}
