// The vendor's catalog collections (/v2/catalog/collections…) and catalog search
// (/v2/catalog/search): collections of any media type, over the user's own catalog.
import type { FastifyPluginAsync } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { UserRecord } from '../accounts';
import { requestUser, type RouteAuth } from '../auth';
import type {
  AssetRef,
  CatalogCollectionRow,
  CatalogCollectionStore,
} from '../collections/catalog-store';
import { toCatalogCollection, toCatalogItem } from '../collections/catalog-shapes';
import type { MediaKind } from '../collections/media';
import { SandboxError, type ErrorItem } from '../errors';
import { pageSchema } from '../schemas';
import { catalogSearch } from '../collections/catalog-search';

/** The vendor's catalog asset types; those without a catalog in the sandbox yet are refused. */
export const CATALOG_ASSET_TYPES = [
  'image',
  'video',
  'audio',
  'editorial-image',
  'editorial-video',
] as const;
const ITEMS_PER_REQUEST = 50;

const VIEW: RouteAuth = { kind: 'user', scopes: ['collections.view'] };
const EDIT: RouteAuth = { kind: 'user', scopes: ['collections.edit'] };
const VIEW_EDIT: RouteAuth = { kind: 'user', scopes: ['collections.view', 'collections.edit'] };

const sortSchema = { type: 'string', enum: ['newest', 'oldest'], default: 'newest' } as const;
const nameSchema = { type: 'string', minLength: 1, maxLength: 100_000 } as const;
const visibilitySchema = { type: 'string', enum: ['private', 'public'] } as const;
const assetItems = (minItems: number) =>
  ({
    type: 'array',
    minItems,
    maxItems: ITEMS_PER_REQUEST,
    items: {
      type: 'object',
      required: ['asset'],
      properties: {
        asset: {
          type: 'object',
          required: ['type'],
          properties: { id: { type: 'string' }, type: { type: 'string' } },
        },
      },
    },
  }) as const;
const idParams = {
  type: 'object',
  required: ['collection_id'],
  properties: { collection_id: { type: 'string' } },
} as const;

interface AssetItem {
  asset: { id?: string; type: string };
}

