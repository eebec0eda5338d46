// The editorial catalog as the routes use it: search (FTS5 for text, typed arrays for the
// filters and the country rights), pictures by id, live feeds and updates.
import type { Statement } from 'better-sqlite3';
import { TextIndex } from '../lib/text-index';
import { excludeExpression, includeExpression, parseQuery } from '../catalog/text';
import type { Db } from '../db';
import { EDITORIAL_CATEGORIES, SUPPLIERS } from './vocabulary';

/** What an editorial picture's and an editorial video's rows both hold: id, words, source. */
export interface EditorialTextRow {
  id: string;
  title: string;
  caption: string;
  keywords: string;
  categories: string;
  supplier_code: string;
  byline: string;
  date_taken: string;
}

export interface EditorialRow extends EditorialTextRow {
  num: number;
  description: string;
  created_time: string;
  updated_time: string;
  width: number;
  height: number;
  colors: string;
  rights: string;
  special_instructions: string;
  motif: string;
  feed: number | null;
}

export type EditorialSort = 'relevant' | 'newest' | 'oldest';

export interface EditorialSearchParams {
  query?: string;
  sort: EditorialSort;
  /** Category names, all of which a picture must have. */
  categories: string[];
  country: string;
  supplierCodes: string[];
  dateStart?: string;
  dateEnd?: string;
}

export interface Feed {
  index: number;
  id: string;
  name: string;
  created_time: string;
  /** Catalog indexes of its pictures, newest first. */
  items: number[];
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const SELECT = 'SELECT * FROM editorial_images';
/** The vendor id: digits, then one lower-case letter. */
export const EDITORIAL_ID = /^([1-9]\d{0,12})([a-z])$/;

export class EditorialCatalog {
  readonly size: number;
  /** Row ids (the ids' digits), ascending: by date taken, as ids grow with time. */
  readonly nums: Int32Array;
  private readonly day: Int32Array;
  private readonly supplier: Uint8Array;
  private readonly categoryMask: Int32Array;
  /** Pictures with restricted rights: allowed countries (allow-list) or denied ones. */
  private readonly restricted = new Map<number, { allow: boolean; countries: string[] }>();
  private readonly countryMasks = new Map<string, Uint8Array>();
  private readonly text: TextIndex;
  private readonly byNum: Statement<[number], EditorialRow>;
  readonly feeds: Feed[];
  private readonly feedsById = new Map<string, Feed>();

  constructor(readonly db: Db) {
    const rows = db
      .prepare(
        'SELECT num, date_taken, supplier_code, categories, rights, feed FROM editorial_images ORDER BY num',
      )
      .raw()
      .all() as [number, string, string, string, string, number | null][];
    this.size = rows.length;
    this.nums = new Int32Array(this.size);
    this.day = new Int32Array(this.size);
    this.supplier = new Uint8Array(this.size);
    this.categoryMask = new Int32Array(this.size);
    const supplierIndex = new Map(SUPPLIERS.map((s, i) => [s.code, i + 1]));
    const feedItems = new Map<number, number[]>();
    rows.forEach(([num, date, supplier, categories, rights, feed], i) => {
      this.nums[i] = num;
      this.day[i] = dayNumber(date);
      this.supplier[i] = supplierIndex.get(supplier) ?? 0;
      for (const name of JSON.parse(categories) as string[])
        this.categoryMask[i]! |= categoryBit(name);
      if (rights) {
        const allow = rights.endsWith('-*');
        const countries = rights
          .split(',')
          .filter((part) => part !== '-*')
          .map((part) => part.slice(1));
        this.restricted.set(i, { allow, countries });
      }
      if (feed !== null) feedItems.set(feed, [...(feedItems.get(feed) ?? []), i]);
    });
    this.feeds = (
      db.prepare('SELECT idx, id, name, created_time FROM feeds ORDER BY idx').all() as {
        idx: number;
        id: string;
        name: string;
        created_time: string;
      }[]
    )
      .map((feed) => ({
        index: feed.idx,
        id: feed.id,
        name: feed.name,
        created_time: feed.created_time,
        items: (feedItems.get(feed.idx) ?? []).reverse(),
      }))
      .sort((a, b) => b.created_time.localeCompare(a.created_time));
    for (const feed of this.feeds) {
      this.feedsById.set(feed.id, feed);
      this.feedsById.set(decodeURIComponent(feed.id), feed);
    }
    this.text = new TextIndex(db, {
      table: 'editorial_fts',
      weights: [2, 1, 1],
      indexOf: (num) => this.indexOf(num),
      matchCache: { entries: 128, bytes: 8 << 20 },
      rankCache: { entries: 128, bytes: 8 << 20 },
    });
    this.byNum = db.prepare<[number], EditorialRow>(`${SELECT} WHERE num = ?`);
  }

