// The vendor's editorial image operations: search (country required, cursor paging),
// details, list by ids, updated, categories and live feeds — under /editorial/images and
// under the older /editorial paths, which share the handlers.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import {
  findEditorialCategory,
  type EditorialCatalog,
  type EditorialSort,
} from '../editorial/catalog';
import { decodeCursor, encodeCursor } from '../editorial/cursor';
import { toEditorialContent, toLivefeed } from '../editorial/shapes';
import { editorialUpdates, type UpdatedQuery } from '../editorial/updates';
import { EDITORIAL_CATEGORIES } from '../editorial/vocabulary';
import { missingIdsErrors, SandboxError } from '../errors';
import { requestOrigin } from '../origin';
import { pageSchema } from '../schemas';

const country = { type: 'string', pattern: '^(?:[A-Z]{3}|[a-z]{3})$' } as const;
const date = { type: 'string', format: 'date' } as const;
const countryOnly = {
  type: 'object',
  required: ['country'],
  properties: { country, search_id: { type: 'string' } },
} as const;
const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' } },
} as const;

interface SearchQuery {
  query?: string;
  sort: EditorialSort;
  category?: string;
  country: string;
  supplier_code?: string[];
  date_start?: string;
  date_end?: string;
  per_page: number;
  cursor?: string;
}

const searchSchema = {
  type: 'object',
  required: ['country'],
  properties: {
    query: { type: 'string' },
    sort: { type: 'string', enum: ['relevant', 'newest', 'oldest'], default: 'relevant' },
    category: { type: 'string' },
    country,
    supplier_code: { type: 'array', items: { type: 'string' } },
    date_start: date,
    date_end: date,
    per_page: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
    cursor: { type: 'string' },
  },
} as const;

const updatedSchema = {
  type: 'object',
  required: ['type', 'date_updated_start', 'date_updated_end', 'country'],
  properties: {
    type: { type: 'string', enum: ['edit', 'addition'] },
    date_updated_start: { type: 'string' },
    date_updated_end: { type: 'string' },
    date_taken_start: date,
    date_taken_end: date,
    cursor: { type: 'string' },
    sort: { type: 'string', enum: ['newest', 'oldest'], default: 'newest' },
    supplier_code: { type: 'array', items: { type: 'string', maxLength: 5 } },
    country,
    per_page: { type: 'integer', minimum: 100, maximum: 500, default: 500 },
  },
} as const;

