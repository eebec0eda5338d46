// Sound effects: search (the vendor's searchSFX: text, date and duration filters, safe
// search, sorts) over typed columns, and the SFX shape read from SQLite.
import type { Statement } from 'better-sqlite3';
import { LruCache } from '../lib/lru';
import { excludeExpression, includeExpression, parseQuery } from '../catalog/text';
import { dayNumber } from '../lib/asset-columns';
import type { Db } from '../db';
import { rowsByIds } from '../lib/rows-by-id';
import { SandboxError } from '../errors';
import { audioMediaPath, previewFileSize, PREVIEW_SECONDS } from './media/paths';
import { SFX_CATEGORIES, type SfxSound } from './vocab';
import { indexOfId, shuffle } from '../lib/catalog-search';
import { TextIndex } from '../lib/text-index';

export type SfxSort = 'popular' | 'newest' | 'relevance' | 'random' | 'oldest';
export type SfxView = 'minimal' | 'full';

export interface SfxSearchParams {
  query?: string;
  added_date?: string;
  added_date_start?: string;
  added_date_end?: string;
  duration?: number;
  duration_from?: number;
  duration_to?: number;
  safe?: boolean;
  sort?: SfxSort;
}

export interface SfxRow {
  id: number;
  title: string;
  description: string;
  category: number;
  duration: number;
  keywords: string;
  contributor_id: number;
  artist: string;
  added_date: string;
  popularity: number;
  is_adult: number;
}

export interface Sfx {
  id: string;
  media_type: 'sfx';
  title: string;
  description: string;
  duration: number;
  added_date: string;
  contributor: { id: string };
  assets: Record<string, { url: string; file_size: number }>;
  artist?: string;
  keywords?: string[];
  releases?: string[];
  updated_time?: string;
  url?: string;
}

export interface SfxSoundSpec {
  id: string;
  sound: SfxSound;
  duration: number;
}

type Filter = (index: number) => boolean;
const ASSET_ID = /^[1-9]\d{0,14}$/;
const SELECT = `SELECT s.*, a.name AS artist FROM sfx s JOIN artists a ON a.id = s.contributor_id`;

export class SoundEffects {
  readonly size: number;
  readonly ids: Int32Array;
  private readonly duration: Float32Array;
  private readonly day: Int32Array;
  private readonly adult: Uint8Array;
  private readonly popularOrder: Int32Array;
  private readonly byId: Statement<[number], SfxRow>;
  private readonly text: TextIndex;
  private readonly results = new LruCache<string, Int32Array>(128, (v) => v.byteLength, 4 << 20);

