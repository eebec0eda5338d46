// The vendor's licensing operations for every media type: license (POST …/licenses),
// license history (GET …/licenses) and re-download (POST …/licenses/{id}/downloads),
// for images, videos, music, sound effects, editorial images (and the older
// /v2/editorial/licenses) and editorial videos. A license request may carry an
// Idempotency-Key header: a repeat answers with the first answer and charges nothing.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Catalogs } from '../catalogs';
import type { Db } from '../db';
import { requestUser, type RouteAuth } from '../auth';
import type { DownloadMedia, DownloadSigner } from '../downloads/signing';
import { SandboxError } from '../errors';
import { licenseKinds, type LicenseRequestItem } from '../licenses/kinds';
import { Licensing, type Caller } from '../licenses/licensing';
import { Refusal } from '../licenses/refusal';
import { LicenseStore } from '../licenses/store';
import { requestOrigin } from '../origin';
import { assetIdSchema, pageSchema } from '../schemas';

/** The vendor's per-request limit (images, videos, music); the sandbox applies it to every type. */
export const LICENSE_ITEMS_MAX = 50;
const IDEMPOTENCY_KEY_MAX = 255;

const CREATE: RouteAuth = { kind: 'user', scopes: ['licenses.create'] };
const CREATE_AND_VIEW_PURCHASES: RouteAuth = {
  kind: 'user',
  scopes: ['licenses.create', 'purchases.view'],
};
const VIEW: RouteAuth = { kind: 'user', scopes: ['licenses.view'] };

const IMAGE_SIZES = ['small', 'medium', 'huge', 'vector', 'custom'];
const VIDEO_SIZES = ['web', 'sd', 'hd', '4k'];
const MUSIC_LICENSES = [
  'audio_platform',
  'premier_music_basic',
  'premier_music_extended',
  'premier_music_pro',
  'premier_music_comp',
  'asset_all_music',
];
const EDITORIAL_VIDEO_LICENSES = [
  'premier_editorial_video_digital_only',
  'premier_editorial_video_all_media',
  'premier_editorial_video_all_media_single_territory',
  'premier_editorial_video_comp',
];

const metadataSchema = { type: 'object', maxProperties: 4 } as const;
const cookieSchema = {
  type: 'object',
  required: ['name', 'value'],
  properties: { name: { type: 'string' }, value: { type: 'string' } },
} as const;
const list = (items: Record<string, unknown>) =>
  ({ type: 'array', minItems: 1, maxItems: LICENSE_ITEMS_MAX, items }) as const;
/** ISO 3166 alpha-3 (either case); the sandbox's editorial rights are kept in alpha-3. */
const countrySchema = { type: 'string', pattern: '^[A-Za-z]{3}$' } as const;

type Fields = Record<string, unknown>;

/**
 * One license endpoint: the body's list of items and what an item may carry beside its
 * asset id (the id field is the media kind's), the query's defaults for every item, and
 * fields of the whole request (editorial: country).
 */
interface LicenseRoute {
  path: string;
  media: DownloadMedia;
  auth: RouteAuth;
  list: string;
  item: {
    properties: Fields;
    required?: string[];
    /** Required too, but checked in the handler so the error names it. */
    checked?: string;
  };
  query?: Fields;
  body?: Fields;
}

const stringSchema = { type: 'string' } as const;
/** The query of the stock media (images, videos): defaults for every item. */
const stockQuery = (sizes: string[], size: string, extra: Fields = {}): Fields => ({
  subscription_id: stringSchema,
  ...extra,
  size: { type: 'string', enum: sizes, default: size },
  search_id: stringSchema,
});
/** An item of the stock media: subscription, size, metadata, price and search attribution. */
const stockItem = (
  sizes: string[],
  extra: Fields = {},
  last: Fields = {},
): LicenseRoute['item'] => ({
  properties: {
    subscription_id: stringSchema,
    size: { type: 'string', enum: sizes },
    ...extra,
    metadata: metadataSchema,
    editorial_acknowledgement: { type: 'boolean' },
    price: { type: 'number' },
    search_id: stringSchema,
    auth_cookie: cookieSchema,
    show_modal: { type: 'boolean' },
    ...last,
  },
});
/** An editorial license endpoint: items name their license; the body names the country of use. */
const editorialRoute = (
  path: string,
  media: 'editorial-image' | 'editorial-video',
  auth: RouteAuth,
  license: Fields,
): LicenseRoute => ({
  path,
  media,
  auth,
  list: 'editorial',
  body: { country: countrySchema },
  item: {
    required: ['license'],
    properties: {
      license,
      metadata: metadataSchema,
      size: {
        type: 'string',
        enum: media === 'editorial-image' ? ['small', 'medium', 'original'] : ['original'],
        default: 'original',
      },
    },
  },
});

