// Image search: the catalog search engine (lib/catalog-search.ts) over images_fts and the
// image columns, with the vendor's spellcheck_query and spellcheck_info.
import type { Db } from '../db';
import { CatalogSearch, type CatalogSort } from '../lib/catalog-search';
import type { CatalogColumns } from './columns';
import { buildFilters, type ImageFilterParams } from './filters';
import type { Vocabulary } from './text';

export type ImageSort = CatalogSort;

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

export class ImageSearch {
  private readonly engine: CatalogSearch;

  constructor(
    db: Db,
    private readonly columns: CatalogColumns,
    vocabulary: Vocabulary,
    private readonly contributorIds: (namesOrIds: string[]) => number[],
  ) {
    this.engine = new CatalogSearch({
      db,
      ftsTable: 'images_fts',
      columns,
      vocabulary,
      bm25Limit: 6_000,
      // 100,000 images: a whole ordered result is at most 400 kB.
      cacheMegabytes: 32,
      unshaping: ['spellcheck_query', 'fields'],
    });
  }

  search(params: ImageSearchParams): ImageSearchResult {
    const filters = buildFilters(this.columns, params, this.contributorIds);
    const { indexes, corrected } = this.engine.search({
      query: params.query,
      sort: params.sort,
      filters,
      params,
      applyCorrection: params.spellcheck_query !== false,
    });
    return { indexes, spellcheckInfo: corrected ? { spellchecked_query: corrected } : {} };
  }

  /** Catalog indexes of the images whose caption or keywords match an FTS5 expression, ascending. */
  textMatches(expression: string): Int32Array {
    return this.engine.textMatches(expression);
  }
}
