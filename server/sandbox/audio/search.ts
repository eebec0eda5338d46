// Track search (the vendor's searchTracks): FTS5 finds the tracks matching the text,
// ranked by bm25; filters and sorts run over the in-memory columns; ordered results
// are cached (LRU) so paging is cheap and total_count exact.
import { listValues } from '../lib/asset-filters';
import { LruCache } from '../lib/lru';
import { TextIndex } from '../lib/text-index';
import { excludeExpression, includeExpression, parseQuery } from '../catalog/text';
import type { Db } from '../db';
import { SandboxError } from '../errors';
import type { BitColumn, TrackColumns, TrackSortKey } from './columns';
import { VOCALS } from './vocab';

export type TrackSort =
  'score' | 'ranking_all' | 'artist' | 'title' | 'bpm' | 'freshness' | 'duration';

export interface TrackSearchParams {
  query?: string;
  artists?: string[];
  bpm?: number;
  bpm_from?: number;
  bpm_to?: number;
  duration?: number;
  duration_from?: number;
  duration_to?: number;
  genre?: string[];
  moods?: string[];
  instruments?: string[];
  vocal_description?: string;
  is_instrumental?: boolean;
  sort?: TrackSort;
  sort_order?: 'asc' | 'desc';
}

type Filter = (index: number) => boolean;

const SORT_KEYS: Record<Exclude<TrackSort, 'score'>, TrackSortKey> = {
  ranking_all: 'popularity',
  artist: 'artist',
  title: 'title',
  bpm: 'bpm',
  freshness: 'freshness',
  duration: 'duration',
};

const bytes = (indexes: Int32Array) => indexes.byteLength;
const MB = 1024 * 1024;

export class TrackSearch {
  private readonly text: TextIndex;
  private readonly results = new LruCache<string, Int32Array>(256, bytes, 8 * MB);

  constructor(
    db: Db,
    private readonly columns: TrackColumns,
    private readonly artistIds: (namesOrIds: string[]) => number[],
  ) {
    // Titles weigh most, then artists; descriptions, keywords and tags alike.
    this.text = new TextIndex(db, {
      table: 'tracks_fts',
      weights: [4, 3, 1, 1.5, 1.5],
      indexOf: (id) => this.columns.indexOf(id),
      rankCache: { entries: 256, bytes: 8 * MB },
    });
  }

  /** Catalog indexes of every matching track, in result order. */
  search(params: TrackSearchParams): Int32Array {
    const key = JSON.stringify(resultKey(params));
    let indexes = this.results.get(key);
    if (!indexes) {
      indexes = this.collect(params);
      this.results.set(key, indexes);
    }
    return indexes;
  }

  private collect(params: TrackSearchParams): Int32Array {
    const c = this.columns;
    const filters = this.filters(params);
    const query = parseQuery(params.query ?? '');
    const include = includeExpression(query);
    const exclude = excludeExpression(query);
    let excluded: Uint8Array | undefined;
    if (exclude) {
      excluded = new Uint8Array(c.size);
      for (const i of this.text.matches(exclude)) excluded[i] = 1;
    }
    const sort = params.sort ?? 'score';
    const descending = (params.sort_order ?? 'desc') === 'desc';
    // score: bm25 for a text query, popularity without one.
    let order: Int32Array;
    let bestFirst: boolean;
    let candidate: Uint8Array | undefined;
    if (include) {
      const ranked = this.text.ranked(include);
      if (sort === 'score') {
        order = ranked;
        bestFirst = true;
      } else {
        candidate = new Uint8Array(c.size);
        for (const i of ranked) candidate[i] = 1;
        order = c.orders[SORT_KEYS[sort]];
        bestFirst = false;
      }
    } else {
      order = c.orders[sort === 'score' ? 'popularity' : SORT_KEYS[sort]];
      bestFirst = false;
    }
    // bestFirst orders hold the best match first, so "desc" (best first) reads them forwards.
    const forwards = bestFirst === descending;
    const out = new Int32Array(order.length);
    let count = 0;
    const n = order.length;
    for (let k = 0; k < n; k++) {
      const i = order[forwards ? k : n - 1 - k] as number;
      if (candidate !== undefined && candidate[i] === 0) continue;
      if (excluded !== undefined && excluded[i] === 1) continue;
      let ok = true;
      for (const filter of filters)
        if (!filter(i)) {
          ok = false;
          break;
        }
      if (ok) out[count++] = i;
    }
    return out.slice(0, count);
  }

