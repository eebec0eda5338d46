// What a catalog's seeding counts as it inserts assets, for the keywords table (suggestions)
// and the words table (spellcheck); and its contributors, inserted first.
import type { Db } from '../db';

export class Vocabulary {
  private readonly keywordIds = new Map<string, number>();
  private readonly keywordCounts: number[] = [];
  private readonly wordCounts = new Map<string, number>();

  /** Counts a keyword; its id (1, 2, … in the order keywords are first seen). */
  keyword(keyword: string): number {
    let id = this.keywordIds.get(keyword);
    if (id === undefined) this.keywordIds.set(keyword, (id = this.keywordIds.size + 1));
    this.keywordCounts[id] = (this.keywordCounts[id] ?? 0) + 1;
    return id;
  }

  /** Counts each word (letters and digits, lower case) of a text. */
  words(text: string): void {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      this.wordCounts.set(word, (this.wordCounts.get(word) ?? 0) + 1);
  }

  /** Writes the keywords and words tables (call it inside the seeding's last transaction). */
  write(db: Db): void {
    const insertKeyword = db.prepare(
      'INSERT INTO keywords (id, keyword, frequency) VALUES (?, ?, ?)',
    );
    for (const [keyword, id] of this.keywordIds)
      insertKeyword.run(id, keyword, this.keywordCounts[id]);
    const insertWord = db.prepare('INSERT INTO words (word, frequency) VALUES (?, ?)');
    for (const [word, frequency] of this.wordCounts) insertWord.run(word, frequency);
  }
}

/** Inserts a catalog's contributors, in one transaction. */
export function insertContributors(db: Db, contributors: { id: number; name: string }[]): void {
  db.transaction(() => {
    const insert = db.prepare('INSERT INTO contributors (id, name) VALUES (?, ?)');
    for (const contributor of contributors) insert.run(contributor.id, contributor.name);
  })();
}
