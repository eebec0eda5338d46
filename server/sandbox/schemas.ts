// JSON-schema fragments shared by the routes, with the vendor's limits and defaults.
// Fastify validates (and coerces) query strings against them; errors become the
// vendor's 400 body (see errors.ts).

export const pageSchema = { type: 'integer', minimum: 1, default: 1 } as const;
export const viewSchema = (fallback: 'minimal' | 'full') =>
  ({ type: 'string', enum: ['minimal', 'full'], default: fallback }) as const;
export const languageSchema = {
  type: 'string',
  pattern: '^[a-zA-Z]{2}(-[a-zA-Z]{2,4})?$',
} as const;
export const assetIdSchema = { type: 'string', pattern: '^[1-9]\\d*$' } as const;

/** A list parameter (`?a=1&a=2`, or one value), of strings or of what `items` says. */
export function stringList(): {
  readonly type: 'array';
  readonly items: { readonly type: 'string' };
};
export function stringList<const Items extends object>(
  items: Items,
): { readonly type: 'array'; readonly items: Items };
export function stringList(items: object = { type: 'string' }) {
  return { type: 'array', items } as const;
}

export interface Page {
  page: number;
  per_page: number;
}

/** The slice of a result a page shows. */
export function pageSlice<T extends { slice(start: number, end: number): T }>(
  items: T,
  { page, per_page }: Page,
): T {
  const start = (page - 1) * per_page;
  return items.slice(start, start + per_page);
}
