// The vendor's contributors' collections: list, details, items. Readable with any
// credentials (basic auth or a user token), as the document says.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import {
  itemTime,
  type ContributorCollectionRecord,
  type ContributorCollections,
} from '../collections/contributors';
import type { ContributorProfiles } from '../contributors/profiles';
import { missingIdsErrors, SandboxError } from '../errors';
import { pageSchema, pageSlice } from '../schemas';

type ListSort = 'newest' | 'last_updated' | 'item_count';

const contributorParams = {
  type: 'object',
  required: ['contributor_id'],
  properties: { contributor_id: { type: 'string' } },
} as const;
const collectionParams = {
  type: 'object',
  required: ['contributor_id', 'id'],
  properties: { contributor_id: { type: 'string' }, id: { type: 'string' } },
} as const;

const toCollection = (collection: ContributorCollectionRecord) => ({
  id: collection.id,
  name: collection.name,
  total_item_count: collection.items.length,
  created_time: collection.created_time,
  updated_time: collection.updated_time,
  items_updated_time: collection.updated_time,
  ...(collection.items[0]
    ? {
        cover_item: {
          id: String(collection.items[0].id),
          media_type: 'image',
          added_time: itemTime(collection.items[0].added_date),
        },
      }
    : {}),
});

const SORTS: Record<
  ListSort,
  (a: ContributorCollectionRecord, b: ContributorCollectionRecord) => number
> = {
  newest: (a, b) => b.created_time.localeCompare(a.created_time),
  last_updated: (a, b) => b.updated_time.localeCompare(a.updated_time),
  item_count: (a, b) => b.items.length - a.items.length,
};

export const contributorsRoutes: FastifyPluginAsync<{
  collections: ContributorCollections;
  profiles: ContributorProfiles;
}> = async (app, { collections, profiles }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  api.get(
    '/contributors',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 100 },
          },
        },
      },
    },
    async (request) => {
      const ids = [
        ...new Set(request.query.id.flatMap((id) => id.split(',')).map((id) => id.trim())),
      ].filter(Boolean);
      if (ids.length === 0)
        throw SandboxError.badRequest('id must name at least one contributor', '$.query.id');
      const found = ids.map((id) => profiles.find(id)).filter((p) => p !== undefined);
      const missing = ids.filter((id) => !found.some((p) => p.id === id));
      return {
        data: found,
        ...missingIdsErrors(missing, 'Contributors'),
        page: 1,
        per_page: ids.length,
        total_count: found.length,
      };
    },
  );

  api.get(
    '/contributors/:contributor_id',
    { schema: { params: contributorParams } },
    async (request) => {
      const profile = profiles.find(request.params.contributor_id);
      if (!profile)
        throw SandboxError.notFound(
          `Contributor ${request.params.contributor_id} not found`,
          '$.path.contributor_id',
        );
      return profile;
    },
  );

  const collectionsOf = (contributorId: string) => {
    const list = collections.of(contributorId);
    if (!list)
      throw SandboxError.notFound(
        `Contributor ${contributorId} not found`,
        '$.path.contributor_id',
      );
    return list;
  };
  const find = (contributorId: string, id: string) => {
    const collection = collectionsOf(contributorId).find((c) => c.id === id);
    if (!collection) throw SandboxError.notFound(`Collection ${id} not found`, '$.path.id');
    return collection;
  };

  api.get(
    '/contributors/:contributor_id/collections',
    {
      schema: {
        params: contributorParams,
        querystring: {
          type: 'object',
          properties: { sort: { type: 'string', enum: ['newest', 'last_updated', 'item_count'] } },
        },
      },
    },
    async (request) => {
      const list = [...collectionsOf(request.params.contributor_id)];
      if (request.query.sort) list.sort(SORTS[request.query.sort]);
      return {
        data: list.map(toCollection),
        page: 1,
        per_page: list.length,
        total_count: list.length,
      };
    },
  );

  api.get(
    '/contributors/:contributor_id/collections/:id',
    { schema: { params: collectionParams } },
    async (request) => toCollection(find(request.params.contributor_id, request.params.id)),
  );

  api.get(
    '/contributors/:contributor_id/collections/:id/items',
    {
      schema: {
        params: collectionParams,
        querystring: {
          type: 'object',
          properties: {
            page: pageSchema,
            per_page: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
            sort: { type: 'string', enum: ['newest', 'oldest'] },
          },
        },
      },
    },
    async (request) => {
      const collection = find(request.params.contributor_id, request.params.id);
      const { page, per_page, sort } = request.query;
      const items = [...collection.items];
      // Ids grow with the date added: by id is by date.
      if (sort === 'newest') items.sort((a, b) => b.id - a.id);
      if (sort === 'oldest') items.sort((a, b) => a.id - b.id);
      return {
        data: pageSlice(items, { page, per_page }).map((item) => ({
          id: String(item.id),
          media_type: 'image',
          added_time: itemTime(item.added_date),
        })),
        page,
        per_page,
        total_count: items.length,
      };
    },
  );
};
