// A team with a past: on the first start of a new state database, team 9001 (alex and sam)
// gets nine months of licenses of every media type — clients, jobs and purchase orders
// from a small set, some under a subscription that has since ended (no re-download) — and
// a few collections each. Deterministic (one seed), one transaction, well under a second.
//
// Allotments stay true: each subscription's current term (start_time … end_time) holds
// exactly the licenses its seeded `used` count says (accounts.ts); older licenses belong
// to earlier terms of the same subscription (renewals), which charge nothing now. The
// ended subscription's licenses all lie inside its term.
import type { Db } from '../db';
import { Random } from '../seed/random';
import type { LicenseRow, SubscriptionRow } from './store';

/** How many licenses each seeded user gets from before the current term, per subscription slot. */
interface Plan {
  /** Index of the subscription in the user's TEAM_SET (accounts.ts). */
  slot: number;
  media: SeedMedia;
  /** Licenses in earlier terms (before the subscription's start_time). */
  earlier: number;
}

type SeedMedia = 'image' | 'video' | 'audio' | 'sfx' | 'editorial-image' | 'editorial-video';

// Slots of TEAM_SET: 0 annual, 1 enhanced, 2 on demand, 3 ended, 4 4K video, 5 HD video,
// 6 music, 7 sound effects, 8 editorial images, 9 editorial video.
const PLANS: Plan[] = [
  { slot: 0, media: 'image', earlier: 300 },
  { slot: 1, media: 'image', earlier: 65 },
  { slot: 2, media: 'image', earlier: 0 },
  { slot: 3, media: 'image', earlier: 0 },
  { slot: 4, media: 'video', earlier: 40 },
  { slot: 5, media: 'video', earlier: 46 },
  { slot: 6, media: 'audio', earlier: 84 },
  { slot: 7, media: 'sfx', earlier: 145 },
  { slot: 8, media: 'editorial-image', earlier: 149 },
  { slot: 9, media: 'editorial-video', earlier: 75 },
];

/** The team whose history is seeded, and its members who license (casey cannot). */
export const HISTORY_TEAM = '9001';
const MEMBERS = [
  { id: '101782601', subscriptionBase: 8_906_100, seed: 1 },
  { id: '101782602', subscriptionBase: 8_906_200, seed: 2 },
];

const DAY_MS = 86_400_000;
/** How far back the history goes. */
const HISTORY_DAYS = 270;

/** Clients, each with a few jobs and the purchase order they are billed under. */
export const HISTORY_CLIENTS: { client: string; jobs: { job: string; po: string }[] }[] = [
  {
    client: 'Acme Outdoor',
    jobs: [
      { job: 'Trail running launch', po: 'PO-24817' },
      { job: 'Winter catalogue', po: 'PO-24902' },
      { job: 'Website refresh', po: 'PO-25110' },
    ],
  },
  {
    client: 'Harbor & Finch Bank',
    jobs: [
      { job: 'Annual report', po: 'HF-7731' },
      { job: 'Mortgage campaign', po: 'HF-7790' },
    ],
  },
  {
    client: 'Lumen Coffee',
    jobs: [
      { job: 'Autumn menu boards', po: 'LC-0192' },
      { job: 'Social — October', po: 'LC-0205' },
      { job: 'Store opening, Lisbon', po: 'LC-0231' },
    ],
  },
  {
    client: 'City Arts Festival',
    jobs: [
      { job: 'Festival posters', po: 'CAF-118' },
      { job: 'Programme booklet', po: 'CAF-121' },
    ],
  },
  {
    client: 'Northwind Studio',
    jobs: [
      { job: 'Brand refresh', po: 'NW-INT-04' },
      { job: 'Newsletter', po: 'NW-INT-09' },
    ],
  },
];

export interface HistoryCatalogs {
  /** The image catalog (sandbox.sqlite). */
  images: Db;
  /** Videos and editorial videos (videos.sqlite). */
  videos: Db;
  /** Tracks and sound effects (audio.sqlite). */
  audio: Db;
  /** Editorial images (editorial.sqlite). */
  editorial: Db;
}

interface Pool {
  ids: string[];
  /** The sizes a subscription slot may license of an asset, with their formats. */
  sizes: (index: number, slot: number) => { size: string; format: string }[];
}

const RENDITIONS: Record<string, string[]> = {
  sd: ['web', 'sd'],
  hd: ['web', 'sd', 'hd'],
  '4k': ['web', 'sd', 'hd', '4k'],
};

