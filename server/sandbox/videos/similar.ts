// Similar videos: those whose text best matches a video's distinctive keywords (bm25),
// with the same licence and safety as the video; cached per video.
import { LruCache } from '../lib/lru';
import type { Db } from '../db';
import type { VideoColumns } from './columns';
import type { VideoSearch } from './search';

const KEYWORDS = 10;
const LIMIT = 500;

export class SimilarVideos {
  private readonly frequency: Map<string, number>;
  private readonly cache = new LruCache<number, Int32Array>(512);

  constructor(
    private readonly db: Db,
    private readonly columns: VideoColumns,
    private readonly search: VideoSearch,
  ) {
    this.frequency = new Map(
      (
        db.prepare('SELECT keyword, frequency FROM keywords').all() as {
          keyword: string;
          frequency: number;
        }[]
      ).map((row) => [row.keyword, row.frequency]),
    );
  }

  /** Catalog indexes of videos like the one at `target`, most similar first. */
  find(target: number): Int32Array {
    const cached = this.cache.get(target);
    if (cached) return cached;
    const c = this.columns;
    const keywords = JSON.parse(
      this.db
        .prepare('SELECT keywords FROM videos WHERE id = ?')
        .pluck()
        .get(c.ids[target]) as string,
    ) as string[];
    // The rarer a keyword, the more it says; words on more than a tenth of the catalog say little.
    const distinctive = keywords
      .filter(
        (keyword) =>
          (this.frequency.get(keyword) ?? 0) * 10 < c.size && /[\p{L}\p{N}]/u.test(keyword),
      )
      .sort((a, b) => (this.frequency.get(a) ?? 0) - (this.frequency.get(b) ?? 0))
      .slice(0, KEYWORDS);
    const expression = distinctive.map((keyword) => `"${keyword.replace(/"/g, '')}"`).join(' OR ');
    const ranked = expression ? this.search.rankedByText(expression) : new Int32Array(0);
    const out: number[] = [];
    for (const i of ranked) {
      if (
        i === target ||
        c.editorial[i] !== c.editorial[target] ||
        (c.adult[i] === 1 && c.adult[target] === 0)
      )
        continue;
      out.push(i);
      if (out.length >= LIMIT) break;
    }
    const result = Int32Array.from(out);
    this.cache.set(target, result);
    return result;
  }
}
