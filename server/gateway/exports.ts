// `GET /api/exports/licenses.csv`: the license history as CSV, for the people who pay. It
// takes the Downloads page's own filters (type, from, to, subscription, downloadable,
// asset, client, job, mine), reads the upstream's license history of each media type 200
// at a time, merges them newest first, looks the titles up in batches (several-by-id
// endpoints, 500 ids at most; editorial assets one by one, as the vendor has no list) and
// streams the rows as it goes. It only calls the upstream, so it works on the real API too.
import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { sessionCredential, type SignInConfig } from './signin';
import type { SessionStore } from './sessions';
import type { Upstream } from './upstream';

type Media = 'image' | 'video' | 'audio' | 'sfx' | 'editorial-image' | 'editorial-video';

interface MediaSource {
  label: string;
  history: string;
  /** The history's asset-id parameter. */
  idParam: string;
  /** Where a history entry names its asset. */
  field: 'image' | 'video' | 'audio';
  /** Several by id (`?id=…&id=…`), or one by one (editorial: `{path}/{id}?country=`). */
  details: { path: string; many: boolean; view?: string };
  title: (asset: Record<string, unknown>) => unknown;
}

const SOURCES: Record<Media, MediaSource> = {
  image: {
    label: 'Image',
    history: '/v2/images/licenses',
    idParam: 'image_id',
    field: 'image',
    details: { path: '/v2/images', many: true, view: 'minimal' },
    title: (asset) => asset.description,
  },
  video: {
    label: 'Video',
    history: '/v2/videos/licenses',
    idParam: 'video_id',
    field: 'video',
    details: { path: '/v2/videos', many: true, view: 'minimal' },
    title: (asset) => asset.description,
  },
  audio: {
    label: 'Music',
    history: '/v2/audio/licenses',
    idParam: 'audio_id',
    field: 'audio',
    details: { path: '/v2/audio', many: true, view: 'minimal' },
    title: (asset) => asset.title,
  },
  sfx: {
    label: 'Sound effect',
    history: '/v2/sfx/licenses',
    idParam: 'sfx_id',
    field: 'audio',
    details: { path: '/v2/sfx', many: true, view: 'minimal' },
    title: (asset) => asset.title ?? asset.description,
  },
  'editorial-image': {
    label: 'Editorial image',
    history: '/v2/editorial/images/licenses',
    idParam: 'image_id',
    field: 'image',
    details: { path: '/v2/editorial/images', many: false },
    title: (asset) => asset.title ?? asset.caption,
  },
  'editorial-video': {
    label: 'Editorial video',
    history: '/v2/editorial/videos/licenses',
    idParam: 'video_id',
    field: 'video',
    details: { path: '/v2/editorial/videos', many: false },
    title: (asset) => asset.title ?? asset.caption,
  },
};
const MEDIA = Object.keys(SOURCES) as Media[];

const PAGE = 200;
const MAX_IDS = 500;
/** Rows looked up and written together: one batch of details per type. */
const CHUNK = 200;
/** Editorial look-ups at a time (the vendor has no several-by-id endpoint for them). */
const EDITORIAL_CONCURRENCY = 6;
/** Editorial assets are looked up for a country; titles do not depend on it. */
const EDITORIAL_COUNTRY = 'USA';

export const CSV_COLUMNS = [
  { key: 'date', header: 'Date' },
  { key: 'user', header: 'User' },
  { key: 'media_type', header: 'Media type' },
  { key: 'asset_id', header: 'Asset ID' },
  { key: 'title', header: 'Title' },
  { key: 'license', header: 'License' },
  { key: 'size', header: 'Size' },
  { key: 'format', header: 'Format' },
  { key: 'subscription_id', header: 'Subscription ID' },
  { key: 'subscription', header: 'Subscription' },
  { key: 'client', header: 'Client' },
  { key: 'job', header: 'Job' },
  { key: 'purchase_order', header: 'Purchase order' },
  { key: 'license_id', header: 'License ID' },
] as const;

interface HistoryEntry {
  id: string;
  download_time: string;
  license?: string;
  subscription_id?: string;
  user?: { username?: string };
  metadata?: Record<string, unknown>;
  image?: { id: string; format?: { size?: string; format?: string } };
  video?: { id: string; format?: { size?: string; format?: string } };
  audio?: { id: string; format?: { size?: string; format?: string } };
}