/** The assets the history draws from, per media type (a deterministic sample of each catalog). */
function pools(catalogs: HistoryCatalogs, random: Random): Record<SeedMedia, Pool> {
  const sample = <T>(rows: T[], count: number): T[] => {
    const copy = [...rows];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  };
  const images = sample(
    catalogs.images
      .prepare(
        'SELECT id, image_type FROM images WHERE is_editorial = 0 AND is_adult = 0 ORDER BY id',
      )
      .all() as { id: number; image_type: string }[],
    700,
  );
  const videos = sample(
    catalogs.videos
      .prepare(
        'SELECT id, resolution FROM videos WHERE is_editorial = 0 AND is_adult = 0 ORDER BY id',
      )
      .all() as { id: number; resolution: string }[],
    150,
  );
  const tracks = sample(
    catalogs.audio.prepare('SELECT id FROM tracks ORDER BY id').pluck().all() as number[],
    150,
  );
  const sfx = sample(
    catalogs.audio
      .prepare('SELECT id FROM sfx WHERE is_adult = 0 ORDER BY id')
      .pluck()
      .all() as number[],
    240,
  );
  const editorialImages = sample(
    catalogs.editorial
      .prepare("SELECT id FROM editorial_images WHERE rights = '' AND feed IS NULL ORDER BY num")
      .pluck()
      .all() as string[],
    260,
  );
  const editorialVideos = sample(
    catalogs.videos
      .prepare(
        "SELECT id FROM editorial_videos WHERE restricted_in = '' AND allowed_only = '' ORDER BY rowid",
      )
      .pluck()
      .all() as string[],
    130,
  );
  const imageSizes = (index: number, slot: number) => {
    const vector = images[index]?.image_type === 'vector';
    const sizes =
      slot === 1
        ? ['medium', 'huge']
        : slot === 2
          ? ['small', 'medium', 'huge']
          : ['small', 'medium', 'huge'];
    return [
      ...sizes.map((size) => ({ size, format: 'jpg' })),
      ...(vector && slot !== 2 ? [{ size: 'vector', format: 'eps' }] : []),
    ];
  };
  return {
    image: { ids: images.map((row) => String(row.id)), sizes: imageSizes },
    video: {
      ids: videos.map((row) => String(row.id)),
      sizes: (index, slot) =>
        (RENDITIONS[videos[index]?.resolution ?? 'sd'] ?? ['web'])
          .filter((size) => slot === 4 || size !== '4k')
          .map((size) => ({ size, format: 'mp4' })),
    },
    audio: { ids: tracks.map(String), sizes: () => [{ size: 'original', format: 'wav' }] },
    sfx: {
      ids: sfx.map(String),
      sizes: () => [
        { size: 'original', format: 'wav' },
        { size: 'original', format: 'mp3' },
      ],
    },
    'editorial-image': {
      ids: editorialImages,
      sizes: () => ['small', 'medium', 'original'].map((size) => ({ size, format: 'jpg' })),
    },
    'editorial-video': {
      ids: editorialVideos,
      sizes: () => [{ size: 'original', format: 'mp4' }],
    },
  };
}

/** A seeded license: a stored license's own columns, for the media the history seeds. */
type SeededLicense = Pick<
  LicenseRow,
  | 'id'
  | 'user_id'
  | 'asset_id'
  | 'subscription_id'
  | 'license'
  | 'size'
  | 'format'
  | 'metadata'
  | 'country'
  | 'created_time'
> & { media: SeedMedia };

/** A working-hours moment of a weekday in [from, to). */
function workTime(random: Random, from: number, to: number): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const day = Math.floor(random.range(from, to) / DAY_MS) * DAY_MS;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const time = day + random.int(8 * 3600, 18 * 3600) * 1000 + random.int(0, 999);
    if (time >= from && time < to) return time;
  }
  return Math.floor(random.range(from, to));
}

