// Similar images: those sharing the most (and the rarest) keywords with an image, with
// a bonus for a shared category and a close dominant colour. An inverted index of
// keywords is built in memory on first use (about 15 MB for 100k images).
import { colorDistance } from '../colors';
import type { Db } from '../db';
import { MAX_COLORS, type CatalogColumns } from './columns';

const CANDIDATES = 1_000;

/** Which images carry each keyword, and which keywords each image carries (compact CSR arrays). */
interface KeywordIndex {
  /** postings[postingStart[k] .. postingStart[k + 1]) are the images with keyword k. */
  postingStart: Int32Array;
  postings: Int32Array;
  keywordStart: Int32Array;
  keywords: Uint16Array;
}

export class SimilarImages {
  private index: KeywordIndex | undefined;

  constructor(
    private readonly db: Db,
    private readonly columns: CatalogColumns,
  ) {}

  /** Builds the keyword index ahead of the first request. */
  warm(): void {
    this.build();
  }

  /** Catalog indexes of images similar to the one at `target`, most similar first. */
  find(target: number): Int32Array {
    const index = this.build();
    const c = this.columns;
    const scores = new Float32Array(c.size);
    for (
      let k = index.keywordStart[target] as number;
      k < (index.keywordStart[target + 1] as number);
      k++
    ) {
      const keyword = index.keywords[k] as number;
      const from = index.postingStart[keyword] as number;
      const to = index.postingStart[keyword + 1] as number;
      // Keywords on more than an eighth of the catalog ("people", "blue") say little; skip them.
      if ((to - from) * 8 > c.size) continue;
      const weight = Math.log(c.size / Math.max(1, to - from));
      for (let p = from; p < to; p++) {
        const i = index.postings[p] as number;
        scores[i] = (scores[i] as number) + weight;
      }
    }
    scores[target] = 0;

    // The best keyword matches, then re-ranked with category and colour.
    const top = topIndexes(scores, CANDIDATES);
    const categories = c.categoryMask[target] as number;
    const mainColor = c.colors[target * MAX_COLORS] as number;
    const final = new Map<number, number>();
    for (const i of top) {
      let score = scores[i] as number;
      if (((c.categoryMask[i] as number) & categories) !== 0) score *= 1.25;
      if (mainColor >= 0) {
        let nearest = Infinity;
        for (let k = 0; k < MAX_COLORS; k++) {
          const color = c.colors[i * MAX_COLORS + k] as number;
          if (color >= 0) nearest = Math.min(nearest, colorDistance(color, mainColor));
        }
        score *= 1 + 0.25 * Math.max(0, 1 - nearest / 300);
      }
      final.set(i, score);
    }
    return Int32Array.from(
      top.sort((a, b) => (final.get(b) as number) - (final.get(a) as number) || b - a),
    );
  }

  private build(): KeywordIndex {
    if (this.index) return this.index;
    const n = this.columns.size;
    const keywordCount =
      (this.db.prepare('SELECT max(id) FROM keywords').pluck().get() as number) + 1;
    const keywordStart = new Int32Array(n + 1);
    const frequency = new Int32Array(keywordCount + 1);
    let keywords = new Uint16Array(n * 40);
    let total = 0;
    let i = 0;
    for (const blob of this.db
      .prepare('SELECT keyword_ids FROM images ORDER BY id')
      .pluck()
      .iterate() as IterableIterator<Buffer>) {
      if (total + blob.length / 2 > keywords.length) {
        const grown = new Uint16Array(keywords.length * 2);
        grown.set(keywords);
        keywords = grown;
      }
      for (let offset = 0; offset < blob.length; offset += 2) {
        const id = blob.readUInt16LE(offset);
        keywords[total++] = id;
        frequency[id] = (frequency[id] as number) + 1;
      }
      keywordStart[++i] = total;
    }
    keywords = keywords.slice(0, total);
    const postingStart = new Int32Array(keywordCount + 1);
    for (let k = 0; k < keywordCount; k++)
      postingStart[k + 1] = (postingStart[k] as number) + (frequency[k] as number);
    const fill = postingStart.slice(0, keywordCount);
    const postings = new Int32Array(total);
    for (let image = 0; image < n; image++) {
      for (let k = keywordStart[image] as number; k < (keywordStart[image + 1] as number); k++) {
        const keyword = keywords[k] as number;
        postings[fill[keyword] as number] = image;
        fill[keyword] = (fill[keyword] as number) + 1;
      }
    }
    this.index = { postingStart, postings, keywordStart, keywords };
    return this.index;
  }
}

/** Indexes of the `count` highest positive scores. */
function topIndexes(scores: Float32Array, count: number): number[] {
  const positive: number[] = [];
  for (let i = 0; i < scores.length; i++) if ((scores[i] as number) > 0) positive.push(i);
  let candidates = positive;
  if (positive.length > count) {
    // A numeric typed-array sort finds the cut-off score fast; only the best are then sorted.
    const values = Float32Array.from(positive, (i) => scores[i] as number).sort();
    const threshold = values[values.length - count] as number;
    candidates = positive.filter((i) => (scores[i] as number) >= threshold);
  }
  candidates.sort((a, b) => (scores[b] as number) - (scores[a] as number) || b - a);
  return candidates.slice(0, count);
}