  private filters(params: TrackSearchParams): Filter[] {
    const c = this.columns;
    const filters: Filter[] = [];
    const artists = listValues(params.artists);
    if (artists.length > 0) {
      const ids = new Set(this.artistIds(artists));
      filters.push((i) => ids.has(c.artist[i] as number) || ids.has(c.featured[i] as number));
    }
    range(filters, c.bpm, 'bpm', params.bpm, params.bpm_from, params.bpm_to);
    range(
      filters,
      c.duration,
      'duration',
      params.duration,
      params.duration_from,
      params.duration_to,
    );
    allOf(filters, c.genres, params.genre, 'genre', 'genres');
    allOf(filters, c.moods, params.moods, 'moods', 'moods');
    allOf(filters, c.instruments, params.instruments, 'instruments', 'instruments');
    if (params.vocal_description !== undefined && params.vocal_description.trim() !== '') {
      const wanted = vocalCodes(params.vocal_description);
      filters.push((i) => wanted.has(c.vocal[i] as number));
    }
    if (params.is_instrumental !== undefined) {
      const instrumental = params.is_instrumental ? 1 : 0;
      filters.push((i) => c.instrumental[i] === instrumental);
    }
    return filters;
  }
}

/** The vendor's range parameters: exact value, from, to; an upside-down range is a 400. */
function range(
  filters: Filter[],
  column: Int16Array | Int32Array,
  name: string,
  exact?: number,
  from?: number,
  to?: number,
): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw SandboxError.badRequest(
      `${name}_to (${to}) must be greater than or equal to ${name}_from (${from})`,
      `$.query.${name}_to`,
      'VALIDATION_MINIMUM',
      String(to),
    );
  }
  if (exact !== undefined) filters.push((i) => column[i] === exact);
  if (from !== undefined) filters.push((i) => (column[i] as number) >= from);
  if (to !== undefined) filters.push((i) => (column[i] as number) <= to);
}

/** Tracks having each of the named values (genres, moods, instruments); an unknown name is a 400. */
function allOf(
  filters: Filter[],
  column: BitColumn,
  values: string[] | undefined,
  parameter: string,
  listName: string,
): void {
  for (const value of listValues(values)) {
    const bit = column.indexOf(value);
    if (bit < 0) {
      throw SandboxError.badRequest(
        `Unknown ${parameter} "${value}"; see GET /v2/audio/${listName}`,
        `$.query.${parameter}`,
        'VALIDATION_ENUM_MISMATCH',
        value,
      );
    }
    filters.push((i) => column.has(i, bit));
  }
}

/** The VOCALS indexes a vocal_description value means ("male", "female", "choir", …). */
function vocalCodes(value: string): Set<number> {
  const words = value.toLowerCase().match(/[a-z]+/g) ?? [];
  const wanted = new Set<number>();
  VOCALS.forEach((vocal, index) => {
    const description: string[] = vocal.description.toLowerCase().match(/[a-z]+/g) ?? [];
    const matches = (word: string) =>
      (vocal.matches as readonly string[]).includes(word) || description.includes(word);
    if (words.filter((w) => w !== 'vocals' && w !== 'and' && w !== 'vocal').every(matches))
      wanted.add(index);
  });
  if (wanted.size === 0) {
    throw SandboxError.badRequest(
      'vocal_description must describe the voices: male, female, male and female, or choir',
      '$.query.vocal_description',
      'VALIDATION_ENUM_MISMATCH',
      value,
    );
  }
  return wanted;
}

function resultKey(params: TrackSearchParams): unknown[] {
  const query = parseQuery(params.query ?? '');
  return [
    includeExpression(query),
    excludeExpression(query),
    params.sort ?? 'score',
    params.sort_order ?? 'desc',
    listValues(params.artists),
    params.bpm,
    params.bpm_from,
    params.bpm_to,
    params.duration,
    params.duration_from,
    params.duration_to,
    listValues(params.genre).map((v) => v.toLowerCase()),
    listValues(params.moods).map((v) => v.toLowerCase()),
    listValues(params.instruments).map((v) => v.toLowerCase()),
    params.vocal_description,
    params.is_instrumental,
  ];
}
