import type { EditorialSearchParams } from '@/api/editorial-types';
import { normalizeUrlState, parseUrlState, urlStateHref, type UrlSchema } from './url-state';

export const EDITORIAL_SORTS = ['relevant', 'newest', 'oldest'] as const;

/** The URL params of an editorial search (images and video), in the order they are written. */
export const EDITORIAL_SCHEMA = {
  query: { type: 'string' },
  category: { type: 'string' },
  supplier_code: { type: 'string' },
  date_start: { type: 'date' },
  date_end: { type: 'date' },
  sort: { type: 'enum', values: EDITORIAL_SORTS },
} as const satisfies Record<keyof EditorialSearchParams, UrlSchema[string]>;

export const parseEditorialParams = (search: URLSearchParams | string) =>
  parseUrlState<EditorialSearchParams>(EDITORIAL_SCHEMA, search);
export const normalizeEditorialParams = (params: EditorialSearchParams) =>
  normalizeUrlState(EDITORIAL_SCHEMA, params);

export type EditorialKind = 'images' | 'videos';
export const editorialRoot = (kind: EditorialKind) =>
  kind === 'images' ? '/editorial' : '/editorial/videos';

/** A search link; the country rides along so a shared link shows the same results. */
export function editorialSearchHref(
  kind: EditorialKind,
  params: EditorialSearchParams,
  country?: string,
): string {
  const href = urlStateHref(EDITORIAL_SCHEMA, params, editorialRoot(kind));
  if (!country) return href;
  return `${href}${href.includes('?') ? '&' : '?'}country=${country}`;
}