/** Comma-separated or repeated values, split and trimmed. */
const splitList = (values: string[] | string | undefined) =>
  (Array.isArray(values) ? values : values ? [values] : [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

export const editorialImagesRoutes: FastifyPluginAsync<{ editorial: EditorialCatalog }> = async (
  app,
  { editorial },
) => {
  const origin = (request: FastifyRequest) => requestOrigin(request);

  const search = async (request: FastifyRequest<{ Querystring: SearchQuery }>) => {
    const q = request.query;
    const categories = splitList(q.category).map((name) => {
      const found = findEditorialCategory(name);
      if (!found)
        throw SandboxError.badRequest(
          `category: unknown editorial category "${name}" (see GET /v2/editorial/images/categories)`,
          '$.query.category',
          'VALIDATION_ENUM_MISMATCH',
          name,
        );
      return found;
    });
    if (q.date_start && q.date_end && q.date_start > q.date_end)
      throw SandboxError.badRequest('date_start must not be after date_end', '$.query.date_start');
    const offset =
      q.cursor === undefined || q.cursor === '' ? 0 : decodeCursor(q.cursor, '$.query.cursor');
    const indexes = editorial.search({
      query: q.query,
      sort: q.sort,
      categories,
      country: q.country,
      supplierCodes: splitList(q.supplier_code),
      dateStart: q.date_start,
      dateEnd: q.date_end,
    });
    const page = indexes.subarray(offset, offset + q.per_page);
    const base = origin(request);
    return {
      data: editorial.rows(page).map((row) => toEditorialContent(row, base)),
      page: Math.floor(offset / q.per_page) + 1,
      per_page: q.per_page,
      total_count: indexes.length,
      search_id: randomUUID(),
      next: offset + q.per_page < indexes.length ? encodeCursor(offset + q.per_page) : '',
      prev: offset > 0 ? encodeCursor(Math.max(0, offset - q.per_page)) : '',
    };
  };

  const details = async (
    request: FastifyRequest<{ Params: { id: string }; Querystring: { country: string } }>,
  ) => {
    const { id } = request.params;
    const row = editorial.find(id);
    if (!row) throw SandboxError.notFound(`Editorial image ${id} not found`, '$.path.id');
    if (!editorial.allowedIn(editorial.indexOf(row.num), request.query.country))
      throw SandboxError.notFound(
        `Editorial image ${id} is not available for distribution in ${request.query.country.toUpperCase()}`,
        '$.query.country',
      );
    return toEditorialContent(row, origin(request));
  };

  const categories = async () => ({ data: EDITORIAL_CATEGORIES.map((name) => ({ name })) });

  const updated = async (request: FastifyRequest<{ Querystring: UpdatedQuery }>) =>
    editorialUpdates(editorial, request.query, origin(request));

  /** A feed's pictures usable in a country, newest first. */
  const visibleItems = (feedId: string, countryCode: string) => {
    const feed = editorial.feed(feedId);
    const items = feed?.items.filter((i) => editorial.allowedIn(i, countryCode)) ?? [];
    if (!feed || items.length === 0)
      throw SandboxError.notFound(`Live feed ${feedId} not found`, '$.path.id');
    return { feed, items };
  };

  const livefeeds = async (
    request: FastifyRequest<{ Querystring: { country: string; page: number; per_page: number } }>,
  ) => {
    const { country: code, page, per_page } = request.query;
    const visible = editorial.feeds
      .map((feed) => ({ feed, items: feed.items.filter((i) => editorial.allowedIn(i, code)) }))
      .filter(({ items }) => items.length > 0);
    const slice = visible.slice((page - 1) * per_page, page * per_page);
    const covers = new Map(
      editorial.rows(slice.map(({ items }) => items[0] as number)).map((row) => [row.num, row]),
    );
    const base = origin(request);
    return {
      data: slice.map(({ feed, items }) =>
        toLivefeed(feed, items, covers.get(editorial.nums[items[0] as number] as number), base),
      ),
      page,
      per_page,
      total_count: visible.length,
    };
  };

  const livefeed = (id: string, request: FastifyRequest<{ Querystring: { country: string } }>) => {
    const { feed, items } = visibleItems(id, request.query.country);
    return toLivefeed(feed, items, editorial.rows([items[0] as number])[0], origin(request));
  };

  const livefeedItems = (
    id: string,
    request: FastifyRequest<{ Querystring: { country: string } }>,
  ) => {
    const { items } = visibleItems(id, request.query.country);
    const base = origin(request);
    return {
      data: editorial.rows(items).map((row) => toEditorialContent(row, base)),
      page: 1,
      per_page: items.length,
      total_count: items.length,
    };
  };

  const livefeedsSchema = {
    type: 'object',
    required: ['country'],
    properties: {
      country,
      page: pageSchema,
      per_page: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
    },
  } as const;

  for (const base of ['/editorial/images', '/editorial']) {
    app.get(`${base}/search`, { schema: { querystring: searchSchema } }, search);
    app.get(`${base}/categories`, categories);
    app.get(`${base}/updated`, { schema: { querystring: updatedSchema } }, updated);
    app.get(`${base}/livefeeds`, { schema: { querystring: livefeedsSchema } }, livefeeds);
    // Feed ids are long ("2026%2F11%2F20%2F<name>"): a wildcard, not a length-limited :param.
    app.get<{ Params: { '*': string }; Querystring: { country: string } }>(
      `${base}/livefeeds/*`,
      { schema: { querystring: countryOnly } },
      async (request) => {
        const rest = request.params['*'];
        const items = rest.endsWith('/items');
        const id = items ? rest.slice(0, -'/items'.length) : rest;
        return items ? livefeedItems(id, request) : livefeed(id, request);
      },
    );
    app.get(`${base}/:id`, { schema: { params: idParams, querystring: countryOnly } }, details);
  }

  // Several pictures by id (the SDK's listEditorialImages).
  app.get<{ Querystring: { id: string[]; country: string } }>(
    '/editorial/images',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['id', 'country'],
          properties: {
            id: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 100 },
            country,
            search_id: { type: 'string' },
          },
        },
      },
    },
    async (request) => {
      const ids = [...new Set(splitList(request.query.id))];
      const base = origin(request);
      const rows = ids
        .map((id) => editorial.find(id))
        .filter((row) => row !== undefined)
        .filter((row) => editorial.allowedIn(editorial.indexOf(row.num), request.query.country));
      const found = new Set(rows.map((row) => row.id));
      const missing = ids.filter((id) => !found.has(id));
      return {
        data: rows.map((row) => toEditorialContent(row, base)),
        ...missingIdsErrors(missing, 'Editorial images'),
        page: 1,
        per_page: ids.length,
        total_count: rows.length,
      };
    },
  );
};
