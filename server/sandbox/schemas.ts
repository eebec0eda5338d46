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

export const dateSchema = { type: 'string', format: 'date' } as const;
/** A search's added-date filter: one day, or from and to a day. */
export const addedDateProperties = {
  added_date: dateSchema,
  added_date_start: dateSchema,
  added_date_end: dateSchema,
} as const;
/** A search's page size: 0 (a count alone) to 500, 20 by default. */
export const searchPerPageSchema = {
  type: 'integer',
  minimum: 0,
  maximum: 500,
  default: 20,
} as const;

/** `/…/:id` of one catalog asset. */
export const assetIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: assetIdSchema },
} as const;

/** GET /v2/<media>?id=…&id=… (several by id), with what a media type adds. */
export const byIdsQuery = <const Extra extends object = Record<never, never>>(
  extra: Extra = {} as Extra,
) =>
  ({
    type: 'object',
    required: ['id'],
    properties: {
      id: { type: 'array', items: assetIdSchema, minItems: 1, maxItems: 500 },
      view: viewSchema('minimal'),
      search_id: { type: 'string' },
      ...extra,
    },
  }) as const;

/** GET /v2/<media>/search/suggestions. */
export const suggestionsQuery = {
  type: 'object',
  required: ['query'],
  properties: {
    query: { type: 'string' },
    limit: { type: 'integer', minimum: 1, maximum: 25, default: 10 },
  },
} as const;

/** GET /v2/<media>/:id/similar. */
export const similarQuery = {
  type: 'object',
  properties: {
    page: pageSchema,
    per_page: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
    view: viewSchema('minimal'),
    language: languageSchema,
  },
} as const;

/** One asset's details: the full view by default. */
export const detailsQuery = {
  type: 'object',
  properties: {
    view: viewSchema('full'),
    language: languageSchema,
    search_id: { type: 'string' },
  },
} as const;

export const languageQuery = { type: 'object', properties: { language: languageSchema } } as const;

/** A country of use, ISO 3166 alpha-3 in either case: every editorial operation takes one. */
export const countrySchema = { type: 'string', pattern: '^(?:[A-Z]{3}|[a-z]{3})$' } as const;

/** What the editorial image and video searches both take, before their own filters. */
export const editorialSearchProperties = {
  query: { type: 'string' },
  sort: { type: 'string', enum: ['relevant', 'newest', 'oldest'], default: 'relevant' },
  category: { type: 'string' },
  country: countrySchema,
  supplier_code: { type: 'array', items: { type: 'string' } },
  date_start: dateSchema,
  date_end: dateSchema,
} as const;

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

/**
 * Where a page starts in its list. The vendor sets no upper bound on `page`, so a page far
 * past the end (page=1e20) is a valid request for an empty page: its start is capped where
 * it is still an integer SQLite takes as an OFFSET (a larger one is a float, and refused).
 */
export function pageStart({ page, per_page }: Page): number {
  return Math.min((page - 1) * per_page, Number.MAX_SAFE_INTEGER);
}

/** The slice of a result a page shows. */
export function pageSlice<T extends { slice(start: number, end: number): T }>(
  items: T,
  query: Page,
): T {
  const start = pageStart(query);
  return items.slice(start, start + query.per_page);
}
