// Search suggestions: completions of what was typed, from the keyword vocabulary,
// most used keywords first.
import type { Db } from '../db';

export class Suggestions {
  /** Keywords in alphabetical order, with how many images carry each. */
  private readonly keywords: { keyword: string; frequency: number }[];

  constructor(db: Db) {
    this.keywords = db
      .prepare('SELECT keyword, frequency FROM keywords ORDER BY keyword')
      .all() as {
      keyword: string;
      frequency: number;
    }[];
  }

  /**
   * Keywords that start with the text, then keywords with a later word that does
   * ("ret" → "retro", then "golden retriever"), each group by popularity.
   */
  complete(text: string, limit: number): string[] {
    const prefix = text.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!prefix) return [];
    const starts: { keyword: string; frequency: number }[] = [];
    for (let i = this.lowerBound(prefix); i < this.keywords.length; i++) {
      const entry = this.keywords[i] as { keyword: string; frequency: number };
      if (!entry.keyword.startsWith(prefix)) break;
      if (entry.keyword !== prefix) starts.push(entry);
    }
    const inner = this.keywords.filter(
      (entry) => entry.keyword.includes(` ${prefix}`) && !entry.keyword.startsWith(prefix),
    );
    const byFrequency = (a: { frequency: number }, b: { frequency: number }) =>
      b.frequency - a.frequency;
    return [...starts.sort(byFrequency), ...inner.sort(byFrequency)]
      .slice(0, limit)
      .map((entry) => entry.keyword);
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.keywords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.keywords[mid] as { keyword: string }).keyword < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