  constructor(private readonly db: Db) {
    const rows = db
      .prepare<
        [],
        { id: number; duration: number; added_date: string; is_adult: number; popularity: number }
      >('SELECT id, duration, added_date, is_adult, popularity FROM sfx ORDER BY id')
      .all();
    const n = rows.length;
    this.size = n;
    this.ids = Int32Array.from(rows, (row) => row.id);
    this.duration = Float32Array.from(rows, (row) => row.duration);
    this.day = Int32Array.from(rows, (row) => dayNumber(row.added_date));
    this.adult = Uint8Array.from(rows, (row) => row.is_adult);
    const popularity = rows.map((row) => row.popularity);
    this.popularOrder = Int32Array.from(
      Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (popularity[b] as number) - (popularity[a] as number) || b - a,
      ),
    );
    this.byId = db.prepare<[number], SfxRow>(`${SELECT} WHERE s.id = ?`);
    this.text = new TextIndex(db, {
      table: 'sfx_fts',
      weights: [3, 1, 1.5],
      indexOf: (id) => this.indexOf(id),
    });
  }

  indexOf(id: number): number {
    return indexOfId(this.ids, id);
  }

  /** Catalog indexes of the matching sound effects, in result order. */
  search(params: SfxSearchParams): Int32Array {
    const sort = params.sort ?? 'popular';
    const key = JSON.stringify([
      params.query ?? '',
      sort === 'random' ? 'popular' : sort,
      params.added_date,
      params.added_date_start,
      params.added_date_end,
      params.duration,
      params.duration_from,
      params.duration_to,
      params.safe !== false,
    ]);
    let indexes = this.results.get(key);
    if (!indexes) {
      indexes = this.collect(params, sort === 'random' ? 'popular' : sort);
      this.results.set(key, indexes);
    }
    return sort === 'random' ? shuffle(indexes.slice()) : indexes;
  }

  private collect(params: SfxSearchParams, sort: Exclude<SfxSort, 'random'>): Int32Array {
    const filters = this.filters(params);
    const query = parseQuery(params.query ?? '');
    const include = includeExpression(query);
    const exclude = excludeExpression(query);
    let candidate: Uint8Array | undefined;
    let ranked: Int32Array | undefined;
    if (include) {
      ranked = this.text.ranked(include);
      candidate = new Uint8Array(this.size);
      for (const i of ranked) candidate[i] = 1;
    }
    if (exclude) {
      candidate ??= new Uint8Array(this.size).fill(1);
      for (const i of this.text.matches(exclude)) candidate[i] = 0;
    }
    const n = this.size;
    const order =
      sort === 'relevance' && ranked
        ? ranked
        : sort === 'newest'
          ? Int32Array.from({ length: n }, (_, k) => n - 1 - k)
          : sort === 'oldest'
            ? Int32Array.from({ length: n }, (_, k) => k)
            : this.popularOrder;
    const out = new Int32Array(order.length);
    let count = 0;
    for (const i of order) {
      if (candidate !== undefined && candidate[i] === 0) continue;
      if (filters.every((filter) => filter(i))) out[count++] = i;
    }
    return out.slice(0, count);
  }

  private filters(params: SfxSearchParams): Filter[] {
    const filters: Filter[] = [];
    const { duration_from: from, duration_to: to } = params;
    if (from !== undefined && to !== undefined && from > to) {
      throw SandboxError.badRequest(
        `duration_to (${to}) must be greater than or equal to duration_from (${from})`,
        '$.query.duration_to',
        'VALIDATION_MINIMUM',
        String(to),
      );
    }
    if (params.duration !== undefined) {
      const exact = params.duration;
      filters.push((i) => Math.round(this.duration[i] as number) === exact);
    }
    if (from !== undefined) filters.push((i) => (this.duration[i] as number) >= from);
    if (to !== undefined) filters.push((i) => (this.duration[i] as number) <= to);
    const day = (name: 'added_date' | 'added_date_start' | 'added_date_end') => {
      const value = params[name];
      if (value === undefined) return undefined;
      const number = dayNumber(value);
      if (!Number.isFinite(number))
        throw SandboxError.badRequest(
          `${name} must be a date in the format YYYY-MM-DD`,
          `$.query.${name}`,
          'VALIDATION_INVALID_FORMAT',
          value,
        );
      return number;
    };
    const on = day('added_date');
    const start = day('added_date_start');
    const end = day('added_date_end');
    if (on !== undefined) filters.push((i) => this.day[i] === on);
    if (start !== undefined) filters.push((i) => (this.day[i] as number) >= start);
    if (end !== undefined) filters.push((i) => (this.day[i] as number) < end);
    if (params.safe !== false) filters.push((i) => this.adult[i] === 0);
    return filters;
  }

  find(id: string): SfxRow | undefined {
    if (!ASSET_ID.test(id)) return undefined;
    return this.byId.get(Number(id));
  }

  findMany(ids: number[]): SfxRow[] {
    return rowsByIds<SfxRow>(this.db, SELECT, 's.id', ids);
  }

  soundSpec(id: string): SfxSoundSpec | undefined {
    const row = this.find(id);
    if (!row) return undefined;
    const category = SFX_CATEGORIES[row.category];
    return { id: String(row.id), sound: category?.sound ?? 'click', duration: row.duration };
  }
}

export function toSfx(row: SfxRow, view: SfxView, origin: string): Sfx {
  const id = String(row.id);
  const seconds = Math.min(PREVIEW_SECONDS, row.duration);
  const media = (file: 'preview.mp3' | 'waveform.png') => ({
    url: `${origin}${audioMediaPath('sfx', id, file)}`,
    file_size: previewFileSize('sfx', id, file, seconds),
  });
  const sfx: Sfx = {
    id,
    media_type: 'sfx',
    title: row.title,
    description: row.description,
    duration: row.duration,
    added_date: row.added_date,
    contributor: { id: String(row.contributor_id) },
    assets: { preview_mp3: media('preview.mp3'), waveform: media('waveform.png') },
  };
  if (view === 'minimal') return sfx;
  return {
    ...sfx,
    artist: row.artist,
    keywords: JSON.parse(row.keywords) as string[],
    releases: [],
    updated_time: `${row.added_date}T12:00:00Z`,
    url: '',
  };
}
