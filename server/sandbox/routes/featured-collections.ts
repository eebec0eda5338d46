// The vendor's featured image collections: list, details, items. Readable with any
// credentials (basic auth or a user token), as the document says.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { FeaturedCollectionRecord, FeaturedCollections } from '../collections/featured';
import { SandboxError } from '../errors';
import { imagePreviewPath } from '../media/plugin';
import { requestOrigin } from '../origin';
import { pageSchema } from '../schemas';

type AssetHint = '1x' | '2x';

const embedSchema = { type: 'string', enum: ['share_url'] } as const;
const assetHintSchema = { type: 'string', enum: ['1x', '2x'], default: '1x' } as const;
const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' } },
} as const;

function toFeatured(
  collection: FeaturedCollectionRecord,
  origin: string,
  assetHint: AssetHint,
  embed: string | undefined,
) {
  const cover = collection.items[0] ?? '';
  return {
    id: collection.id,
    name: collection.name,
    total_item_count: collection.items.length,
    created_time: collection.time,
    updated_time: collection.time,
    items_updated_time: collection.time,
    cover_item: {
      url: `${origin}${imagePreviewPath(cover, assetHint === '2x' ? 'preview_1000' : 'preview')}`,
    },
    hero_item: { url: `${origin}${imagePreviewPath(cover, 'preview_1500')}` },
    ...(embed === 'share_url'
      ? { share_url: `${origin}/collections/featured/${collection.id}` }
      : {}),
  };
}

export const featuredCollectionsRoutes: FastifyPluginAsync<{
  featured: FeaturedCollections;
}> = async (app, { featured }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const find = (id: string) => {
    const collection = featured.find(id);
    if (!collection)
      throw SandboxError.notFound(`Featured collection ${id} not found`, '$.path.id');
    return collection;
  };

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
      return {
        data: collections.map((c) => toFeatured(c, origin, asset_hint, embed)),
        page: 1,
        per_page: collections.length,
        total_count: collections.length,
      };
    },
  );

  api.get(
    '/images/collections/featured/:id',
    {
      schema: {
        params: idParams,
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
    {
      schema: {
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            page: pageSchema,
            per_page: { type: 'integer', minimum: 1, maximum: 150, default: 100 },
          },
        },
      },
    },
    async (request) => {
      const collection = find(request.params.id);
      const { page, per_page } = request.query;
      const start = (page - 1) * per_page;
      return {
        data: collection.items
          .slice(start, start + per_page)
          .map((id) => ({ id, media_type: 'image', added_time: collection.time })),
        page,
        per_page,
        total_count: collection.items.length,
      };
    },
  );
};
