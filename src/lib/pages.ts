/**
 * A paged list's items in order, each id once: pages can overlap when the catalog changes
 * between requests, or when the order is random.
 */
export function uniqueById<T extends { id: string }>(
  pages: readonly { data: readonly T[] }[] | undefined,
): T[] {
  const seen = new Set<string>();
  return (pages ?? [])
    .flatMap((page) => page.data)
    .filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}
