// The image catalog as the routes use it: search, images by id, suggestions, similar images.
import type { Db } from '../db';
import { CatalogColumns } from './columns';
import { ImageStore } from './images';
import { KeywordExtractor } from './keywords-from-text';
import { ImageSearch } from './search';
import { SimilarImages } from './similar';
import { Suggestions } from './suggestions';
import { Vocabulary } from './text';

export class Catalog {
  readonly columns: CatalogColumns;
  readonly images: ImageStore;
  readonly search: ImageSearch;
  readonly suggestions: Suggestions;
  readonly similar: SimilarImages;
  /** Catalog keywords found in a text (POST /v2/images/search/suggestions). */
  readonly keywordsFromText: KeywordExtractor;

  constructor(private readonly db: Db) {
    this.columns = new CatalogColumns(db);
    this.images = new ImageStore(db);
    const words = db.prepare('SELECT word, frequency FROM words').raw().all() as [string, number][];
    this.search = new ImageSearch(db, this.columns, new Vocabulary(words), (values) =>
      this.contributorIds(values),
    );
    this.suggestions = new Suggestions(db);
    this.similar = new SimilarImages(db, this.columns);
    this.keywordsFromText = new KeywordExtractor(db);
  }

  /** Contributor ids from ids or names (the vendor's contributor filter takes either). */
  contributorIds(namesOrIds: string[]): number[] {
    const byName = this.db
      .prepare('SELECT id FROM contributors WHERE name = ? COLLATE NOCASE')
      .pluck();
    return namesOrIds.flatMap((value) => {
      if (/^\d+$/.test(value)) return [Number(value)];
      return byName.all(value) as number[];
    });
  }
}