/** An editorial image license: any name (no list of names is checked). */
const editorialImageLicense = { type: 'string', minLength: 1 } as const;

const LICENSE_ROUTES: LicenseRoute[] = [
  {
    path: '/images/licenses',
    media: 'image',
    auth: CREATE_AND_VIEW_PURCHASES,
    list: 'images',
    query: stockQuery(IMAGE_SIZES, 'huge', { format: { type: 'string', enum: ['eps', 'jpg'] } }),
    item: stockItem(
      IMAGE_SIZES,
      {
        format: { type: 'string', enum: ['jpg', 'eps'] },
        custom_dimensions: {
          type: 'object',
          properties: {
            width: { type: 'integer', minimum: 100 },
            height: { type: 'integer', minimum: 100 },
          },
        },
      },
      { verification_code: stringSchema },
    ),
  },
  {
    path: '/videos/licenses',
    media: 'video',
    auth: CREATE_AND_VIEW_PURCHASES,
    list: 'videos',
    query: stockQuery(VIDEO_SIZES, 'web'),
    item: stockItem(VIDEO_SIZES),
  },
  {
    path: '/audio/licenses',
    media: 'audio',
    auth: CREATE,
    list: 'audio',
    query: {
      license: { type: 'string', enum: MUSIC_LICENSES },
      search_id: stringSchema,
    },
    item: {
      properties: {
        license: { type: 'string', enum: MUSIC_LICENSES },
        search_id: stringSchema,
      },
    },
  },
  {
    path: '/sfx/licenses',
    media: 'sfx',
    auth: CREATE,
    list: 'sound_effects',
    item: {
      checked: 'subscription_id',
      properties: {
        subscription_id: stringSchema,
        format: { type: 'string', enum: ['wav', 'mp3'] },
        audio_layout: { type: 'string', enum: ['ambisonic', '5.1', 'stereo'] },
        search_id: stringSchema,
      },
    },
  },
  editorialRoute(
    '/editorial/images/licenses',
    'editorial-image',
    CREATE_AND_VIEW_PURCHASES,
    editorialImageLicense,
  ),
  editorialRoute('/editorial/licenses', 'editorial-image', CREATE, editorialImageLicense),
  editorialRoute('/editorial/videos/licenses', 'editorial-video', CREATE_AND_VIEW_PURCHASES, {
    type: 'string',
    enum: EDITORIAL_VIDEO_LICENSES,
  }),
];

/**
 * The request's items as licensing takes them: each field the route declares, from the
 * item or else from the query; sizes default to original, metadata to none.
 */
function requestItems(
  route: LicenseRoute,
  idField: string,
  request: FastifyRequest<{ Querystring: Fields; Body: Fields }>,
): LicenseRequestItem[] {
  const { body, query } = request;
  const raws = body[route.list] as Fields[];
  raws.forEach((raw, index) => {
    if (route.item.checked && raw[route.item.checked] === undefined) {
      throw SandboxError.badRequest(
        `Missing required property: ${route.item.checked}`,
        `$.body.${route.list}[${index}].${route.item.checked}`,
        'VALIDATION_OBJECT_REQUIRED',
      );
    }
  });
  const country = route.body?.country ? (body.country as string) : undefined;
  return raws.map((raw, index) => {
    const given = <T>(name: string) =>
      ((name in route.item.properties ? raw[name] : undefined) ??
        (route.query && name in route.query ? query[name] : undefined)) as T | undefined;
    return {
      path: `$.body.${route.list}[${index}]`,
      assetId: raw[idField] as string,
      subscriptionId: given<string>('subscription_id'),
      license: given<string>('license'),
      size: given<string>('size') ?? 'original',
      format: given<string>('format'),
      customDimensions: given<LicenseRequestItem['customDimensions']>('custom_dimensions'),
      metadata: given<Fields>('metadata') ?? {},
      editorialAcknowledgement: given<boolean>('editorial_acknowledgement'),
      price: given<number>('price'),
      searchId: given<string>('search_id'),
      country: country?.toUpperCase(),
    };
  });
}

