// Search text: the vendor's query syntax (terms, NOT to exclude a term) turned into an
// FTS5 expression, and spelling suggestions from the catalog's own vocabulary.

const STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'in',
  'at',
  'of',
  'with',
  'for',
  'and',
  'to',
  'from',
  'by',
  'its',
  'is',
  'are',
  'into',
  'or',
]);

export interface ParsedQuery {
  /** Terms every result must match. */
  include: string[];
  /** Terms no result may match. */
  exclude: string[];
}

export function parseQuery(text: string): ParsedQuery {
  const include: string[] = [];
  const exclude: string[] = [];
  let negate = false;
  for (const token of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (token === 'NOT') {
      negate = true;
      continue;
    }
    const term = token.toLowerCase();
    if (!STOPWORDS.has(term)) (negate ? exclude : include).push(term);
    negate = false;
  }
  return { include: [...new Set(include)], exclude: [...new Set(exclude)] };
}

const quote = (term: string) => `"${term}"`;

/** The FTS5 expression of the included terms (all of them), or undefined when there are none. */
export function includeExpression(query: ParsedQuery): string | undefined {
  return query.include.length > 0 ? query.include.map(quote).join(' ') : undefined;
}

/** The FTS5 expression matching any excluded term, or undefined when there are none. */
export function excludeExpression(query: ParsedQuery): string | undefined {
  return query.exclude.length > 0 ? query.exclude.map(quote).join(' OR ') : undefined;
}

export function formatQuery(query: ParsedQuery): string {
  return [...query.include, ...query.exclude.map((term) => `NOT ${term}`)].join(' ');
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Word frequencies of the catalog's captions and keywords, to correct misspelt terms. */
export class Vocabulary {
  private readonly words: Map<string, number>;

  constructor(entries: Iterable<[string, number]>) {
    this.words = new Map(entries);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The most frequent known word within one or two edits, or undefined. */
  correct(word: string): string | undefined {
    if (this.words.has(word) || /^\d+$/.test(word)) return undefined;
    const limit = word.length <= 4 ? 1 : 2;
    let best: string | undefined;
    let bestScore = -Infinity;
    for (const [candidate, frequency] of this.words) {
      const distance = editDistance(word, candidate, limit);
      if (distance > limit) continue;
      const score = Math.log(frequency) - distance * 4;
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best;
  }
}