const hex = (random: Random) =>
  Array.from({ length: 4 }, () =>
    Math.floor(random.next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');

/** Metadata of one license: client work names client and job (and often the PO). */
function metadataFor(random: Random, media: SeedMedia, slot: number): Record<string, string> {
  const needsClient = slot === 1;
  const needsPo = media === 'editorial-image';
  if (!needsClient && !needsPo && random.chance(0.25)) return {};
  const client = random.pick(HISTORY_CLIENTS);
  const { job, po } = random.pick(client.jobs);
  const withPo = needsPo || random.chance(slot === 1 ? 0.7 : 0.35);
  return { client: client.client, job, ...(withPo ? { purchase_order: po } : {}) };
}

export interface SeededHistory {
  licenses: number;
  collections: number;
}

/**
 * Seeds the team's history into a state database that has its accounts and subscriptions
 * and no licenses yet. `now` fixes the times (the subscriptions' terms are read from the rows).
 */
export function seedTeamHistory(
  state: Db,
  catalogs: HistoryCatalogs,
  now = Date.now(),
): SeededHistory {
  const random = new Random(0x5eed_4157);
  const pool = pools(catalogs, random);
  const subscription = state.prepare<[string], SubscriptionRow>(
    'SELECT * FROM subscriptions WHERE id = ?',
  );
  const licenses: SeededLicense[] = [];
  // The newest seeded license is an hour old: anything licensed now is newer.
  const latest = now - 3_600_000;
  const earliest = now - HISTORY_DAYS * DAY_MS;

  for (const member of MEMBERS) {
    const memberRandom = new Random(member.seed * 7919);
    for (const plan of PLANS) {
      const row = subscription.get(`s${member.subscriptionBase + plan.slot}`);
      if (!row) continue;
      const start = Date.parse(row.start_time);
      const end = Math.min(Date.parse(row.end_time), latest);
      const current = row.downloads_limit - row.downloads_left;
      const times = [
        ...Array.from({ length: current }, () =>
          workTime(memberRandom, Math.max(start, earliest), end),
        ),
        ...Array.from({ length: plan.earlier }, () =>
          workTime(memberRandom, earliest, Math.min(start, end)),
        ),
      ];
      const source = pool[plan.media];
      for (const time of times) {
        // Mostly the pool's own share per user, sometimes an asset a teammate licensed too.
        const index = memberRandom.int(0, source.ids.length - 1);
        const sizes = source.sizes(index, plan.slot);
        const { size, format } = memberRandom.pick(sizes);
        const editorial = plan.media === 'editorial-image' || plan.media === 'editorial-video';
        licenses.push({
          id: `e${hex(memberRandom)}`,
          user_id: member.id,
          media: plan.media,
          asset_id: source.ids[index] as string,
          subscription_id: row.id,
          license: row.license,
          size,
          format,
          metadata: JSON.stringify(metadataFor(memberRandom, plan.media, plan.slot)),
          country: editorial ? 'USA' : null,
          created_time: new Date(time).toISOString(),
        });
      }
    }
  }
  // Made in the order of their times, so history's order (by seq) is the order of time.
  licenses.sort((a, b) => a.created_time.localeCompare(b.created_time) || a.id.localeCompare(b.id));

  const insertLicense = state.prepare(
    `INSERT INTO licenses (id, user_id, team_id, media, asset_id, subscription_id, license, size, format,
    metadata, allotment_charge, price_amount, price_currency, search_id, country, created_time)
    VALUES (@id, @user_id, '${HISTORY_TEAM}', @media, @asset_id, @subscription_id, @license, @size, @format,
    @metadata, 1, NULL, NULL, NULL, @country, @created_time)`,
  );
  let collections = 0;
  state.transaction(() => {
    for (const license of licenses) insertLicense.run(license);
    collections = seedCollections(state, pool, random, now);
  })();
  return { licenses: licenses.length, collections };
}

/** A few collections per member: image moodboards, a video shortlist, a music playlist. */
const COLLECTIONS: {
  user: string;
  media: 'image' | 'video' | 'audio';
  name: string;
  items: number;
}[] = [
  { user: '101782601', media: 'image', name: 'Acme — trail running moodboard', items: 18 },
  { user: '101782601', media: 'image', name: 'Lumen Coffee autumn', items: 12 },
  { user: '101782601', media: 'image', name: 'Textures and backgrounds', items: 24 },
  { user: '101782601', media: 'video', name: 'Festival teaser shortlist', items: 8 },
  { user: '101782601', media: 'audio', name: 'Upbeat beds for social', items: 10 },
  { user: '101782602', media: 'image', name: 'Annual report portraits', items: 15 },
  { user: '101782602', media: 'image', name: 'City Arts posters', items: 9 },
  { user: '101782602', media: 'video', name: 'Bank campaign B-roll', items: 7 },
  { user: '101782602', media: 'audio', name: 'Calm piano', items: 6 },
];

function seedCollections(
  state: Db,
  pool: Record<SeedMedia, Pool>,
  random: Random,
  now: number,
): number {
  const insert = state.prepare(
    `INSERT INTO collections (user_id, media_type, name, share_code, created_time, updated_time, items_updated_time)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertItem = state.prepare(
    'INSERT INTO collection_items (collection_id, item_id, added_time) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const iso = (ms: number) => new Date(ms).toISOString();
  // Oldest first, so ids grow with creation time as they do for new collections.
  const planned = COLLECTIONS.map((collection) => ({
    ...collection,
    created: workTime(random, now - HISTORY_DAYS * DAY_MS, now - 20 * DAY_MS),
  })).sort((a, b) => a.created - b.created);
  for (const collection of planned) {
    const source = pool[collection.media];
    const times = Array.from({ length: collection.items }, () =>
      workTime(random, collection.created, now - 2 * DAY_MS),
    ).sort((a, b) => a - b);
    const last = times[times.length - 1] ?? collection.created;
    const shareCode = Buffer.from(hex(random), 'hex').subarray(0, 9).toString('base64url');
    const id = Number(
      insert.run(
        collection.user,
        collection.media,
        collection.name,
        shareCode,
        iso(collection.created),
        iso(collection.created),
        iso(last),
      ).lastInsertRowid,
    );
    for (const time of times) insertItem.run(id, random.pick(source.ids.slice(0, 400)), iso(time));
  }
  return planned.length;
}