interface ExportQuery {
  type?: string;
  from?: string;
  to?: string;
  subscription?: string;
  downloadable?: string;
  asset?: string;
  client?: string;
  job?: string;
  mine?: string;
}

const DAY = '^\\d{4}-\\d{2}-\\d{2}$';
const text = { type: 'string', maxLength: 200 } as const;
const querySchema = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: MEDIA },
    from: { type: 'string', pattern: DAY },
    to: { type: 'string', pattern: DAY },
    subscription: text,
    downloadable: { type: 'string', enum: ['0', '1'] },
    asset: text,
    client: text,
    job: text,
    mine: { type: 'string', enum: ['0', '1'] },
  },
} as const;

/** An upstream refusal, answered as it came before any row is sent. */
class UpstreamRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: Buffer,
  ) {
    super(`upstream answered ${status}`);
  }
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** A spreadsheet must not run a cell as a formula: one that starts like one is kept as text. */
function cell(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

const contains = (value: unknown, wanted: string | undefined) =>
  !wanted || (typeof value === 'string' && value.toLowerCase().includes(wanted.toLowerCase()));

export interface ExportOptions {
  upstream: Upstream;
  sessions?: SessionStore | undefined;
  signIn?: SignInConfig;
  requireSignIn?: boolean;
  /** The gateway's limit (the same counter as its other calls). */
  rateLimit: { max: number; timeWindow: string };
}

export const exportRoutes: FastifyPluginAsync<ExportOptions> = async (app, options) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  const { upstream, rateLimit } = options;

  api.get(
    '/exports/licenses.csv',
    { schema: { querystring: querySchema }, config: { rateLimit } },
    async (request: FastifyRequest<{ Querystring: ExportQuery }>, reply: FastifyReply) => {
      const query = request.query;
      const credential = await sessionCredential(request, reply, options);

      const getJson = async <T>(path: string, params: [string, string][] = []): Promise<T> => {
        const search = new URLSearchParams(params).toString();
        const response = await upstream.send(
          {
            method: 'GET',
            path: search ? `${path}?${search}` : path,
            headers: { accept: 'application/json' },
          },
          credential,
        );
        if (response.status !== 200) throw new UpstreamRefusal(response.status, response.body);
        return JSON.parse(response.body.toString('utf8')) as T;
      };

      const historyParams = (media: Media): [string, string][] => [
        ['sort', 'newest'],
        ['per_page', String(PAGE)],
        ['team_history', query.mine === '1' ? 'false' : 'true'],
        ...(query.downloadable === '1'
          ? [['download_availability', 'downloadable'] as [string, string]]
          : []),
        ...(query.from ? [['start_date', `${query.from}T00:00:00.000Z`] as [string, string]] : []),
        ...(query.to ? [['end_date', nextDay(query.to)] as [string, string]] : []),
        ...(query.asset ? [[SOURCES[media].idParam, query.asset] as [string, string]] : []),
      ];

      /** One type's history, page by page, as a queue the merge draws from. */
      const stream = (media: Media) => {
        let page = 0;
        let done = false;
        const buffer: HistoryEntry[] = [];
        const fill = async () => {
          if (buffer.length > 0 || done) return;
          page += 1;
          const list = await getJson<{ data?: HistoryEntry[]; total_count?: number }>(
            SOURCES[media].history,
            [...historyParams(media), ['page', String(page)]],
          );
          const data = list.data ?? [];
          buffer.push(...data);
          if (data.length < PAGE || page * PAGE >= (list.total_count ?? 0)) done = true;
        };
        return { media, buffer, fill, exhausted: () => done && buffer.length === 0 };
      };

      const types = query.type ? [query.type as Media] : MEDIA;
      const streams = types.map(stream);
      let subscriptions: Map<string, string>;
      try {
        // The first pages, and the caller's subscriptions, before anything is sent: a
        // refusal (no scope, signed out) is answered as the API gave it.
        await Promise.all(streams.map((s) => s.fill()));
        const list = await getJson<{ data?: { id: string; description?: string }[] }>(
          '/v2/user/subscriptions',
        ).catch(() => ({ data: [] }));
        subscriptions = new Map((list.data ?? []).map((s) => [s.id, s.description ?? '']));
      } catch (error) {
        if (error instanceof UpstreamRefusal) {
          return reply.code(error.status).type('application/json').send(error.body);
        }
        throw error;
      }

      /** The next entry of the merged history (newest first), or undefined at the end. */
      const next = async (): Promise<{ media: Media; entry: HistoryEntry } | undefined> => {
        await Promise.all(streams.map((s) => s.fill()));
        let best: (typeof streams)[number] | undefined;
        for (const s of streams) {
          const head = s.buffer[0];
          if (!head) continue;
          if (!best || head.download_time > (best.buffer[0]?.download_time ?? '')) best = s;
        }
        const entry = best?.buffer.shift();
        return best && entry ? { media: best.media, entry } : undefined;
      };

      /** Titles of a chunk's assets, one request per type (editorial: a few at a time). */
      const titlesOf = async (chunk: { media: Media; entry: HistoryEntry }[]) => {
        const titles = new Map<string, string>();
        const ids = new Map<Media, Set<string>>();
        for (const { media, entry } of chunk) {
          const id = entry[SOURCES[media].field]?.id;
          if (id) ids.set(media, (ids.get(media) ?? new Set()).add(id));
        }
        await Promise.all(
          [...ids].map(async ([media, set]) => {
            const source = SOURCES[media];
            const all = [...set];
            const remember = (asset: Record<string, unknown>) => {
              const title = source.title(asset);
              if (typeof asset.id === 'string' && typeof title === 'string')
                titles.set(`${media}:${asset.id}`, title.trim());
            };
            if (source.details.many) {
              for (let i = 0; i < all.length; i += MAX_IDS) {
                const list = await getJson<{ data?: Record<string, unknown>[] }>(
                  source.details.path,
                  [
                    ...all.slice(i, i + MAX_IDS).map((id): [string, string] => ['id', id]),
                    ...(source.details.view
                      ? [['view', source.details.view] as [string, string]]
                      : []),
                  ],
                ).catch(() => ({ data: [] }));
                for (const asset of list.data ?? []) remember(asset);
              }
              return;
            }
            for (let i = 0; i < all.length; i += EDITORIAL_CONCURRENCY) {
              await Promise.all(
                all.slice(i, i + EDITORIAL_CONCURRENCY).map(async (id) => {
                  const asset = await getJson<Record<string, unknown>>(
                    `${source.details.path}/${encodeURIComponent(id)}`,
                    [['country', EDITORIAL_COUNTRY]],
                  ).catch(() => undefined);
                  if (asset) remember(asset);
                }),
              );
            }
          }),
        );
        return titles;
      };

      const matches = (entry: HistoryEntry) =>
        (!query.subscription || entry.subscription_id === query.subscription) &&
        contains(entry.metadata?.client, query.client) &&
        contains(entry.metadata?.job, query.job);

      async function* records() {
        for (;;) {
          const chunk: { media: Media; entry: HistoryEntry }[] = [];
          while (chunk.length < CHUNK) {
            const item = await next();
            if (!item) break;
            if (matches(item.entry)) chunk.push(item);
          }
          if (chunk.length === 0) return;
          const titles = await titlesOf(chunk);
          for (const { media, entry } of chunk) {
            const asset = entry[SOURCES[media].field];
            const metadata = entry.metadata ?? {};
            yield {
              date: entry.download_time,
              user: cell(entry.user?.username),
              media_type: SOURCES[media].label,
              asset_id: cell(asset?.id),
              title: cell(titles.get(`${media}:${asset?.id}`)),
              license: cell(entry.license),
              size: cell(asset?.format?.size),
              format: cell(asset?.format?.format),
              subscription_id: cell(entry.subscription_id),
              subscription: cell(subscriptions.get(entry.subscription_id ?? '')),
              client: cell(metadata.client),
              job: cell(metadata.job),
              purchase_order: cell(metadata.purchase_order),
              license_id: cell(entry.id),
            };
          }
        }
      }

      const csv = stringify({
        header: true,
        columns: [...CSV_COLUMNS],
        bom: true,
        record_delimiter: 'windows',
      });
      // An upstream failure half-way ends the download unfinished (the browser says so).
      pipeline(Readable.from(records()), csv, (error) => {
        if (error) request.log.warn({ err: error }, 'license export stopped');
      });
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="stockroom-licenses-${stamp}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
};
