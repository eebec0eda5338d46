// The vendor's per-user collections of one media type (/v2/{images|videos|audio}/collections):
// create, list, details, rename, delete, add items, list items, remove items. Registered
// once per media type with its MediaKind; the machinery is the same for all of them.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { requestUser, type RouteAuth } from '../auth';
import {
  COLLECTION_ITEMS_PER_REQUEST,
  COLLECTION_NAME_MAX,
  COLLECTION_PER_PAGE_MAX,
} from '../collections/limits';
import type { MediaKind } from '../collections/media';
import { toCollection, toItem } from '../collections/shapes';
import type { CollectionRow, CollectionStore } from '../collections/store';
import { SandboxError } from '../errors';
import { requestOrigin } from '../origin';
import { pageSchema } from '../schemas';

const VIEW: RouteAuth = { kind: 'user', scopes: ['collections.view'] };
const EDIT: RouteAuth = { kind: 'user', scopes: ['collections.edit'] };

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[1-9]\\d{0,15}$' } },
} as const;
const perPage = {
  type: 'integer',
  minimum: 1,
  maximum: COLLECTION_PER_PAGE_MAX,
  default: 100,
} as const;
const embedSchema = {
  type: 'array',
  items: { type: 'string', enum: ['share_code', 'share_url'] },
  default: [],
} as const;
const nameBody = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', minLength: 1, maxLength: COLLECTION_NAME_MAX } },
} as const;

/** A name as stored: trimmed, and not blank. */
function collectionName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw SandboxError.badRequest('name must not be blank', '$.body.name');
  return trimmed;
}

export const collectionsRoutes: FastifyPluginAsync<{
  kind: MediaKind;
  store: CollectionStore;
}> = async (app, { kind, store }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const base = `/${kind.segment}/collections`;
  const notFound = (id: string) => SandboxError.notFound(`Collection ${id} not found`, '$.path.id');
  const owned = (userId: string, id: string): CollectionRow => {
    const row = store.owned(userId, kind.mediaType, id);
    if (!row) throw notFound(id);
    return row;
  };

  api.get(
    base,
    {
      config: { auth: VIEW },
      schema: {
        querystring: {
          type: 'object',
          properties: { page: pageSchema, per_page: perPage, embed: embedSchema },
        },
      },
    },
    async (request) => {
      const { page, per_page, embed } = request.query;
      const { rows, total } = store.list(requestUser(request).id, kind.mediaType, request.query);
      const origin = requestOrigin(request);
      return {
        data: rows.map((row) => toCollection(kind, row, store.coverItem(row.id), embed, origin)),
        page,
        per_page,
        total_count: total,
      };
    },
  );

  api.post(base, { config: { auth: EDIT }, schema: { body: nameBody } }, async (request, reply) => {
    const id = store.create(
      requestUser(request).id,
      kind.mediaType,
      collectionName(request.body.name),
    );
    return reply.code(201).send({ id });
  });

  api.get(
    `${base}/:id`,
    {
      config: { auth: VIEW },
      schema: {
        params: idParams,
        querystring: {
          type: 'object',
          properties: { embed: embedSchema, share_code: { type: 'string' } },
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const reader = { userId: requestUser(request).id, shareCode: request.query.share_code };
      const row = store.find(reader, kind.mediaType, id);
      if (!row) throw notFound(id);
      return toCollection(
        kind,
        row,
        store.coverItem(row.id),
        request.query.embed,
        requestOrigin(request),
      );
    },
  );

  api.post(
    `${base}/:id`,
    { config: { auth: EDIT }, schema: { params: idParams, body: nameBody } },
    async (request, reply) => {
      const row = owned(requestUser(request).id, request.params.id);
      store.rename(row.id, collectionName(request.body.name));
      return reply.code(204).send();
    },
  );

  api.delete(
    `${base}/:id`,
    { config: { auth: EDIT }, schema: { params: idParams } },
    async (request, reply) => {
      store.delete(owned(requestUser(request).id, request.params.id).id);
      return reply.code(204).send();
    },
  );

  api.get(
    `${base}/:id/items`,
    {
      config: { auth: VIEW },
      schema: {
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            page: pageSchema,
            per_page: perPage,
            sort: { type: 'string', enum: ['newest', 'oldest'], default: 'oldest' },
            share_code: { type: 'string' },
          },
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const reader = { userId: requestUser(request).id, shareCode: request.query.share_code };
      const row = store.find(reader, kind.mediaType, id);
      if (!row) throw notFound(id);
      return {
        data: store.items(row.id, request.query).map((item) => toItem(kind, item)),
        page: request.query.page,
        per_page: request.query.per_page,
        total_count: row.total_item_count,
      };
    },
  );

  api.post(
    `${base}/:id/items`,
    {
      config: { auth: EDIT },
      schema: {
        params: idParams,
        body: {
          type: 'object',
          required: ['items'],
          properties: {
            items: {
              type: 'array',
              minItems: 1,
              maxItems: COLLECTION_ITEMS_PER_REQUEST,
              items: {
                type: 'object',
                required: ['id'],
                properties: { id: { type: 'string' }, media_type: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const row = owned(requestUser(request).id, request.params.id);
      const { items } = request.body;
      const wrongType = items.findIndex(
        (item) => item.media_type !== undefined && item.media_type !== kind.mediaType,
      );
      if (wrongType >= 0) {
        throw SandboxError.badRequest(
          `A ${kind.segment} collection holds ${kind.mediaType} items only`,
          `$.body.items[${wrongType}].media_type`,
          'VALIDATION_ENUM_MISMATCH',
          items[wrongType]?.media_type,
        );
      }
      const ids = items.map((item) => item.id);
      const missing = new Set(kind.missing(ids));
      if (missing.size > 0) {
        throw new SandboxError(
          400,
          'Validation failed',
          ids.flatMap((itemId, index) =>
            missing.has(itemId)
              ? [
                  {
                    code: 'NOT_FOUND',
                    message: `${kind.label} ${itemId} not found`,
                    path: `$.body.items[${index}].id`,
                    data: itemId,
                  },
                ]
              : [],
          ),
        );
      }
      store.addItems(row.id, ids);
      return reply.code(204).send();
    },
  );

  api.delete(
    `${base}/:id/items`,
    {
      config: { auth: EDIT },
      schema: {
        params: idParams,
        querystring: {
          type: 'object',
          required: ['item_id'],
          properties: {
            item_id: {
              type: 'array',
              items: { type: 'string' },
              minItems: 1,
              maxItems: COLLECTION_ITEMS_PER_REQUEST,
            },
          },
        },
      },
    },
    async (request, reply) => {
      const row = owned(requestUser(request).id, request.params.id);
      const ids = request.query.item_id.flatMap((value) => value.split(',')).filter(Boolean);
      store.removeItems(row.id, ids);
      return reply.code(204).send();
    },
  );
};
