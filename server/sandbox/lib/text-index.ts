// A catalog's FTS5 table as catalog indexes: the assets matching a text expression, and
// the same by bm25. Every text search of the sandbox (images, videos, editorial, music)
// asks through one of these; the caches are the catalog's choice.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import { LruCache } from './lru';

export interface TextCacheSize {
  entries: number;
  bytes: number;
}

export interface TextIndexOptions {
  /** The FTS5 table; its rowids are the catalog's ids. */
  table: string;
  /** bm25 weights of the table's columns, in their order. */
  weights: readonly number[];
  /** The catalog index of an id, or -1 when the catalog has no such id. */
  indexOf: (id: number) => number;
  /** Keep text matches (default: none kept). */
  matchCache?: TextCacheSize;
  /** Keep bm25 orders (default: none kept). */
  rankCache?: TextCacheSize;
}

const size = (indexes: Int32Array) => indexes.byteLength;

export class TextIndex {
  private readonly matchStatement: Statement<[string], number>;
  private readonly rankStatement: Statement<[string], number>;
  private readonly matchCache: LruCache<string, Int32Array> | undefined;
  private readonly rankCache: LruCache<string, Int32Array> | undefined;

  constructor(
    db: Db,
    private readonly options: TextIndexOptions,
  ) {
    const { table, weights, matchCache, rankCache } = options;
    this.matchStatement = db
      .prepare<[string], number>(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`)
      .pluck();
    this.rankStatement = db
      .prepare<[string], number>(
        `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY bm25(${table}, ${weights.map((w) => w.toFixed(1)).join(', ')})`,
      )
      .pluck();
    this.matchCache = matchCache && new LruCache(matchCache.entries, size, matchCache.bytes);
    this.rankCache = rankCache && new LruCache(rankCache.entries, size, rankCache.bytes);
  }

  /** Catalog indexes of the assets matching an FTS5 expression, ascending. */
  matches(expression: string): Int32Array {
    return this.cached(this.matchCache, this.matchStatement, expression);
  }

  /** Catalog indexes of the assets matching an FTS5 expression, best bm25 first. */
  ranked(expression: string): Int32Array {
    return this.cached(this.rankCache, this.rankStatement, expression);
  }

  private cached(
    cache: LruCache<string, Int32Array> | undefined,
    statement: Statement<[string], number>,
    expression: string,
  ): Int32Array {
    let indexes = cache?.get(expression);
    if (!indexes) {
      indexes = this.toIndexes(statement.all(expression));
      cache?.set(expression, indexes);
    }
    return indexes;
  }

  private toIndexes(ids: number[]): Int32Array {
    const out = new Int32Array(ids.length);
    let count = 0;
    for (const id of ids) {
      const index = this.options.indexOf(id);
      if (index >= 0) out[count++] = index;
    }
    return out.slice(0, count);
  }
}
