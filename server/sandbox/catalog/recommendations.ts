// GET /v2/images/recommendations: images that go with a set of images — each input's
// similar images (shared keywords and category), merged by reciprocal rank, without the
// inputs themselves.
import type { Catalog } from '.';

/** Catalog indexes of recommended images, best first. */
export function recommendImages(
  catalog: Catalog,
  inputs: number[],
  maxItems: number,
  safe: boolean,
): number[] {
  const scores = new Map<number, number>();
  const exclude = new Set(inputs);
  for (const input of inputs) {
    const similar = catalog.similar.find(input);
    for (let rank = 0; rank < similar.length; rank++) {
      const index = similar[rank] as number;
      if (exclude.has(index) || (safe && catalog.columns.adult[index] === 1)) continue;
      scores.set(index, (scores.get(index) ?? 0) + 1 / (30 + rank));
    }
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxItems)
    .map(([index]) => index);
}
