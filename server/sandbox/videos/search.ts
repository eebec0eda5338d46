// Video search: the catalog search engine (lib/catalog-search.ts) over videos_fts and the
// video columns; a query that matches nothing is searched as corrected.
import type { Vocabulary } from '../catalog/text';
import type { Db } from '../db';
import { CatalogSearch, type CatalogSort } from '../lib/catalog-search';
import type { VideoColumns } from './columns';
import { buildVideoFilters, type VideoFilterParams } from './filters';

export type VideoSort = CatalogSort;

export interface VideoSearchParams extends VideoFilterParams {
  query?: string;
  sort?: VideoSort;
}

export interface VideoSearchResult {
  indexes: Int32Array;
  spellcheckedQuery?: string;
}

export class VideoSearch {
  private readonly engine: CatalogSearch;

  constructor(
    db: Db,
    private readonly columns: VideoColumns,
    vocabulary: Vocabulary,
    private readonly contributorIds: (namesOrIds: string[]) => number[],
  ) {
    this.engine = new CatalogSearch({
      db,
      ftsTable: 'videos_fts',
      columns,
      vocabulary,
      bm25Limit: 4_000,
      // 20,000 videos: a whole ordered result is at most 80 kB, so a few MB hold hundreds.
      cacheMegabytes: 16,
      unshaping: ['keyword_safe_search', 'contributor_country'],
    });
  }

  search(params: VideoSearchParams): VideoSearchResult {
    const filters = buildVideoFilters(this.columns, params, this.contributorIds);
    const { indexes, corrected } = this.engine.search({
      query: params.query,
      sort: params.sort,
      filters,
      params,
    });
    return corrected ? { indexes, spellcheckedQuery: corrected } : { indexes };
  }

  /** Catalog indexes of videos whose text matches an FTS5 expression. */
  textMatches(expression: string): Int32Array {
    return this.engine.textMatches(expression);
  }

  /** Text matches by bm25 (captions weigh double), for small match sets. */
  rankedByText(expression: string): Int32Array {
    return this.engine.rankedByText(expression);
  }
}
