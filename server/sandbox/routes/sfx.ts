// The vendor's sound-effect operations: search, details, several by id.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { AudioCatalog } from '../audio';
import { toSfx } from '../audio/sfx';
import { findByIds } from '../by-ids';
import { missingIdsErrors, SandboxError } from '../errors';
import { requestOrigin } from '../origin';
import { assetIdSchema, languageSchema, pageSchema, pageSlice, viewSchema } from '../schemas';

const date = { type: 'string', format: 'date' } as const;
const integer = { type: 'integer' } as const;
const library = { type: 'string', enum: ['shutterstock', 'premier', 'premiumbeat'] } as const;

const searchQuerySchema = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    added_date: date,
    added_date_start: date,
    added_date_end: date,
    duration: integer,
    duration_from: integer,
    duration_to: integer,
    page: pageSchema,
    per_page: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
    safe: { type: 'boolean', default: true },
    sort: {
      type: 'string',
      enum: ['popular', 'newest', 'relevance', 'random', 'oldest'],
      default: 'popular',
    },
    view: viewSchema('minimal'),
    language: languageSchema,
  },
} as const;

export const sfxRoutes: FastifyPluginAsync<{ audio: AudioCatalog }> = async (app, { audio }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const { sfx } = audio;

  api.get('/sfx/search', { schema: { querystring: searchQuerySchema } }, async (request) => {
    const query = request.query;
    const indexes = sfx.search(query);
    const ids = Array.from(pageSlice(indexes, query), (i) => sfx.ids[i] as number);
    const origin = requestOrigin(request);
    return {
      data: sfx.findMany(ids).map((row) => toSfx(row, query.view, origin)),
      page: query.page,
      per_page: query.per_page,
      total_count: indexes.length,
      search_id: randomUUID(),
    };
  });

  api.get(
    '/sfx',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'array', items: assetIdSchema, minItems: 1, maxItems: 500 },
            view: viewSchema('minimal'),
            language: languageSchema,
            library,
            search_id: { type: 'string' },
          },
        },
      },
    },
    async (request) => {
      const { rows, missing } = findByIds(request.query.id, (ids) => sfx.findMany(ids));
      const origin = requestOrigin(request);
      return {
        data: rows.map((row) => toSfx(row, request.query.view, origin)),
        ...missingIdsErrors(missing, 'Sound effects'),
      };
    },
  );

  api.get(
    '/sfx/:id',
    {
      schema: {
        params: { type: 'object', required: ['id'], properties: { id: assetIdSchema } },
        querystring: {
          type: 'object',
          properties: {
            view: viewSchema('minimal'),
            language: languageSchema,
            library,
            search_id: { type: 'string' },
          },
        },
      },
    },
    async (request) => {
      const row = sfx.find(request.params.id);
      if (!row)
        throw SandboxError.notFound(`Sound effect ${request.params.id} not found`, '$.path.id');
      return toSfx(row, request.query.view, requestOrigin(request));
    },
  );
};
