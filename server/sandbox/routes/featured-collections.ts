// The vendor's featured image collections: list, details, items. Readable with any
// credentials (basic auth or a user token), as the document says.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { FeaturedCollectionRecord, FeaturedCollections } from '../collections/featured';
import { wholeList } from '../lib/answers';
import { imagePreviewPath } from '../media/plugin';
import { requestOrigin } from '../origin';
import {
  embedSchema,
  featuredFinder,
  featuredIdParams,
  featuredItemsAnswer,
  featuredItemsQuery,
  toFeatured as toFeaturedShape,
} from './featured';

type AssetHint = '1x' | '2x';

const assetHintSchema = { type: 'string', enum: ['1x', '2x'], default: '1x' } as const;

function toFeatured(
  collection: FeaturedCollectionRecord,
  origin: string,
  assetHint: AssetHint,
  embed: string | undefined,
) {
  const cover = collection.items[0] ?? '';
  return toFeaturedShape(collection, origin, embed, '/collections/featured/', {
    cover_item: {
      url: `${origin}${imagePreviewPath(cover, assetHint === '2x' ? 'preview_1000' : 'preview')}`,
    },
    hero_item: { url: `${origin}${imagePreviewPath(cover, 'preview_1500')}` },
  });
}

export const featuredCollectionsRoutes: FastifyPluginAsync<{
  featured: FeaturedCollections;
}> = async (app, { featured }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const find = featuredFinder(featured);

  api.get(
    '/images/collections/featured',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            embed: embedSchema,
            type: {
              type: 'array',
              items: { type: 'string', enum: ['photo', 'editorial', 'vector'] },
            },
            asset_hint: assetHintSchema,
          },
        },
      },
    },
    async (request) => {
      const { type, asset_hint, embed } = request.query;
      const origin = requestOrigin(request);
      const collections = featured
        .all()
        .filter((collection) => !type || type.includes(collection.type));
      return wholeList(collections.map((c) => toFeatured(c, origin, asset_hint, embed)));
    },
  );

  api.get(
    '/images/collections/featured/:id',
    {
      schema: {
        params: featuredIdParams,
        querystring: {
          type: 'object',
          properties: { embed: embedSchema, asset_hint: assetHintSchema },
        },
      },
    },
    async (request) =>
      toFeatured(
        find(request.params.id),
        requestOrigin(request),
        request.query.asset_hint,
        request.query.embed,
      ),
  );

  api.get(
    '/images/collections/featured/:id/items',
    { schema: { params: featuredIdParams, querystring: featuredItemsQuery } },
    async (request) => featuredItemsAnswer(find(request.params.id), request.query, 'image'),
  );
};
