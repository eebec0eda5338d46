// The vendor's video operations: search, suggestions, details, lists, similar videos,
// updated videos and categories, over the video catalog (videos.sqlite).
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { byIdsAnswer } from '../by-ids';
import { SandboxError } from '../errors';
import { pagedAnswer, searchAnswer, wholeList } from '../lib/answers';
import { requestOrigin } from '../origin';
import {
  assetIdParams,
  byIdsQuery,
  addedDateProperties,
  dateSchema as date,
  detailsQuery,
  languageQuery,
  languageSchema,
  pageSchema,
  pageSlice,
  searchPerPageSchema,
  similarQuery,
  stringList,
  suggestionsQuery,
  viewSchema,
} from '../schemas';
import { PEOPLE_AGES, PEOPLE_ETHNICITIES } from '../seed/people';
import type { VideoCatalog } from '../videos';
import { VIDEO_CATEGORIES } from '../videos/categories';
import { updatedVideos, updateWindow } from '../videos/updated';
import { toVideo, type VideoView } from '../videos/videos';

const searchQuerySchema = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    ...addedDateProperties,
    aspect_ratio: { type: 'string', enum: ['4_3', '16_9', 'nonstandard'] },
    category: { type: 'string' },
    contributor: stringList(),
    contributor_country: stringList({ type: 'string', pattern: '^(?:[A-Z]{2}|[a-z]{2})$' }),
    duration: { type: 'integer', minimum: 0 },
    duration_from: { type: 'integer', minimum: 0 },
    duration_to: { type: 'integer', minimum: 0 },
    fps: { type: 'number', exclusiveMinimum: 0 },
    fps_from: { type: 'number', minimum: 0 },
    fps_to: { type: 'number', minimum: 0 },
    keyword_safe_search: { type: 'boolean', default: true },
    language: languageSchema,
    license: stringList({ type: 'string', enum: ['commercial', 'editorial'] }),
    model: stringList(),
    page: pageSchema,
    per_page: searchPerPageSchema,
    people_age: { type: 'string', enum: PEOPLE_AGES },
    people_ethnicity: stringList({ type: 'string', enum: PEOPLE_ETHNICITIES }),
    people_gender: { type: 'string', enum: ['male', 'female', 'both'] },
    people_number: { type: 'integer', minimum: 0, maximum: 4 },
    people_model_released: { type: 'boolean' },
    resolution: { type: 'string', enum: ['4k', 'standard_definition', 'high_definition'] },
    safe: { type: 'boolean', default: true },
    sort: {
      type: 'string',
      enum: ['newest', 'popular', 'relevance', 'random'],
      default: 'popular',
    },
    view: viewSchema('minimal'),
  },
} as const;

export const videosRoutes: FastifyPluginAsync<{ catalog: VideoCatalog }> = async (
  app,
  { catalog },
) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const { columns } = catalog;
  const videos = (indexes: Int32Array, view: VideoView, origin: string) =>
    catalog.videos
      .findMany(Array.from(indexes, (i) => columns.ids[i] as number))
      .map((row) => toVideo(row, view, origin));
  const notFound = (id: string) => SandboxError.notFound(`Video ${id} not found`, '$.path.id');

  api.get('/videos/search', { schema: { querystring: searchQuerySchema } }, async (request) => {
    const query = request.query;
    const result = catalog.search.search(query);
    return {
      ...searchAnswer(
        videos(pageSlice(result.indexes, query), query.view, requestOrigin(request)),
        query,
        result.indexes.length,
      ),
      ...(result.spellcheckedQuery
        ? { message: `Showing results for "${result.spellcheckedQuery}"` }
        : {}),
    };
  });

  api.get(
    '/videos/search/suggestions',
    { schema: { querystring: suggestionsQuery } },
    async (request) => ({
      data: catalog.suggestions.complete(request.query.query, request.query.limit),
    }),
  );

  app.get('/videos/categories', { schema: { querystring: languageQuery } }, async () =>
    wholeList(VIDEO_CATEGORIES),
  );

  api.get(
    '/videos/updated',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            start_date: date,
            end_date: date,
            interval: { type: 'string' },
            page: pageSchema,
            per_page: { type: 'integer', minimum: 1, maximum: 2000, default: 100 },
            sort: { type: 'string', enum: ['newest', 'oldest'], default: 'newest' },
          },
        },
      },
    },
    async (request) => {
      const updates = updatedVideos(
        columns,
        updateWindow(request.query, Date.now()),
        request.query.sort,
      );
      return pagedAnswer(pageSlice(updates, request.query), request.query, updates.length);
    },
  );

  api.get('/videos', { schema: { querystring: byIdsQuery() } }, async (request) => {
    const origin = requestOrigin(request);
    return byIdsAnswer(
      request.query.id,
      (ids) => catalog.videos.findMany(ids),
      (row) => toVideo(row, request.query.view, origin),
      'Videos',
    );
  });

  api.get(
    '/videos/:id',
    {
      schema: {
        params: assetIdParams,
        querystring: detailsQuery,
      },
    },
    async (request) => {
      const row = catalog.videos.find(request.params.id);
      if (!row) throw notFound(request.params.id);
      return toVideo(row, request.query.view, requestOrigin(request));
    },
  );

  api.get(
    '/videos/:id/similar',
    {
      schema: {
        params: assetIdParams,
        querystring: similarQuery,
      },
    },
    async (request) => {
      const index = columns.indexOfParam(request.params.id);
      if (index < 0) throw notFound(request.params.id);
      const similar = catalog.similar.find(index);
      const { query } = request;
      return searchAnswer(
        videos(pageSlice(similar, query), query.view, requestOrigin(request)),
        query,
        similar.length,
      );
    },
  );
};
