// The vendor's featured video collections: list, details, items. Readable with any
// credentials, as the document says.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { wholeList } from '../lib/answers';
import { requestOrigin } from '../origin';
import type { FeaturedVideoCollection, FeaturedVideoCollections } from '../videos/featured';
import { videoMediaPath } from '../videos/media/paths';
import {
  embedSchema,
  featuredFinder,
  featuredIdParams,
  featuredItemsAnswer,
  featuredItemsQuery,
  toFeatured as toFeaturedShape,
} from './featured';

const toFeatured = (
  collection: FeaturedVideoCollection,
  origin: string,
  embed: string | undefined,
) =>
  toFeaturedShape(collection, origin, embed, '/collections/featured/videos/', {
    cover_item: {
      url: origin + videoMediaPath('videos', collection.items[0] ?? '', 'preview.jpg'),
    },
  });

export const featuredVideoCollectionsRoutes: FastifyPluginAsync<{
  featured: FeaturedVideoCollections;
}> = async (app, { featured }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const find = featuredFinder(featured);

  api.get(
    '/videos/collections/featured',
    { schema: { querystring: { type: 'object', properties: { embed: embedSchema } } } },
    async (request) => {
      const origin = requestOrigin(request);
      return wholeList(featured.all().map((c) => toFeatured(c, origin, request.query.embed)));
    },
  );

  api.get(
    '/videos/collections/featured/:id',
    {
      schema: {
        params: featuredIdParams,
        querystring: { type: 'object', properties: { embed: embedSchema } },
      },
    },
    async (request) =>
      toFeatured(find(request.params.id), requestOrigin(request), request.query.embed),
  );

  api.get(
    '/videos/collections/featured/:id/items',
    { schema: { params: featuredIdParams, querystring: featuredItemsQuery } },
    async (request) => featuredItemsAnswer(find(request.params.id), request.query, 'video'),
  );
};