export const catalogRoutes: FastifyPluginAsync<{
  store: CatalogCollectionStore;
  kinds: Partial<Record<string, MediaKind>>;
}> = async (app, { store, kinds }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const owned = (user: UserRecord, id: string): CatalogCollectionRow => {
    const row = store.owned(user.id, id);
    if (!row) throw SandboxError.notFound(`Collection ${id} not found`, '$.path.collection_id');
    return row;
  };
  // A type from a request is any string: "constructor" must not find Object's.
  const kindOf = (type: string) => (Object.hasOwn(kinds, type) ? kinds[type] : undefined);
  const describe = (user: UserRecord, row: CatalogCollectionRow) => {
    const cover = store.cover(row);
    const name = cover
      ? kindOf(cover.asset_type)?.describe([cover.asset_id]).get(cover.asset_id)?.name
      : undefined;
    return toCatalogCollection(row, user, cover ? toCatalogItem(cover, name) : undefined);
  };

  /** The assets of a request, all known to the catalog, or a 400 naming each one that is not. */
  const assetsOf = (items: AssetItem[]): AssetRef[] => {
    const errors: ErrorItem[] = [];
    const byKind = new Map<MediaKind, { id: string; index: number }[]>();
    items.forEach(({ asset }, index) => {
      const path = `$.body.items[${index}].asset`;
      const kind = kindOf(asset.type);
      if (!kind) {
        const known = (CATALOG_ASSET_TYPES as readonly string[]).includes(asset.type);
        errors.push({
          code: 'VALIDATION_ENUM_MISMATCH',
          message: known
            ? `Asset type ${asset.type} is not available in the sandbox yet`
            : `type must be one of: ${CATALOG_ASSET_TYPES.join(', ')}`,
          path: `${path}.type`,
          data: asset.type,
        });
      } else if (!asset.id) {
        errors.push({
          code: 'VALIDATION_OBJECT_REQUIRED',
          message: 'Missing required property: id',
          path: `${path}.id`,
        });
      } else {
        byKind.set(kind, [...(byKind.get(kind) ?? []), { id: asset.id, index }]);
      }
    });
    for (const [kind, refs] of byKind) {
      const missing = new Set(kind.missing(refs.map((ref) => ref.id)));
      for (const ref of refs.filter((r) => missing.has(r.id))) {
        errors.push({
          code: 'NOT_FOUND',
          message: `${kind.label} ${ref.id} not found`,
          path: `$.body.items[${ref.index}].asset.id`,
          data: ref.id,
        });
      }
    }
    if (errors.length > 0) throw new SandboxError(400, 'Validation failed', errors);
    return items.map(({ asset }) => ({ type: asset.type, id: asset.id ?? '' }));
  };

  api.get(
    '/catalog/collections',
    {
      config: { auth: VIEW },
      schema: {
        querystring: {
          type: 'object',
          properties: {
            page: pageSchema,
            per_page: { type: 'integer', minimum: 2, maximum: 50, default: 20 },
            sort: sortSchema,
            shared: { type: 'boolean', default: false },
          },
        },
      },
    },
    async (request) => {
      const user = requestUser(request);
      const { page, per_page, shared } = request.query;
      // Nobody shares collections in the sandbox: the shared ones are none.
      const { rows, total } = shared ? { rows: [], total: 0 } : store.list(user.id, request.query);
      return { data: rows.map((row) => describe(user, row)), page, per_page, total_count: total };
    },
  );

  api.post(
    '/catalog/collections',
    {
      config: { auth: VIEW_EDIT },
      schema: {
        body: {
          type: 'object',
          required: ['name'],
          properties: {
            name: nameSchema,
            visibility: { ...visibilitySchema, default: 'private' },
            items: assetItems(0),
          },
        },
      },
    },
    async (request, reply) => {
      const user = requestUser(request);
      const { name, visibility = 'private', items = [] } = request.body;
      const id = store.create(user.id, name, visibility, assetsOf(items));
      return reply.code(201).send(describe(user, owned(user, String(id))));
    },
  );

  api.patch(
    '/catalog/collections/:collection_id',
    {
      config: { auth: VIEW_EDIT },
      schema: {
        params: idParams,
        body: {
          type: 'object',
          properties: {
            name: nameSchema,
            visibility: visibilitySchema,
            cover_asset: {
              type: 'object',
              required: ['id'],
              properties: { id: { type: 'string' } },
            },
          },
        },
      },
    },
    async (request) => {
      const user = requestUser(request);
      const row = owned(user, request.params.collection_id);
      const { name, visibility, cover_asset } = request.body;
      let coverItemId: number | undefined;
      if (cover_asset) {
        coverItemId = store.itemInCollection(row.id, cover_asset.id);
        if (coverItemId === undefined) {
          throw SandboxError.badRequest(
            `Asset ${cover_asset.id} is not in collection ${row.id}`,
            '$.body.cover_asset.id',
            'NOT_FOUND',
            cover_asset.id,
          );
        }
      }
      store.update(row.id, { name, visibility, coverItemId });
      return describe(user, owned(user, String(row.id)));
    },
  );

  api.delete(
    '/catalog/collections/:collection_id',
    { config: { auth: EDIT }, schema: { params: idParams } },
    async (request, reply) => {
      store.delete(owned(requestUser(request), request.params.collection_id).id);
      return reply.code(204).send();
    },
  );

  api.post(
    '/catalog/collections/:collection_id/items',
    {
      config: { auth: VIEW_EDIT },
      schema: {
        params: idParams,
        body: { type: 'object', required: ['items'], properties: { items: assetItems(1) } },
      },
    },
    async (request) => {
      const user = requestUser(request);
      const row = owned(user, request.params.collection_id);
      store.addItems(user.id, row.id, assetsOf(request.body.items));
      return describe(user, owned(user, String(row.id)));
    },
  );

  api.delete(
    '/catalog/collections/:collection_id/items',
    {
      config: { auth: VIEW_EDIT },
      schema: {
        params: idParams,
        body: {
          type: 'object',
          required: ['items'],
          properties: {
            items: {
              type: 'array',
              minItems: 1,
              maxItems: ITEMS_PER_REQUEST,
              items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
            },
          },
        },
      },
    },
    async (request) => {
      const user = requestUser(request);
      const row = owned(user, request.params.collection_id);
      store.removeItems(
        row.id,
        request.body.items.map((item) => item.id),
      );
      return describe(user, owned(user, String(row.id)));
    },
  );

  api.get(
    '/catalog/search',
    {
      config: { auth: VIEW },
      schema: {
        querystring: {
          type: 'object',
          properties: {
            sort: sortSchema,
            page: pageSchema,
            per_page: { type: 'integer', minimum: 0, maximum: 500, default: 20 },
            query: { type: 'string' },
            collection_id: { type: 'array', items: { type: 'string' }, maxItems: 50 },
            asset_type: {
              type: 'array',
              items: { type: 'string', enum: [...CATALOG_ASSET_TYPES, 'elements'] },
            },
          },
        },
      },
    },
    async (request) => {
      const query = request.query;
      const { items, total } = catalogSearch(
        store.catalogItems(requestUser(request).id),
        kinds,
        query,
      );
      return { data: items, page: query.page, per_page: query.per_page, total_count: total };
    },
  );
};
