// The vendor's image operations: search, details, lists, categories, suggestions, similar.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { IMAGE_CATEGORIES } from '../categories';
import type { Catalog } from '../catalog';
import { toImage, type ImageView } from '../catalog/images';
import { byIdsAnswer } from '../by-ids';
import { SandboxError } from '../errors';
import { imageExtrasRoutes } from './image-extras';
import { requestOrigin } from '../origin';
import type { ImagePreviewStore } from '../media';
import { searchQuerySchema, type SearchQuery } from './image-search-query';
import {
  assetIdParams,
  byIdsQuery,
  detailsQuery,
  languageQuery,
  pageSlice,
  similarQuery,
  suggestionsQuery,
} from '../schemas';
import { searchAnswer, wholeList } from '../lib/answers';
import { PREPARE_PREVIEWS_HEADER } from '../../lib/hints';

/**
 * With PREPARE_PREVIEWS_HEADER (sent by the gateway with the app's searches) the first
 * results' grid thumbnails are rendered while the answer travels and the page lays out, so
 * they are ready (or on their way) when the browser asks for them. At most this many per
 * answer.
 */
const MAX_PREPARED = 12;
/** Serialized images kept (about 1–3 kB each); past it the store starts again. */
const MAX_FRAGMENTS = 20_000;

export const imagesRoutes: FastifyPluginAsync<{
  catalog: Catalog;
  previews?: ImagePreviewStore;
}> = async (app, { catalog, previews }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const { columns } = catalog;
  const images = (indexes: Int32Array, view: ImageView, origin: string) =>
    catalog.images
      .findMany(Array.from(indexes, (i) => columns.ids[i] as number))
      .map((row) => toImage(row, view, origin));
  const searchResults = (query: SearchQuery, origin: string) => {
    const result = catalog.search.search(query);
    return {
      ...searchAnswer(
        images(pageSlice(result.indexes, query), query.view, origin),
        query,
        result.indexes.length,
      ),
      spellcheck_info: result.spellcheckInfo,
    };
  };
  await app.register(imageExtrasRoutes, { catalog, searchResults });

  // Each image as JSON, made once per view and origin: the catalog does not change while the
  // server runs, and a search answer is then mostly these pieces joined.
  const fragments = new Map<string, string>();
  const imageJson = (ids: number[], view: ImageView, origin: string): string[] => {
    const keyOf = (id: number) => `${view}|${origin}|${id}`;
    const found = ids.map((id) => fragments.get(keyOf(id)));
    if (!found.includes(undefined)) return found as string[];
    const missing = ids.filter((_, index) => found[index] === undefined);
    if (fragments.size + missing.length > MAX_FRAGMENTS) fragments.clear();
    const made = new Map<number, string>();
    for (const row of catalog.images.findMany(missing)) {
      const json = JSON.stringify(toImage(row, view, origin));
      fragments.set(keyOf(row.id), json);
      made.set(row.id, json);
    }
    return ids.flatMap((id, index) => found[index] ?? made.get(id) ?? []);
  };

  api.get(
    '/images/search',
    { schema: { querystring: searchQuerySchema } },
    async (request, reply) => {
      const { query } = request;
      const result = catalog.search.search(query);
      const ids = Array.from(pageSlice(result.indexes, query), (i) => columns.ids[i] as number);
      const data = imageJson(ids, query.view, requestOrigin(request));
      const wanted = Math.min(MAX_PREPARED, Number(request.headers[PREPARE_PREVIEWS_HEADER]) || 0);
      if (previews && wanted > 0) {
        // The size a desktop grid row (130–260 px high) takes at 1×: see src/lib/images.ts.
        const first = ids.slice(0, wanted).map(String);
        setImmediate(() => previews.prepare(first, 'huge_thumb', request.log));
      }
      // The same answer as searchResults(), written around the images' ready JSON.
      const spellcheck =
        result.spellcheckInfo === undefined
          ? ''
          : `,"spellcheck_info":${JSON.stringify(result.spellcheckInfo)}`;
      return reply
        .type('application/json; charset=utf-8')
        .send(
          `{"data":[${data.join(',')}],"page":${query.page},"per_page":${query.per_page},` +
            `"total_count":${result.indexes.length},"search_id":"${randomUUID()}"${spellcheck}}`,
        );
    },
  );

  api.get(
    '/images/search/suggestions',
    { schema: { querystring: suggestionsQuery } },
    async (request) => ({
      data: catalog.suggestions.complete(request.query.query, request.query.limit),
    }),
  );

  app.get('/images/categories', { schema: { querystring: languageQuery } }, async () =>
    wholeList(IMAGE_CATEGORIES),
  );

  api.get('/images', { schema: { querystring: byIdsQuery() } }, async (request) => {
    const origin = requestOrigin(request);
    return byIdsAnswer(
      request.query.id,
      (ids) => catalog.images.findMany(ids),
      (row) => toImage(row, request.query.view, origin),
      'Images',
    );
  });

  api.get(
    '/images/:id',
    {
      schema: {
        params: assetIdParams,
        querystring: detailsQuery,
      },
    },
    async (request) => {
      const row = catalog.images.find(request.params.id);
      if (!row) throw SandboxError.notFound(`Image ${request.params.id} not found`, '$.path.id');
      return toImage(row, request.query.view, requestOrigin(request));
    },
  );

  api.get(
    '/images/:id/similar',
    {
      schema: {
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', pattern: '^([1-9]\\d*|U[a-zA-Z0-9]+)$' } },
        },
        querystring: similarQuery,
      },
    },
    async (request) => {
      const index = columns.indexOfParam(request.params.id);
      if (index < 0)
        throw SandboxError.notFound(`Image ${request.params.id} not found`, '$.path.id');
      const similar = catalog.similar.find(index);
      const { query } = request;
      return searchAnswer(
        images(pageSlice(similar, query), query.view, requestOrigin(request)),
        query,
        similar.length,
      );
    },
  );
};