  /** A catalog index's position from a row id, or -1. */
  indexOf(num: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = this.nums[mid] as number;
      if (value === num) return mid;
      if (value < num) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The row of a vendor id ("9368200f"), or undefined (malformed or unknown). */
  find(id: string): EditorialRow | undefined {
    const match = EDITORIAL_ID.exec(id);
    if (!match) return undefined;
    const row = this.byNum.get(Number(match[1]));
    return row?.id === id ? row : undefined;
  }

  /** Rows of catalog indexes, in the order given. */
  rows(indexes: ArrayLike<number>): EditorialRow[] {
    if (indexes.length === 0) return [];
    const nums = Array.from(indexes, (i) => this.nums[i] as number);
    const found = this.db
      .prepare<number[], EditorialRow>(`${SELECT} WHERE num IN (${nums.map(() => '?').join(',')})`)
      .all(...nums);
    const byNum = new Map(found.map((row) => [row.num, row]));
    return nums
      .map((num) => byNum.get(num))
      .filter((row): row is EditorialRow => row !== undefined);
  }

  /** Whether a picture may be used in a country (alpha-3). */
  allowedIn(index: number, country: string): boolean {
    return this.countryMask(country)[index] === 1;
  }

  /** Which pictures may be used in a country: 1 per allowed picture. */
  countryMask(country: string): Uint8Array {
    const code = country.toUpperCase();
    let mask = this.countryMasks.get(code);
    if (!mask) {
      mask = new Uint8Array(this.size).fill(1);
      for (const [index, rule] of this.restricted) {
        const named = rule.countries.includes(code);
        if (rule.allow !== named) mask[index] = 0;
      }
      if (this.countryMasks.size > 300) this.countryMasks.clear();
      this.countryMasks.set(code, mask);
    }
    return mask;
  }

  /** Catalog indexes of the matching pictures, in the order of the sort. */
  search(params: EditorialSearchParams): Int32Array {
    const query = parseQuery(params.query ?? '');
    const include = includeExpression(query);
    const exclude = excludeExpression(query);
    const allowed = this.countryMask(params.country);
    let candidate: Uint8Array | undefined;
    if (exclude) {
      candidate = new Uint8Array(this.size).fill(1);
      for (const i of this.text.matches(exclude)) candidate[i] = 0;
    }
    const categoryMask = params.categories.reduce((mask, name) => mask | categoryBit(name), 0);
    const suppliers = new Set(
      params.supplierCodes.map(
        (code) => SUPPLIERS.findIndex((s) => s.code === code.toUpperCase()) + 1,
      ),
    );
    const from = params.dateStart ? dayNumber(params.dateStart) : -Infinity;
    const to = params.dateEnd ? dayNumber(params.dateEnd) : Infinity;
    const accept = (i: number) =>
      allowed[i] === 1 &&
      (candidate === undefined || candidate[i] === 1) &&
      ((this.categoryMask[i] as number) & categoryMask) === categoryMask &&
      (suppliers.size === 0 || suppliers.has(this.supplier[i] as number)) &&
      (this.day[i] as number) >= from &&
      (this.day[i] as number) <= to;

    const out = new Int32Array(this.size);
    let count = 0;
    if (include && params.sort === 'relevant') {
      for (const i of this.text.ranked(include)) if (accept(i)) out[count++] = i;
      return out.slice(0, count);
    }
    let matched: Uint8Array | undefined;
    if (include) {
      matched = new Uint8Array(this.size);
      for (const i of this.text.matches(include)) matched[i] = 1;
    }
    const newestFirst = params.sort !== 'oldest';
    for (let k = 0; k < this.size; k++) {
      const i = newestFirst ? this.size - 1 - k : k;
      if ((matched === undefined || matched[i] === 1) && accept(i)) out[count++] = i;
    }
    return out.slice(0, count);
  }

  feed(id: string): Feed | undefined {
    return this.feedsById.get(id);
  }
}

/** A category's bit in a picture's category mask (0 for an unknown name). */
function categoryBit(name: string): number {
  const index = EDITORIAL_CATEGORIES.findIndex((c) => c.toLowerCase() === name.toLowerCase());
  return index < 0 ? 0 : 1 << index;
}

/** The vendor's spelling of a category name, or undefined when there is no such category. */
export function findEditorialCategory(name: string): string | undefined {
  return EDITORIAL_CATEGORIES.find((c) => c.toLowerCase() === name.trim().toLowerCase());
}
