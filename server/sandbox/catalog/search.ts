// Image search: FTS5 finds the images matching the text, the in-memory columns filter
// and order them. Text matches and whole ordered results are cached (LRU), so paging
// through a result and refining filters stay cheap; total_count is always exact.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import type { CatalogColumns } from './columns';
import { buildFilters, type Filter, type ImageFilterParams } from './filters';
import { LruCache } from '../lib/lru';
import {
  excludeExpression,
  formatQuery,
  includeExpression,
  parseQuery,
  type ParsedQuery,
  type Vocabulary,
} from './text';

export type ImageSort = 'newest' | 'popular' | 'relevance' | 'random';

export interface ImageSearchParams extends ImageFilterParams {
  query?: string;
  sort?: ImageSort;
  spellcheck_query?: boolean;
}

export interface ImageSearchResult {
  /** Catalog indexes of every matching image, in result order. */
  indexes: Int32Array;
  /** The vendor's spellcheck_info: the corrected query when a term was misspelt. */
  spellcheckInfo: { spellchecked_query?: string };
}

/** Above this many text matches, relevance uses a cheaper ordering than bm25 (see rankedMatches). */
const BM25_LIMIT = 6_000;
const MB = 1024 * 1024;
const bytes = (indexes: Int32Array) => indexes.byteLength;

export class ImageSearch {
  private readonly matchStatement: Statement<[string], number>;
  private readonly rankStatement: Statement<[string], number>;
  // Caches, bounded in entries and bytes (about 64 MB at most together).
  private readonly matches = new LruCache<string, Int32Array>(256, bytes, 8 * MB);
  private readonly ranked = new LruCache<string, Int32Array>(64, bytes, 8 * MB);
  private readonly results = new LruCache<string, Int32Array>(256, bytes, 16 * MB);

  constructor(
    db: Db,
    private readonly columns: CatalogColumns,
    private readonly vocabulary: Vocabulary,
    private readonly contributorIds: (namesOrIds: string[]) => number[],
  ) {
    this.matchStatement = db
      .prepare<[string], number>('SELECT rowid FROM images_fts WHERE images_fts MATCH ?')
      .pluck();
    // Captions weigh twice as much as keywords: a caption names what the picture shows.
    this.rankStatement = db
      .prepare<[string], number>(
        'SELECT rowid FROM images_fts WHERE images_fts MATCH ? ORDER BY bm25(images_fts, 2.0, 1.0)',
      )
      .pluck();
  }

  search(params: ImageSearchParams): ImageSearchResult {
    let query = parseQuery(params.query ?? '');
    const spellcheckInfo: ImageSearchResult['spellcheckInfo'] = {};
    const corrected = this.spellcheck(query);
    if (corrected) {
      spellcheckInfo.spellchecked_query = formatQuery(corrected);
      if (params.spellcheck_query !== false) query = corrected;
    }
    const filters = buildFilters(this.columns, params, this.contributorIds);
    const sort = params.sort ?? 'popular';
    if (sort === 'random')
      return { indexes: shuffle(this.collect(query, filters, 'popular')), spellcheckInfo };

    const key = JSON.stringify([formatQuery(query), sort, filterKey(params)]);
    let indexes = this.results.get(key);
    if (!indexes) {
      indexes = this.collect(query, filters, sort);
      this.results.set(key, indexes);
    }
    return { indexes, spellcheckInfo };
  }

  /** Catalog indexes of the images whose caption or keywords match an FTS5 expression, ascending. */
  textMatches(expression: string): Int32Array {
    let indexes = this.matches.get(expression);
    if (!indexes) {
      indexes = this.toIndexes(this.matchStatement.all(expression));
      this.matches.set(expression, indexes);
    }
    return indexes;
  }

  private collect(
    query: ParsedQuery,
    filters: Filter[],
    sort: Exclude<ImageSort, 'random'>,
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
      if (!candidate) candidate = new Uint8Array(c.size).fill(1);
      for (const index of this.textMatches(exclude)) candidate[index] = 0;
    }
    const filterCount = filters.length;
    const accept = (i: number) => {
      if (candidate !== undefined && candidate[i] === 0) return false;
      for (let f = 0; f < filterCount; f++) if (!(filters[f] as Filter)(i)) return false;
      return true;
    };

    // Ids grow with the date added, so the newest images are at the end of the columns.
    const order =
      sort === 'relevance' && include
        ? this.rankedMatches(include)
        : sort === 'newest'
          ? c.newestOrder
          : c.popularOrder;
    const out = new Int32Array(include ? this.textMatches(include).length : c.size);
    let count = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      if (accept(i)) out[count++] = i;
    }
    return out.slice(0, count);
  }

  /**
   * Text matches by relevance: bm25 (captions weigh twice as much as keywords). bm25
   * scores every match (~1 µs a row), so for broad queries (more than BM25_LIMIT
   * matches) a cheaper order stands in: images whose caption matches come first,
   * then those matching by keyword only, each group by popularity.
   */
  private rankedMatches(expression: string): Int32Array {
    let ranked = this.ranked.get(expression);
    if (ranked) return ranked;
    const matches = this.textMatches(expression);
    if (matches.length <= BM25_LIMIT) {
      ranked = this.toIndexes(this.rankStatement.all(expression));
    } else {
      const inCaption = new Uint8Array(this.columns.size);
      for (const id of this.matchStatement.all(`description : (${expression})`))
        inCaption[this.columns.indexOf(id)] = 1;
      const isMatch = new Uint8Array(this.columns.size);
      for (const i of matches) isMatch[i] = 1;
      ranked = new Int32Array(matches.length);
      const popular = this.columns.popularOrder;
      let count = 0;
      for (let k = 0; k < popular.length; k++)
        if (inCaption[popular[k] as number] === 1) ranked[count++] = popular[k] as number;
      for (let k = 0; k < popular.length; k++) {
        const i = popular[k] as number;
        if (isMatch[i] === 1 && inCaption[i] === 0) ranked[count++] = i;
      }
    }
    this.ranked.set(expression, ranked);
    return ranked;
  }

  private toIndexes(ids: number[]): Int32Array {
    const out = new Int32Array(ids.length);
    let count = 0;
    for (const id of ids) {
      const index = this.columns.indexOf(id);
      if (index >= 0) out[count++] = index;
    }
    return out.subarray(0, count);
  }

  /**
   * When the query matches nothing, the query with its unmatched terms corrected (if
   * the vocabulary knows a close word).
   */
  private spellcheck(query: ParsedQuery): ParsedQuery | undefined {
    const include = includeExpression(query);
    if (!include || this.textMatches(include).length > 0) return undefined;
    const unmatched = (term: string) => this.textMatches(`"${term}"`).length === 0;
    const fix = (term: string) =>
      unmatched(term) ? (this.vocabulary.correct(term) ?? term) : term;
    const corrected = { include: query.include.map(fix), exclude: query.exclude };
    return formatQuery(corrected) === formatQuery(query) ? undefined : corrected;
  }
}

/** The filter parameters that shape a result (not paging or view), in a stable order. */
function filterKey(params: ImageFilterParams): string {
  const entries = Object.entries(params)
    .filter(
      ([name, value]) =>
        value !== undefined &&
        ![
          'page',
          'per_page',
          'view',
          'query',
          'sort',
          'spellcheck_query',
          'fields',
          'language',
        ].includes(name),
    )
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

function shuffle(indexes: Int32Array): Int32Array {
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const swap = indexes[i] as number;
    indexes[i] = indexes[j] as number;
    indexes[j] = swap;
  }
  return indexes;
}
