// The vendor's featured video collections: list, details, items. Readable with any
// credentials, as the document says.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { SandboxError } from '../errors';
import { requestOrigin } from '../origin';
import { pageSchema } from '../schemas';
import type { FeaturedVideoCollection, FeaturedVideoCollections } from '../videos/featured';
import { videoMediaPath } from '../videos/media/paths';

const embedSchema = { type: 'string', enum: ['share_url'] } as const;
const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' } },
} as const;

function toFeatured(
  collection: FeaturedVideoCollection,
  origin: string,
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
    cover_item: { url: origin + videoMediaPath('videos', cover, 'preview.jpg') },
    ...(embed === 'share_url'
      ? { share_url: `${origin}/collections/featured/videos/${collection.id}` }
      : {}),
  };
}

export const featuredVideoCollectionsRoutes: FastifyPluginAsync<{
  featured: FeaturedVideoCollections;
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
    '/videos/collections/featured',
    { schema: { querystring: { type: 'object', properties: { embed: embedSchema } } } },
    async (request) => {
      const collections = featured.all();
      const origin = requestOrigin(request);
      return {
        data: collections.map((c) => toFeatured(c, origin, request.query.embed)),
        page: 1,
        per_page: collections.length,
        total_count: collections.length,
      };
    },
  );

  api.get(
    '/videos/collections/featured/:id',
    {
      schema: {
        params: idParams,
        querystring: { type: 'object', properties: { embed: embedSchema } },
      },
    },
    async (request) =>
      toFeatured(find(request.params.id), requestOrigin(request), request.query.embed),
  );

  api.get(
    '/videos/collections/featured/:id/items',
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
          .map((id) => ({ id, media_type: 'video', added_time: collection.time })),
        page,
        per_page,
        total_count: collection.items.length,
      };
    },
  );
};
