// The vendor's music operations: search, details, several by id, genres, instruments, moods.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { AudioCatalog } from '../audio';
import { GENRE_NAMES, INSTRUMENTS, MOOD_NAMES } from '../audio/vocab';
import { byIdsAnswer } from '../by-ids';
import { SandboxError } from '../errors';
import { searchAnswer } from '../lib/answers';
import { requestOrigin } from '../origin';
import {
  assetIdParams,
  byIdsQuery,
  languageQuery,
  languageSchema,
  pageSchema,
  pageSlice,
  searchPerPageSchema,
  stringList,
  viewSchema,
} from '../schemas';

const integer = { type: 'integer' } as const;

const searchQuerySchema = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    artists: stringList(),
    bpm: integer,
    bpm_from: integer,
    bpm_to: integer,
    duration: integer,
    duration_from: integer,
    duration_to: integer,
    genre: stringList(),
    instruments: stringList(),
    moods: stringList(),
    is_instrumental: { type: 'boolean' },
    vocal_description: { type: 'string' },
    page: pageSchema,
    per_page: searchPerPageSchema,
    sort: {
      type: 'string',
      enum: ['score', 'ranking_all', 'artist', 'title', 'bpm', 'freshness', 'duration'],
    },
    sort_order: { type: 'string', enum: ['asc', 'desc'], default: 'desc' },
    view: viewSchema('minimal'),
    fields: { type: 'string' },
    library: { type: 'string', enum: ['shutterstock', 'premier'], default: 'premier' },
    language: languageSchema,
  },
} as const;

const vocabulary = (names: readonly string[]) => ({ data: [...names] });
const languageOnly = { querystring: languageQuery } as const;

export const audioRoutes: FastifyPluginAsync<{ audio: AudioCatalog }> = async (app, { audio }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const { columns, tracks } = audio;

  api.get('/audio/search', { schema: { querystring: searchQuerySchema } }, async (request) => {
    const query = request.query;
    const indexes = audio.search.search(query);
    const ids = Array.from(pageSlice(indexes, query), (i) => columns.ids[i] as number);
    const origin = requestOrigin(request);
    return searchAnswer(
      tracks.findMany(ids).map((row) => tracks.toAudio(row, query.view, origin)),
      query,
      indexes.length,
    );
  });

  app.get('/audio/genres', { schema: languageOnly }, async () => vocabulary(GENRE_NAMES));
  app.get('/audio/instruments', { schema: languageOnly }, async () => vocabulary(INSTRUMENTS));
  app.get('/audio/moods', { schema: languageOnly }, async () => vocabulary(MOOD_NAMES));

  api.get('/audio', { schema: { querystring: byIdsQuery() } }, async (request) => {
    const origin = requestOrigin(request);
    return byIdsAnswer(
      request.query.id,
      (ids) => tracks.findMany(ids),
      (row) => tracks.toAudio(row, request.query.view, origin),
      'Tracks',
    );
  });

  api.get(
    '/audio/:id',
    {
      schema: {
        params: assetIdParams,
        querystring: {
          type: 'object',
          properties: { view: viewSchema('full'), search_id: { type: 'string' } },
        },
      },
    },
    async (request) => {
      const row = tracks.find(request.params.id);
      if (!row) throw SandboxError.notFound(`Track ${request.params.id} not found`, '$.path.id');
      return tracks.toAudio(row, request.query.view, requestOrigin(request));
    },
  );
};
