/** How a search page names what it finds: in its heading, its count and the document title. */
export interface SearchWords {
  /** Before the query in the heading: "Images for". */
  label: string;
  /** The heading without a query: "Popular images". */
  fallback: string;
  /** What is counted, singular: "image". */
  noun: string;
  /**
   * The document title's last words: after a query ("lake — Stockroom images") and
   * without one ("Stockroom — image search").
   */
  title: { withQuery: string; withoutQuery: string };
}

/** The document title of a search page, with the query in front when there is one. */
export function searchTitle(words: SearchWords, query: string | undefined) {
  return query
    ? `${query} — Stockroom ${words.title.withQuery}`
    : `Stockroom — ${words.title.withoutQuery}`;
}
