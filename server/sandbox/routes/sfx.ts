// The vendor's sound-effect operations: search, details, several by id.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { AudioCatalog } from '../audio';
import { toSfx } from '../audio/sfx';
import { byIdsAnswer } from '../by-ids';
import { SandboxError } from '../errors';
import { searchAnswer } from '../lib/answers';
import { requestOrigin } from '../origin';
import {
  assetIdParams,
  byIdsQuery,
  addedDateProperties,
  languageSchema,
  pageSchema,
  pageSlice,
  viewSchema,
} from '../schemas';

const integer = { type: 'integer' } as const;
const library = { type: 'string', enum: ['shutterstock', 'premier', 'premiumbeat'] } as const;

const searchQuerySchema = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    ...addedDateProperties,
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
    return searchAnswer(
      sfx.findMany(ids).map((row) => toSfx(row, query.view, origin)),
      query,
      indexes.length,
    );
  });

  api.get(
    '/sfx',
    { schema: { querystring: byIdsQuery({ language: languageSchema, library }) } },
    async (request) => {
      const origin = requestOrigin(request);
      return byIdsAnswer(
        request.query.id,
        (ids) => sfx.findMany(ids),
        (row) => toSfx(row, request.query.view, origin),
        'Sound effects',
        false,
      );
    },
  );

  api.get(
    '/sfx/:id',
    {
      schema: {
        params: assetIdParams,
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