interface HistoryQuerystring {
  page: number;
  per_page: number;
  sort: 'newest' | 'oldest';
  license?: string;
  username?: string;
  start_date?: string;
  end_date?: string;
  license_id?: string;
  download_availability: 'all' | 'downloadable' | 'non_downloadable';
  team_history: boolean;
  [assetId: string]: unknown;
}

/**
 * The license history endpoints: path, media, the asset id parameter (numeric where the
 * document says so) and per_page's minimum.
 */
const HISTORIES: {
  path: string;
  media: DownloadMedia;
  idParam: string;
  numericId: boolean;
  perPageMin: 0 | 1;
}[] = [
  { path: '/images/licenses', media: 'image', idParam: 'image_id', numericId: true, perPageMin: 1 },
  { path: '/videos/licenses', media: 'video', idParam: 'video_id', numericId: true, perPageMin: 1 },
  { path: '/audio/licenses', media: 'audio', idParam: 'audio_id', numericId: false, perPageMin: 0 },
  { path: '/sfx/licenses', media: 'sfx', idParam: 'sfx_id', numericId: true, perPageMin: 1 },
  {
    path: '/editorial/images/licenses',
    media: 'editorial-image',
    idParam: 'image_id',
    numericId: false,
    perPageMin: 0,
  },
  {
    path: '/editorial/videos/licenses',
    media: 'editorial-video',
    idParam: 'video_id',
    numericId: false,
    perPageMin: 0,
  },
];

