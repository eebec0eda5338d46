// The vendor's editorial image operations: search (country required, cursor paging),
// details, list by ids, updated, categories and live feeds — under /editorial/images and
// under the older /editorial paths, which share the handlers.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { findEditorialCategory, type EditorialCatalog } from '../editorial/catalog';
import { decodeCursor, encodeCursor } from '../editorial/cursor';
import { toEditorialContent, toLivefeed } from '../editorial/shapes';
import { editorialUpdates } from '../editorial/updates';
import { EDITORIAL_CATEGORIES } from '../editorial/vocabulary';
import { missingIdsErrors, SandboxError } from '../errors';
import { pagedAnswer, wholeList } from '../lib/answers';
import { requestOrigin } from '../origin';
import {
  countrySchema as country,
  dateSchema as date,
  editorialSearchProperties,
  pageSchema,
  pageSlice,
} from '../schemas';

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

const searchSchema = {
  type: 'object',
  required: ['country'],
  properties: {
    ...editorialSearchProperties,
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

const livefeedsSchema = {
  type: 'object',
  required: ['country'],
  properties: {
    country,
    page: pageSchema,
    per_page: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
  },
} as const;

/** Several pictures by id. */
const byIdsSchema = {
  type: 'object',
  required: ['id', 'country'],
  properties: {
    id: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 100 },
    country,
    search_id: { type: 'string' },
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
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const origin = (request: FastifyRequest) => requestOrigin(request);

  /** A feed's pictures usable in a country, newest first. */
  const visibleItems = (feedId: string, countryCode: string) => {
    const feed = editorial.feed(feedId);
    const items = feed?.items.filter((i) => editorial.allowedIn(i, countryCode)) ?? [];
    if (!feed || items.length === 0)
      throw SandboxError.notFound(`Live feed ${feedId} not found`, '$.path.id');
    return { feed, items };
  };

  const livefeed = (id: string, countryCode: string, base: string) => {
    const { feed, items } = visibleItems(id, countryCode);
    return toLivefeed(feed, items, editorial.rows([items[0] as number])[0], base);
  };

  const livefeedItems = (id: string, countryCode: string, base: string) => {
    const { items } = visibleItems(id, countryCode);
    return wholeList(editorial.rows(items).map((row) => toEditorialContent(row, base)));
  };

  for (const base of ['/editorial/images', '/editorial']) {
    api.get(`${base}/search`, { schema: { querystring: searchSchema } }, async (request) => {
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
        throw SandboxError.badRequest(
          'date_start must not be after date_end',
          '$.query.date_start',
        );
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
      const here = origin(request);
      return {
        data: editorial.rows(page).map((row) => toEditorialContent(row, here)),
        page: Math.floor(offset / q.per_page) + 1,
        per_page: q.per_page,
        total_count: indexes.length,
        search_id: randomUUID(),
        next: offset + q.per_page < indexes.length ? encodeCursor(offset + q.per_page) : '',
        prev: offset > 0 ? encodeCursor(Math.max(0, offset - q.per_page)) : '',
      };
    });
    app.get(`${base}/categories`, async () => ({
      data: EDITORIAL_CATEGORIES.map((name) => ({ name })),
    }));
    api.get(`${base}/updated`, { schema: { querystring: updatedSchema } }, async (request) =>
      editorialUpdates(editorial, request.query, origin(request)),
    );
    api.get(`${base}/livefeeds`, { schema: { querystring: livefeedsSchema } }, async (request) => {
      const { country: code, page, per_page } = request.query;
      const visible = editorial.feeds
        .map((feed) => ({ feed, items: feed.items.filter((i) => editorial.allowedIn(i, code)) }))
        .filter(({ items }) => items.length > 0);
      const slice = pageSlice(visible, { page, per_page });
      const covers = new Map(
        editorial.rows(slice.map(({ items }) => items[0] as number)).map((row) => [row.num, row]),
      );
      const here = origin(request);
      return pagedAnswer(
        slice.map(({ feed, items }) =>
          toLivefeed(feed, items, covers.get(editorial.nums[items[0] as number] as number), here),
        ),
        request.query,
        visible.length,
      );
    });
    // Feed ids are long ("2026%2F11%2F20%2F<name>"): a wildcard, not a length-limited :param.
    api.get(
      `${base}/livefeeds/*`,
      {
        schema: {
          params: { type: 'object', properties: { '*': { type: 'string' } } },
          querystring: countryOnly,
        },
      },
      async (request) => {
        const rest = request.params['*'] ?? '';
        const items = rest.endsWith('/items');
        const id = items ? rest.slice(0, -'/items'.length) : rest;
        const { country: code } = request.query;
        return items
          ? livefeedItems(id, code, origin(request))
          : livefeed(id, code, origin(request));
      },
    );
    api.get(
      `${base}/:id`,
      { schema: { params: idParams, querystring: countryOnly } },
      async (request) => {
        const { id } = request.params;
        const row = editorial.find(id);
        if (!row) throw SandboxError.notFound(`Editorial image ${id} not found`, '$.path.id');
        if (!editorial.allowedIn(editorial.indexOf(row.num), request.query.country))
          throw SandboxError.notFound(
            `Editorial image ${id} is not available for distribution in ${request.query.country.toUpperCase()}`,
            '$.query.country',
          );
        return toEditorialContent(row, origin(request));
      },
    );
  }

  // Several pictures by id (the SDK's listEditorialImages).
  api.get('/editorial/images', { schema: { querystring: byIdsSchema } }, async (request) => {
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
  });
};
