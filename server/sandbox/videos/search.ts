// Video search: FTS5 finds the videos matching the text, the in-memory columns filter
// and order them, and whole ordered results are cached (LRU) so paging stays cheap.
import type { Statement } from 'better-sqlite3';
import { LruCache } from '../lib/lru';
import {
  excludeExpression,
  formatQuery,
  includeExpression,
  parseQuery,
  type ParsedQuery,
  type Vocabulary,
} from '../catalog/text';
import type { Db } from '../db';
import type { VideoColumns } from './columns';
import { buildVideoFilters, type Filter, type VideoFilterParams } from './filters';

export type VideoSort = 'newest' | 'popular' | 'relevance' | 'random';

export interface VideoSearchParams extends VideoFilterParams {
  query?: string;
  sort?: VideoSort;
}

export interface VideoSearchResult {
  indexes: Int32Array;
  spellcheckedQuery?: string;
}

const BM25_LIMIT = 4_000;
const MB = 1024 * 1024;
const bytes = (indexes: Int32Array) => indexes.byteLength;
const SHAPING = new Set([
  'page',
  'per_page',
  'view',
  'query',
  'sort',
  'language',
  'keyword_safe_search',
  'contributor_country',
]);

export class VideoSearch {
  private readonly matchStatement: Statement<[string], number>;
  private readonly rankStatement: Statement<[string], number>;
  // 20,000 videos: a whole ordered result is at most 80 kB, so a few MB hold hundreds.
  private readonly matches = new LruCache<string, Int32Array>(256, bytes, 4 * MB);
  private readonly ranked = new LruCache<string, Int32Array>(64, bytes, 4 * MB);
  private readonly results = new LruCache<string, Int32Array>(256, bytes, 8 * MB);

  constructor(
    db: Db,
    private readonly columns: VideoColumns,
    private readonly vocabulary: Vocabulary,
    private readonly contributorIds: (namesOrIds: string[]) => number[],
  ) {
    this.matchStatement = db
      .prepare<[string], number>('SELECT rowid FROM videos_fts WHERE videos_fts MATCH ?')
      .pluck();
    this.rankStatement = db
      .prepare<[string], number>(
        'SELECT rowid FROM videos_fts WHERE videos_fts MATCH ? ORDER BY bm25(videos_fts, 2.0, 1.0)',
      )
      .pluck();
  }

  search(params: VideoSearchParams): VideoSearchResult {
    let query = parseQuery(params.query ?? '');
    const corrected = this.spellcheck(query);
    if (corrected) query = corrected;
    const filters = buildVideoFilters(this.columns, params, this.contributorIds);
    const sort = params.sort ?? 'popular';
    const spellcheckedQuery = corrected ? formatQuery(corrected) : undefined;
    if (sort === 'random')
      return {
        indexes: shuffle(this.collect(query, filters, 'popular').slice()),
        spellcheckedQuery,
      };
    const key = JSON.stringify([formatQuery(query), sort, filterKey(params)]);
    let indexes = this.results.get(key);
    if (!indexes) {
      indexes = this.collect(query, filters, sort);
      this.results.set(key, indexes);
    }
    return { indexes, spellcheckedQuery };
  }

  /** Catalog indexes of videos whose text matches an FTS5 expression. */
  textMatches(expression: string): Int32Array {
    let indexes = this.matches.get(expression);
    if (!indexes) {
      indexes = this.toIndexes(this.matchStatement.all(expression));
      this.matches.set(expression, indexes);
    }
    return indexes;
  }

  /** Text matches by bm25 (captions weigh double), for small match sets. */
  rankedByText(expression: string): Int32Array {
    return this.toIndexes(this.rankStatement.all(expression));
  }

  private collect(
    query: ParsedQuery,
    filters: Filter[],
    sort: Exclude<VideoSort, 'random'>,
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
    const out = new Int32Array(order.length);
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

  /** bm25 up to BM25_LIMIT matches; above, caption matches first, then keyword matches, by popularity. */
  private rankedMatches(expression: string): Int32Array {
    let ranked = this.ranked.get(expression);
    if (ranked) return ranked;
    const matches = this.textMatches(expression);
    if (matches.length <= BM25_LIMIT) ranked = this.rankedByText(expression);
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

  private toIndexes(ids: number[]): Int32Array {
    const out = new Int32Array(ids.length);
    let count = 0;
    for (const id of ids) {
      const index = this.columns.indexOf(id);
      if (index >= 0) out[count++] = index;
    }
    return out.subarray(0, count);
  }

  private spellcheck(query: ParsedQuery): ParsedQuery | undefined {
    const include = includeExpression(query);
    if (!include || this.textMatches(include).length > 0) return undefined;
    const fix = (term: string) =>
      this.textMatches(`"${term}"`).length === 0 ? (this.vocabulary.correct(term) ?? term) : term;
    const corrected = { include: query.include.map(fix), exclude: query.exclude };
    return formatQuery(corrected) === formatQuery(query) ? undefined : corrected;
  }
}

function filterKey(params: VideoFilterParams): string {
  return JSON.stringify(
    Object.entries(params)
      .filter(([name, value]) => value !== undefined && !SHAPING.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
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
