// The vendor's licensing operations for every media type: license (POST …/licenses),
// license history (GET …/licenses) and re-download (POST …/licenses/{id}/downloads),
// for images, videos, music, sound effects, editorial images (and the older
// /v2/editorial/licenses) and editorial videos. A license request may carry an
// Idempotency-Key header: a repeat answers with the first answer and charges nothing.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Sandbox } from '..';
import { requestUser, type RouteAuth } from '../auth';
import type { DownloadMedia } from '../downloads/signing';
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

interface ImageItem {
  image_id: string;
  subscription_id?: string;
  size?: string;
  format?: string;
  custom_dimensions?: { width?: number; height?: number };
  metadata?: Record<string, unknown>;
  editorial_acknowledgement?: boolean;
  price?: number;
  search_id?: string;
}
interface VideoItem {
  video_id: string;
  subscription_id?: string;
  size?: string;
  metadata?: Record<string, unknown>;
  editorial_acknowledgement?: boolean;
  price?: number;
  search_id?: string;
}
interface AudioItem {
  audio_id: string;
  license?: string;
  search_id?: string;
}
interface SfxItem {
  sfx_id: string;
  subscription_id?: string;
  format?: string;
  audio_layout?: string;
  search_id?: string;
}
interface EditorialItem {
  editorial_id: string;
  license: string;
  size?: string;
  metadata?: Record<string, unknown>;
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

export const licensesRoutes: FastifyPluginAsync<{ sandbox: Sandbox }> = async (
  app,
  { sandbox },
) => {
  const licensing = new Licensing(
    new LicenseStore(sandbox.state),
    licenseKinds(sandbox),
    sandbox.downloads,
  );

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

  app.post<{
    Querystring: { subscription_id?: string; format?: string; size: string; search_id?: string };
    Body: { images: ImageItem[] };
  }>(
    '/images/licenses',
    {
      config: { auth: CREATE_AND_VIEW_PURCHASES },
      schema: {
        querystring: {
          type: 'object',
          properties: {
            subscription_id: { type: 'string' },
            format: { type: 'string', enum: ['eps', 'jpg'] },
            size: { type: 'string', enum: IMAGE_SIZES, default: 'huge' },
            search_id: { type: 'string' },
          },
        },
        body: {
          type: 'object',
          required: ['images'],
          properties: {
            images: list({
              type: 'object',
              required: ['image_id'],
              properties: {
                image_id: { type: 'string' },
                subscription_id: { type: 'string' },
                size: { type: 'string', enum: IMAGE_SIZES },
                format: { type: 'string', enum: ['jpg', 'eps'] },
                custom_dimensions: {
                  type: 'object',
                  properties: {
                    width: { type: 'integer', minimum: 100 },
                    height: { type: 'integer', minimum: 100 },
                  },
                },
                metadata: metadataSchema,
                editorial_acknowledgement: { type: 'boolean' },
                price: { type: 'number' },
                search_id: { type: 'string' },
                auth_cookie: cookieSchema,
                show_modal: { type: 'boolean' },
                verification_code: { type: 'string' },
              },
            }),
          },
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const items = request.body.images.map((image, index): LicenseRequestItem => ({
        path: `$.body.images[${index}]`,
        assetId: image.image_id,
        subscriptionId: image.subscription_id ?? query.subscription_id,
        size: image.size ?? query.size,
        format: image.format ?? query.format,
        customDimensions: image.custom_dimensions,
        metadata: image.metadata ?? {},
        editorialAcknowledgement: image.editorial_acknowledgement,
        price: image.price,
        searchId: image.search_id ?? query.search_id,
      }));
      return answer(request, reply, 'image', items);
    },
  );

  app.post<{
    Querystring: { subscription_id?: string; size: string; search_id?: string };
    Body: { videos: VideoItem[] };
  }>(
    '/videos/licenses',
    {
      config: { auth: CREATE_AND_VIEW_PURCHASES },
      schema: {
        querystring: {
          type: 'object',
          properties: {
            subscription_id: { type: 'string' },
            size: { type: 'string', enum: VIDEO_SIZES, default: 'web' },
            search_id: { type: 'string' },
          },
        },
        body: {
          type: 'object',
          required: ['videos'],
          properties: {
            videos: list({
              type: 'object',
              required: ['video_id'],
              properties: {
                video_id: { type: 'string' },
                subscription_id: { type: 'string' },
                size: { type: 'string', enum: VIDEO_SIZES },
                metadata: metadataSchema,
                editorial_acknowledgement: { type: 'boolean' },
                price: { type: 'number' },
                search_id: { type: 'string' },
                auth_cookie: cookieSchema,
                show_modal: { type: 'boolean' },
              },
            }),
          },
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const items = request.body.videos.map((video, index): LicenseRequestItem => ({
        path: `$.body.videos[${index}]`,
        assetId: video.video_id,
        subscriptionId: video.subscription_id ?? query.subscription_id,
        size: video.size ?? query.size,
        metadata: video.metadata ?? {},
        editorialAcknowledgement: video.editorial_acknowledgement,
        price: video.price,
        searchId: video.search_id ?? query.search_id,
      }));
      return answer(request, reply, 'video', items);
    },
  );

  app.post<{
    Querystring: { license?: string; search_id?: string };
    Body: { audio: AudioItem[] };
  }>(
    '/audio/licenses',
    {
      config: { auth: CREATE },
      schema: {
        querystring: {
          type: 'object',
          properties: {
            license: { type: 'string', enum: MUSIC_LICENSES },
            search_id: { type: 'string' },
          },
        },
        body: {
          type: 'object',
          required: ['audio'],
          properties: {
            audio: list({
              type: 'object',
              required: ['audio_id'],
              properties: {
                audio_id: { type: 'string' },
                license: { type: 'string', enum: MUSIC_LICENSES },
                search_id: { type: 'string' },
              },
            }),
          },
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const items = request.body.audio.map((track, index): LicenseRequestItem => ({
        path: `$.body.audio[${index}]`,
        assetId: track.audio_id,
        license: track.license ?? query.license,
        size: 'original',
        metadata: {},
        searchId: track.search_id ?? query.search_id,
      }));
      return answer(request, reply, 'audio', items);
    },
  );

  app.post<{ Body: { sound_effects: SfxItem[] } }>(
    '/sfx/licenses',
    {
      config: { auth: CREATE },
      schema: {
        body: {
          type: 'object',
          required: ['sound_effects'],
          properties: {
            sound_effects: list({
              type: 'object',
              // subscription_id is required too; checked in the handler so the error names it.
              required: ['sfx_id'],
              properties: {
                sfx_id: { type: 'string' },
                subscription_id: { type: 'string' },
                format: { type: 'string', enum: ['wav', 'mp3'] },
                audio_layout: { type: 'string', enum: ['ambisonic', '5.1', 'stereo'] },
                search_id: { type: 'string' },
              },
            }),
          },
        },
      },
    },
    async (request, reply) => {
      request.body.sound_effects.forEach((effect, index) => {
        if (effect.subscription_id === undefined) {
          throw SandboxError.badRequest(
            'Missing required property: subscription_id',
            `$.body.sound_effects[${index}].subscription_id`,
            'VALIDATION_OBJECT_REQUIRED',
          );
        }
      });
      const items = request.body.sound_effects.map((effect, index): LicenseRequestItem => ({
        path: `$.body.sound_effects[${index}]`,
        assetId: effect.sfx_id,
        subscriptionId: effect.subscription_id,
        size: 'original',
        format: effect.format,
        metadata: {},
        searchId: effect.search_id,
      }));
      return answer(request, reply, 'sfx', items);
    },
  );

  const editorialBody = (license: Record<string, unknown>, sizes: string[]) =>
    ({
      type: 'object',
      required: ['country', 'editorial'],
      properties: {
        country: countrySchema,
        editorial: list({
          type: 'object',
          required: ['editorial_id', 'license'],
          properties: {
            editorial_id: { type: 'string' },
            license,
            metadata: metadataSchema,
            size: { type: 'string', enum: sizes, default: 'original' },
          },
        }),
      },
    }) as const;
  const editorialItems = (body: {
    country: string;
    editorial: EditorialItem[];
  }): LicenseRequestItem[] =>
    body.editorial.map((item, index) => ({
      path: `$.body.editorial[${index}]`,
      assetId: item.editorial_id,
      license: item.license,
      size: item.size ?? 'original',
      metadata: item.metadata ?? {},
      country: body.country.toUpperCase(),
    }));

  for (const [path, auth] of [
    ['/editorial/images/licenses', CREATE_AND_VIEW_PURCHASES],
    ['/editorial/licenses', CREATE],
  ] as const) {
    app.post<{ Body: { country: string; editorial: EditorialItem[] } }>(
      path,
      {
        config: { auth },
        schema: {
          body: editorialBody({ type: 'string', minLength: 1 }, ['small', 'medium', 'original']),
        },
      },
      async (request, reply) =>
        answer(request, reply, 'editorial-image', editorialItems(request.body)),
    );
  }

  app.post<{ Body: { country: string; editorial: EditorialItem[] } }>(
    '/editorial/videos/licenses',
    {
      config: { auth: CREATE_AND_VIEW_PURCHASES },
      schema: {
        body: editorialBody({ type: 'string', enum: EDITORIAL_VIDEO_LICENSES }, ['original']),
      },
    },
    async (request, reply) =>
      answer(request, reply, 'editorial-video', editorialItems(request.body)),
  );

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
        const { data, total_count } = licensing.history({
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
        });
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
