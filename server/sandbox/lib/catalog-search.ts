// The catalog search engine that images and videos configure: FTS5 finds the assets
// matching the text, the in-memory columns filter and order them. Text matches, relevance
// orders and whole ordered results are cached (LRU), so paging through a result and
// refining filters stay cheap; total_count is always exact.
import {
  excludeExpression,
  formatQuery,
  includeExpression,
  parseQuery,
  type ParsedQuery,
  type Vocabulary,
} from '../catalog/text';
import type { Db } from '../db';
import { LruCache } from './lru';
import { TextIndex } from './text-index';

/** What the engine needs of a catalog's in-memory columns. */
export interface SearchColumns {
  readonly size: number;
  /** Indexes by popularity, most popular first. */
  readonly popularOrder: Int32Array;
  /** Indexes newest first. */
  readonly newestOrder: Int32Array;
  /** An asset's index, or -1 when the catalog has no such id. */
  indexOf(id: number): number;
}

/** Whether the asset at an index passes a filter. */
export type Filter = (index: number) => boolean;

export type CatalogSort = 'newest' | 'popular' | 'relevance' | 'random';

export interface CatalogSearchOptions {
  db: Db;
  /** The FTS5 table, with the caption (`description`) first and keywords second. */
  ftsTable: string;
  columns: SearchColumns;
  /** The words spellcheck corrects towards. */
  vocabulary: Vocabulary;
  /** Above this many text matches, relevance uses a cheaper order than bm25 (see rankedMatches). */
  bm25Limit: number;
  /** Megabytes the caches may hold together. */
  cacheMegabytes: number;
  /** Request parameters that do not change a result, besides NOT_SHAPING: not in the cache key. */
  unshaping: readonly string[];
}

export interface CatalogSearchRequest {
  query: string | undefined;
  sort: CatalogSort | undefined;
  filters: Filter[];
  /** The request's parameters: those that shape the result key the result cache. */
  params: object;
  /** Whether a query that matches nothing is searched as corrected (default true). */
  applyCorrection?: boolean;
}

export interface CatalogSearchResult {
  /** Catalog indexes of every matching asset, in result order. */
  indexes: Int32Array;
  /** The corrected query when a term of a query matching nothing was misspelt. */
  corrected?: string;
}

/** Parameters no search result depends on: paging, the view, and the text and sort (keyed apart). */
export const NOT_SHAPING = ['page', 'per_page', 'view', 'query', 'sort', 'language'] as const;

const MB = 1024 * 1024;
const bytes = (indexes: Int32Array) => indexes.byteLength;

export class CatalogSearch {
  private readonly text: TextIndex;
  private readonly columns: SearchColumns;
  private readonly ranked: LruCache<string, Int32Array>;
  private readonly results: LruCache<string, Int32Array>;
  private readonly unshaping: Set<string>;

  constructor(private readonly options: CatalogSearchOptions) {
    this.columns = options.columns;
    this.unshaping = new Set([...NOT_SHAPING, ...options.unshaping]);
    // A quarter of the memory for text matches, a quarter for relevance orders, half for results.
    const quarter = (options.cacheMegabytes * MB) / 4;
    // Captions weigh twice as much as keywords: a caption names what the asset shows.
    this.text = new TextIndex(options.db, {
      table: options.ftsTable,
      weights: [2, 1],
      indexOf: (id) => this.columns.indexOf(id),
      matchCache: { entries: 256, bytes: quarter },
    });
    this.ranked = new LruCache(64, bytes, quarter);
    this.results = new LruCache(256, bytes, 2 * quarter);
  }

  search(request: CatalogSearchRequest): CatalogSearchResult {
    let query = parseQuery(request.query ?? '');
    const corrected = this.spellcheck(query);
    if (corrected && request.applyCorrection !== false) query = corrected;
    const result: CatalogSearchResult = { indexes: new Int32Array(0) };
    if (corrected) result.corrected = formatQuery(corrected);
    const sort = request.sort ?? 'popular';
    if (sort === 'random') {
      result.indexes = shuffle(this.collect(query, request.filters, 'popular'));
      return result;
    }
    const key = JSON.stringify([formatQuery(query), sort, this.shapingKey(request.params)]);
    let indexes = this.results.get(key);
    if (!indexes) {
      indexes = this.collect(query, request.filters, sort);
      this.results.set(key, indexes);
    }
    result.indexes = indexes;
    return result;
  }

