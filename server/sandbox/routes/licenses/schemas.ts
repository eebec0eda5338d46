// The schemas of the licensing routes (see index.ts): each license endpoint's body and
// query, the history endpoints' query, and the re-download body.
import type { RouteAuth } from '../../auth';
import type { DownloadMedia } from '../../downloads/signing';
import { assetIdSchema, pageSchema } from '../../schemas';

/** The vendor's per-request limit (images, videos, music); the sandbox applies it to every type. */
export const LICENSE_ITEMS_MAX = 50;
export const IDEMPOTENCY_KEY_MAX = 255;

const CREATE: RouteAuth = { kind: 'user', scopes: ['licenses.create'] };
const CREATE_AND_VIEW_PURCHASES: RouteAuth = {
  kind: 'user',
  scopes: ['licenses.create', 'purchases.view'],
};
export const VIEW: RouteAuth = { kind: 'user', scopes: ['licenses.view'] };

const IMAGE_SIZES = ['small', 'medium', 'huge', 'vector', 'custom'];
export const VIDEO_SIZES = ['web', 'sd', 'hd', '4k'];
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
export const cookieSchema = {
  type: 'object',
  required: ['name', 'value'],
  properties: { name: { type: 'string' }, value: { type: 'string' } },
} as const;
export const list = (items: Record<string, unknown>) =>
  ({ type: 'array', minItems: 1, maxItems: LICENSE_ITEMS_MAX, items }) as const;
/** ISO 3166 alpha-3 (either case); the sandbox's editorial rights are kept in alpha-3. */
const countrySchema = { type: 'string', pattern: '^[A-Za-z]{3}$' } as const;

export type Fields = Record<string, unknown>;

/**
 * One license endpoint: the body's list of items and what an item may carry beside its
 * asset id (the id field is the media kind's), the query's defaults for every item, and
 * fields of the whole request (editorial: country).
 */
export interface LicenseRoute {
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

export const LICENSE_ROUTES: LicenseRoute[] = [
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
 * The license history endpoints: path, media, the asset id parameter (numeric where the
 * document says so) and per_page's minimum.
 */
export const HISTORIES: {
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

/** The query of a license history; `idParam` names the asset (image_id, video_id, …). */
export const historyQuery = (idParam: string, numericId: boolean, perPageMin: 0 | 1) =>
  ({
    type: 'object',
    properties: {
      // Its name depends on the media type: read by name, not typed.
      ...({ [idParam]: numericId ? assetIdSchema : { type: 'string', minLength: 1 } } as Record<
        never,
        never
      >),
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
  }) as const;

/** The re-download endpoints, and the sizes a re-download may ask for (none: no body read). */
export const REDOWNLOADS: { path: string; media: DownloadMedia; sizes?: string[] }[] = [
  {
    path: '/images/licenses/:id/downloads',
    media: 'image',
    sizes: ['small', 'medium', 'huge', 'supersize', 'vector'],
  },
  { path: '/videos/licenses/:id/downloads', media: 'video', sizes: VIDEO_SIZES },
  { path: '/audio/licenses/:id/downloads', media: 'audio' },
  { path: '/sfx/licenses/:id/downloads', media: 'sfx' },
];

export const redownloadParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

export const redownloadBody = (sizes: string[]) =>
  ({
    type: ['object', 'null'],
    properties: {
      size: { type: 'string', enum: sizes },
      auth_cookie: cookieSchema,
      show_modal: { type: 'boolean' },
      verification_code: { type: 'string' },
    },
  }) as const;
