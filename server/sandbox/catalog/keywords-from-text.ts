// POST /v2/images/search/suggestions: the catalog keywords a text talks about ("Planting
// flowers in spring…" → flowers, spring, …), phrases before single words, ranked by how
// often the text uses them and how telling they are (rarer keywords weigh more).
import type { Db } from '../db';

// prettier-ignore
const STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'has', 'have', 'in', 'into', 'is', 'it', 'its', 'of', 'on',
  'or', 'our', 'so', 'that', 'the', 'their', 'this', 'to', 'was', 'we', 'were', 'will', 'with', 'you', 'your', 'more', 'most', 'very',
  'can', 'make', 'way', 'great', 'new', 'one', 'all', 'also', 'just', 'like', 'some', 'any', 'not', 'no', 'editorial', 'photography',
]);
const MAX_WORDS = 3;

export class KeywordExtractor {
  private readonly frequency = new Map<string, number>();
  private readonly total: number;

  constructor(db: Db) {
    const rows = db.prepare('SELECT keyword, frequency FROM keywords').raw().all() as [
      string,
      number,
    ][];
    for (const [keyword, frequency] of rows) this.frequency.set(keyword, frequency);
    this.total = rows.reduce((max, [, frequency]) => Math.max(max, frequency), 1);
  }

  /** Up to `limit` catalog keywords found in the text, most relevant first. */
  extract(text: string, limit = 10): string[] {
    const words = (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? []).map(
      (w) => w.replace(/'s$/, ''),
    );
    const used = new Uint8Array(words.length);
    const found = new Map<string, { count: number; first: number; words: number }>();
    for (let n = MAX_WORDS; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        if (n === 1 && (used[i] === 1 || STOPWORDS.has(words[i] as string))) continue;
        const keyword = this.known(words.slice(i, i + n));
        if (!keyword) continue;
        const entry = found.get(keyword) ?? { count: 0, first: i, words: n };
        entry.count++;
        found.set(keyword, entry);
        if (n > 1) used.fill(1, i, i + n);
      }
    }
    const score = (keyword: string, entry: { count: number; words: number }) =>
      entry.count *
      Math.log(1 + this.total / (this.frequency.get(keyword) ?? 1)) *
      (1 + 0.5 * (entry.words - 1));
    return [...found.entries()]
      .sort(([a, x], [b, y]) => score(b, y) - score(a, x) || x.first - y.first)
      .slice(0, limit)
      .map(([keyword]) => keyword);
  }

  /** The catalog's keyword for these words, as written or in the other number (flower/flowers). */
  private known(words: string[]): string | undefined {
    if (words.some((word) => word.length < 2) || STOPWORDS.has(words[words.length - 1] as string))
      return undefined;
    const phrase = words.join(' ');
    const variants = [phrase];
    if (phrase.endsWith('ies')) variants.push(`${phrase.slice(0, -3)}y`);
    if (phrase.endsWith('es')) variants.push(phrase.slice(0, -2));
    if (phrase.endsWith('s')) variants.push(phrase.slice(0, -1));
    else variants.push(`${phrase}s`);
    return variants.find((variant) => this.frequency.has(variant));
  }
}
