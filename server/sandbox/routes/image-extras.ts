// More image operations, registered by routes/images.ts: updated images, recommendations,
// bulk search (several searches in one request) and keywords from a text.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { Catalog } from '../catalog';
import { recommendImages } from '../catalog/recommendations';
import { imageUpdates } from '../catalog/updates';
import { missingIdsErrors, SandboxError } from '../errors';
import { requestOrigin } from '../origin';
import { pageSchema, pageSlice } from '../schemas';
import { searchQuerySchema, type SearchQuery } from './image-search-query';

const DAY_MS = 86_400_000;
const MAX_WINDOW_MS = 3 * DAY_MS;
const UNIT_MS: Record<string, number> = { MINUTE: 60_000, HOUR: 3_600_000, DAY: DAY_MS };

/** The vendor's interval ("1 HOUR", "30 MINUTE", "2 DAYS") in milliseconds. */
function intervalMs(text: string): number {
  const match = /^\s*(\d{1,6})\s*(MINUTE|HOUR|DAY)S?\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * (UNIT_MS[(match[2] as string).toUpperCase()] as number) : 0;
  if (ms <= 0 || ms > MAX_WINDOW_MS)
    throw SandboxError.badRequest(
      'interval must be a period such as 30 MINUTE, 6 HOUR or 1 DAY, of at most 3 DAY',
      '$.query.interval',
      'VALIDATION_ERROR',
      text,
    );
  return ms;
}

/** The time window an updated-images query asks about. */
function updateWindow(
  query: { start_date?: string; end_date?: string; interval?: string },
  now: number,
): { start: number; end: number } {
  if (query.interval !== undefined && (query.start_date || query.end_date))
    throw SandboxError.badRequest(
      'interval cannot be combined with start_date or end_date',
      '$.query.interval',
    );
  if (!query.start_date && !query.end_date)
    return { start: now - intervalMs(query.interval ?? '1 HOUR'), end: now };
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const start = query.start_date ? day(query.start_date) : day(query.end_date as string) - DAY_MS;
  const end = query.end_date ? day(query.end_date) : start + DAY_MS;
  if (end <= start)
    throw SandboxError.badRequest('end_date must be after start_date', '$.query.end_date');
  if (end - start > MAX_WINDOW_MS)
    throw SandboxError.badRequest(
      'start_date and end_date must be no more than 3 days apart',
      '$.query.end_date',
    );
  return { start, end };
}

/** Search parameter schemas as body properties: the same checks, no defaults. */
function withoutDefaults<const Properties extends Record<string, object>>(properties: Properties) {
  return Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => [
      name,
      Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'default')),
    ]),
  ) as { [Name in keyof Properties]: Omit<Properties[Name], 'default'> };
}

export const imageExtrasRoutes: FastifyPluginAsync<{
  catalog: Catalog;
  searchResults: (query: SearchQuery, origin: string) => Record<string, unknown>;
}> = async (app, { catalog, searchResults }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const { columns } = catalog;

  api.get(
    '/images/updated',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            type: {
              type: 'array',
              items: { type: 'string', enum: ['addition', 'deletion', 'edit'] },
            },
            start_date: { type: 'string', format: 'date' },
            end_date: { type: 'string', format: 'date' },
            interval: { type: 'string' },
            page: pageSchema,
            per_page: { type: 'integer', minimum: 1, maximum: 2000, default: 100 },
            sort: { type: 'string', enum: ['newest', 'oldest'], default: 'newest' },
          },
        },
      },
    },
    async (request) => {
      const { page, per_page, sort } = request.query;
      const types = request.query.type?.length
        ? request.query.type
        : (['addition', 'deletion', 'edit'] as const);
      const updates = imageUpdates(columns, updateWindow(request.query, Date.now()), types, sort);
      return {
        data: pageSlice(updates, { page, per_page }).map((update) => ({
          id: update.id,
          updated_time: new Date(update.time).toISOString(),
          updates: update.updates,
        })),
        page,
        per_page,
        total_count: updates.length,
      };
    },
  );

  api.get(
    '/images/recommendations',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['id'],
          properties: {
            id: {
              type: 'array',
              items: { type: 'string', pattern: '^[1-9]\\d*$' },
              minItems: 1,
              maxItems: 50,
            },
            max_items: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
            safe: { type: 'boolean', default: true },
          },
        },
      },
    },
    async (request) => {
      const ids = [...new Set(request.query.id.flatMap((id) => id.split(',')))];
      const inputs = ids.map((id) => (id.length <= 15 ? columns.indexOf(Number(id)) : -1));
      const missing = ids.filter((_, k) => (inputs[k] as number) < 0);
      const found = inputs.filter((index) => index >= 0);
      const recommended = recommendImages(
        catalog,
        found,
        request.query.max_items,
        request.query.safe,
      );
      return {
        data: recommended.map((index) => ({ id: String(columns.ids[index]) })),
        ...missingIdsErrors(missing, 'Images'),
        page: 1,
        per_page: request.query.max_items,
        total_count: recommended.length,
      };
    },
  );

  const bulkQuery = {
    ...searchQuerySchema,
    properties: {
      ...searchQuerySchema.properties,
      per_page: { type: 'integer', minimum: 0, maximum: 20, default: 20 },
    },
  } as const;
  const bulkItem = { type: 'object', properties: withoutDefaults(bulkQuery.properties) } as const;
  api.post(
    '/bulk_search/images',
    {
      schema: {
        querystring: bulkQuery,
        body: { type: 'array', items: bulkItem, minItems: 1, maxItems: 5 },
      },
    },
    async (request) => {
      const origin = requestOrigin(request);
      const results = request.body.map((search, i) => {
        try {
          return searchResults({ ...request.query, ...search }, origin);
        } catch (error) {
          // A bad value from a search in the body is named there, not in the query.
          if (error instanceof SandboxError)
            for (const item of error.errors) {
              const name = item.path?.replace(/^\$\.query\./, '');
              if (name && name !== item.path && name in search) item.path = `$.body[${i}].${name}`;
            }
          throw error;
        }
      });
      // `results` is the document's shape; the official SDK (1.6) reads the newer
      // `bulk_search_results.data`, so both are sent.
      return { results, bulk_search_results: { data: results }, bulk_search_id: randomUUID() };
    },
  );

  api.post(
    '/images/search/suggestions',
    {
      schema: {
        body: {
          type: 'object',
          required: ['text'],
          properties: { text: { type: 'string', minLength: 1, maxLength: 100_000 } },
        },
      },
    },
    async (request) => ({ keywords: catalog.keywordsFromText.extract(request.body.text, 10) }),
  );
};