export const licensesRoutes: FastifyPluginAsync<{
  /** The state database: licenses, subscriptions, idempotency keys. */
  state: Db;
  /** Signs the download links licensing hands out. */
  signer: DownloadSigner;
  catalogs: Catalogs;
}> = async (app, { state, signer, catalogs }) => {
  const kinds = licenseKinds(catalogs);
  const licensing = new Licensing(new LicenseStore(state), kinds, signer);

  const callerOf = (request: FastifyRequest): Caller => ({
    user: requestUser(request),
    origin: requestOrigin(request),
    now: new Date(),
  });

  /** Licenses the items once per Idempotency-Key and answers (status and body as first answered). */
  const answer = (
    request: FastifyRequest,
    reply: FastifyReply,
    media: DownloadMedia,
    items: LicenseRequestItem[],
  ) => {
    const key = idempotencyKey(request);
    const caller = callerOf(request);
    const fingerprint = JSON.stringify([request.method, request.url, request.body]);
    const result = licensing.once(caller, key, fingerprint, () =>
      licensing.license(media, items, caller),
    );
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(result.status).send(result.body);
  };

  // --- license ------------------------------------------------------------------------

  for (const route of LICENSE_ROUTES) {
    const { idField } = kinds[route.media];
    const itemSchema = {
      type: 'object',
      required: [idField, ...(route.item.required ?? [])],
      properties: { [idField]: { type: 'string' }, ...route.item.properties },
    };
    app.post<{ Querystring: Fields; Body: Fields }>(
      route.path,
      {
        config: { auth: route.auth },
        schema: {
          ...(route.query && {
            querystring: { type: 'object', properties: route.query },
          }),
          body: {
            type: 'object',
            required: [...Object.keys(route.body ?? {}), route.list],
            properties: { ...route.body, [route.list]: list(itemSchema) },
          },
        },
      },
      async (request, reply) =>
        answer(request, reply, route.media, requestItems(route, idField, request)),
    );
  }

  // --- history ------------------------------------------------------------------------

  for (const { path, media, idParam, perPageMin, numericId } of HISTORIES) {
    app.get<{ Querystring: HistoryQuerystring }>(
      path,
      {
        config: { auth: VIEW },
        schema: {
          querystring: {
            type: 'object',
            properties: {
              [idParam]: numericId ? assetIdSchema : { type: 'string', minLength: 1 },
              license: { type: 'string', minLength: 1 },
              page: pageSchema,
              per_page: { type: 'integer', minimum: perPageMin, maximum: 200, default: 20 },
              sort: { type: 'string', enum: ['newest', 'oldest'], default: 'newest' },
              username: { type: 'string' },
              start_date: { type: 'string', format: 'date-time' },
              end_date: { type: 'string', format: 'date-time' },
              license_id: { type: 'string', minLength: 1 },
              download_availability: {
                type: 'string',
                enum: ['all', 'downloadable', 'non_downloadable'],
                default: 'all',
              },
              team_history: { type: 'boolean', default: false },
            },
          },
        },
      },
      async (request) => {
        const query = request.query;
        const user = requestUser(request);
        const start = query.start_date ? new Date(query.start_date) : undefined;
        const end = query.end_date ? new Date(query.end_date) : undefined;
        if (start && end && !(start < end)) {
          throw SandboxError.badRequest(
            'end_date must be after start_date',
            '$.query.end_date',
            'VALIDATION_ERROR',
            query.end_date,
          );
        }
        const { data, total_count } = licensing.history(
          {
            media,
            userId: user.id,
            teamId: user.team_id,
            teamHistory: query.team_history,
            assetId: typeof query[idParam] === 'string' ? query[idParam] : undefined,
            licenseId: query.license_id,
            license: query.license,
            username: query.username || undefined,
            start: start?.toISOString(),
            end: end?.toISOString(),
            downloadable:
              query.download_availability === 'all'
                ? undefined
                : query.download_availability === 'downloadable',
            newestFirst: query.sort === 'newest',
            limit: query.per_page,
            offset: (query.page - 1) * query.per_page,
          },
          new Date(),
        );
        return { data, page: query.page, per_page: query.per_page, total_count };
      },
    );
  }

  // --- re-download --------------------------------------------------------------------

  const redownloads: { path: string; media: DownloadMedia; sizes?: string[] }[] = [
    {
      path: '/images/licenses/:id/downloads',
      media: 'image',
      sizes: ['small', 'medium', 'huge', 'supersize', 'vector'],
    },
    { path: '/videos/licenses/:id/downloads', media: 'video', sizes: VIDEO_SIZES },
    { path: '/audio/licenses/:id/downloads', media: 'audio' },
    { path: '/sfx/licenses/:id/downloads', media: 'sfx' },
  ];
  for (const { path, media, sizes } of redownloads) {
    app.post<{ Params: { id: string }; Body: { size?: string } | undefined }>(
      path,
      {
        config: { auth: VIEW },
        schema: {
          params: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
          },
          ...(sizes
            ? {
                body: {
                  type: ['object', 'null'],
                  properties: {
                    size: { type: 'string', enum: sizes },
                    auth_cookie: cookieSchema,
                    show_modal: { type: 'boolean' },
                    verification_code: { type: 'string' },
                  },
                },
              }
            : {}),
        },
      },
      async (request, reply) => {
        const outcome = licensing.redownload(
          media,
          request.params.id,
          request.body?.size,
          callerOf(request),
        );
        if (outcome instanceof Refusal) {
          return reply
            .code(outcome.status)
            .send({ message: outcome.message, errors: [outcome.item()] });
        }
        return outcome;
      },
    );
  }
};

/** The Idempotency-Key header, when sent (1–255 characters). */
function idempotencyKey(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  const key = Array.isArray(value) ? value[0] : value;
  if (!key || key.length > IDEMPOTENCY_KEY_MAX) {
    throw SandboxError.badRequest(
      `Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`,
      '$.header.idempotency-key',
    );
  }
  return key;
}