  /** Catalog indexes of the assets whose caption or keywords match an FTS5 expression, ascending. */
  textMatches(expression: string): Int32Array {
    return this.text.matches(expression);
  }

  /** Text matches by bm25 (captions weigh double): for small match sets. */
  rankedByText(expression: string): Int32Array {
    return this.text.ranked(expression);
  }

  private collect(
    query: ParsedQuery,
    filters: Filter[],
    sort: Exclude<CatalogSort, 'random'>,
  ): Int32Array {
    const c = this.columns;
    const include = includeExpression(query);
    const exclude = excludeExpression(query);
    let candidate: Uint8Array | undefined;
    if (include) {
      candidate = new Uint8Array(c.size);
      for (const index of this.textMatches(include)) candidate[index] = 1;
    }
    if (exclude) {
      candidate ??= new Uint8Array(c.size).fill(1);
      for (const index of this.textMatches(exclude)) candidate[index] = 0;
    }
    const order =
      sort === 'relevance' && include
        ? this.rankedMatches(include)
        : sort === 'newest'
          ? c.newestOrder
          : c.popularOrder;
    const out = new Int32Array(include ? this.textMatches(include).length : order.length);
    let count = 0;
    const filterCount = filters.length;
    outer: for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      if (candidate !== undefined && candidate[i] === 0) continue;
      for (let f = 0; f < filterCount; f++) if (!(filters[f] as Filter)(i)) continue outer;
      out[count++] = i;
    }
    return out.slice(0, count);
  }

  /**
   * Text matches by relevance: bm25 (captions weigh twice as much as keywords). bm25
   * scores every match (~1 µs a row), so for broad queries (more than bm25Limit matches)
   * a cheaper order stands in: assets whose caption matches come first, then those
   * matching by keyword only, each group by popularity.
   */
  private rankedMatches(expression: string): Int32Array {
    let ranked = this.ranked.get(expression);
    if (ranked) return ranked;
    const matches = this.textMatches(expression);
    if (matches.length <= this.options.bm25Limit) ranked = this.rankedByText(expression);
    else {
      const inCaption = new Uint8Array(this.columns.size);
      for (const i of this.textMatches(`description : (${expression})`)) inCaption[i] = 1;
      const isMatch = new Uint8Array(this.columns.size);
      for (const i of matches) isMatch[i] = 1;
      ranked = new Int32Array(matches.length);
      const popular = this.columns.popularOrder;
      let count = 0;
      for (const i of popular) if (inCaption[i] === 1) ranked[count++] = i;
      for (const i of popular) if (isMatch[i] === 1 && inCaption[i] === 0) ranked[count++] = i;
    }
    this.ranked.set(expression, ranked);
    return ranked;
  }

  /**
   * When the query matches nothing, the query with its unmatched terms corrected (if the
   * vocabulary knows a close word).
   */
  private spellcheck(query: ParsedQuery): ParsedQuery | undefined {
    const include = includeExpression(query);
    if (!include || this.textMatches(include).length > 0) return undefined;
    const fix = (term: string) =>
      this.textMatches(`"${term}"`).length === 0
        ? (this.options.vocabulary.correct(term) ?? term)
        : term;
    const corrected = { include: query.include.map(fix), exclude: query.exclude };
    return formatQuery(corrected) === formatQuery(query) ? undefined : corrected;
  }

  /** The parameters that shape a result, in a stable order. */
  private shapingKey(params: object): string {
    return JSON.stringify(
      Object.entries(params)
        .filter(([name, value]) => value !== undefined && !this.unshaping.has(name))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }
}

/** The result orders of a catalog whose ids grow with the date added. */
export function searchOrders(popularity: Int32Array): {
  popularOrder: Int32Array;
  newestOrder: Int32Array;
} {
  const n = popularity.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (popularity[b] as number) - (popularity[a] as number) || b - a);
  return {
    popularOrder: Int32Array.from(order),
    newestOrder: Int32Array.from({ length: n }, (_, k) => n - 1 - k),
  };
}

/** The index of an id in ascending ids, or -1 when it is not there. */
export function indexOfId(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = ids[mid] as number;
    if (value === id) return mid;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Shuffles indexes in place (Fisher–Yates), for sort=random. */
export function shuffle(indexes: Int32Array): Int32Array {
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const swap = indexes[i] as number;
    indexes[i] = indexes[j] as number;
    indexes[j] = swap;
  }
  return indexes;
}
