// The music catalog's filterable attributes in typed arrays (well under 1 MB for 10k
// tracks), and the precomputed orders of every sort the vendor offers.
import type { Db } from '../db';
import { GENRE_NAMES, INSTRUMENTS, MOOD_NAMES, VOCALS } from './vocab';
import { indexOfId } from '../lib/catalog-search';

/** A set of names per track, as bits (`words` 32-bit words per track). */
export class BitColumn {
  readonly words: number;
  readonly bits: Uint32Array;

  constructor(
    readonly names: readonly string[],
    size: number,
  ) {
    this.words = Math.ceil(names.length / 32);
    this.bits = new Uint32Array(size * this.words);
  }

  /** The index of a name, case-insensitive; -1 when unknown. */
  indexOf(name: string): number {
    const wanted = name.trim().toLowerCase();
    return this.names.findIndex((candidate) => candidate.toLowerCase() === wanted);
  }

  set(row: number, names: string[]): void {
    for (const name of names) {
      const bit = this.names.indexOf(name);
      if (bit < 0) continue;
      const word = row * this.words + (bit >>> 5);
      this.bits[word] = (this.bits[word] as number) | (1 << (bit & 31));
    }
  }

  has(row: number, bit: number): boolean {
    return (((this.bits[row * this.words + (bit >>> 5)] as number) >>> (bit & 31)) & 1) === 1;
  }
}

interface TrackColumnRow {
  id: number;
  title: string;
  artist_ids: string;
  bpm: number;
  duration: number;
  genres: string;
  moods: string;
  instruments: string;
  vocal_description: string;
  is_instrumental: number;
  popularity: number;
}

export type TrackSortKey = 'popularity' | 'title' | 'artist' | 'bpm' | 'freshness' | 'duration';

export class TrackColumns {
  readonly size: number;
  /** Track ids, ascending; a track's position here is its index in every other column. */
  readonly ids: Int32Array;
  readonly bpm: Int16Array;
  readonly duration: Int32Array;
  readonly popularity: Int32Array;
  /** The main artist and a featured one (0: none). */
  readonly artist: Int32Array;
  readonly featured: Int32Array;
  /** Index into VOCALS, -1 for instrumentals. */
  readonly vocal: Int8Array;
  readonly instrumental: Uint8Array;
  readonly genres: BitColumn;
  readonly moods: BitColumn;
  readonly instruments: BitColumn;
  /** Indexes in ascending order of each sort key (ties by id); descending is read backwards. */
  readonly orders: Record<TrackSortKey, Int32Array>;

  constructor(db: Db) {
    const rows = db
      .prepare<[], TrackColumnRow>(
        `SELECT id, title, artist_ids, bpm, duration, genres, moods, instruments, vocal_description,
           is_instrumental, popularity FROM tracks ORDER BY id`,
      )
      .all();
    const artistNames = new Map(
      (db.prepare('SELECT id, name FROM artists').raw().all() as [number, string][]).map(
        ([id, name]) => [id, name],
      ),
    );
    const n = rows.length;
    this.size = n;
    this.ids = new Int32Array(n);
    this.bpm = new Int16Array(n);
    this.duration = new Int32Array(n);
    this.popularity = new Int32Array(n);
    this.artist = new Int32Array(n);
    this.featured = new Int32Array(n);
    this.vocal = new Int8Array(n);
    this.instrumental = new Uint8Array(n);
    this.genres = new BitColumn(GENRE_NAMES, n);
    this.moods = new BitColumn(MOOD_NAMES, n);
    this.instruments = new BitColumn(INSTRUMENTS, n);
    const titles: string[] = new Array<string>(n);
    const artistSort: string[] = new Array<string>(n);
    rows.forEach((row, i) => {
      this.ids[i] = row.id;
      this.bpm[i] = row.bpm;
      this.duration[i] = row.duration;
      this.popularity[i] = row.popularity;
      const [main = 0, featured = 0] = row.artist_ids.split(',').map(Number);
      this.artist[i] = main;
      this.featured[i] = featured;
      this.vocal[i] = VOCALS.findIndex((v) => v.description === row.vocal_description);
      this.instrumental[i] = row.is_instrumental;
      this.genres.set(i, JSON.parse(row.genres) as string[]);
      this.moods.set(i, JSON.parse(row.moods) as string[]);
      this.instruments.set(i, JSON.parse(row.instruments) as string[]);
      titles[i] = row.title;
      artistSort[i] = `${artistNames.get(main) ?? ''}\u0000${row.title}`;
    });

    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const sorted = (compare: (a: number, b: number) => number) => {
      const order = Array.from({ length: n }, (_, i) => i);
      order.sort((a, b) => compare(a, b) || a - b);
      return Int32Array.from(order);
    };
    this.orders = {
      popularity: sorted((a, b) => (this.popularity[a] as number) - (this.popularity[b] as number)),
      title: sorted((a, b) => collator.compare(titles[a] as string, titles[b] as string)),
      artist: sorted((a, b) => collator.compare(artistSort[a] as string, artistSort[b] as string)),
      bpm: sorted((a, b) => (this.bpm[a] as number) - (this.bpm[b] as number)),
      // Ids grow with the date added.
      freshness: Int32Array.from({ length: n }, (_, i) => i),
      duration: sorted((a, b) => (this.duration[a] as number) - (this.duration[b] as number)),
    };
  }

  /** A track's index, or -1 when the catalog has no such id. */
  indexOf(id: number): number {
    return indexOfId(this.ids, id);
  }
}
