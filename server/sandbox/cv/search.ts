// Visual search over a catalog (images or videos): every asset's preview palette is
// compared with the query's colours (a fast scan of typed arrays, built once on first
// use), then the closest few are re-ranked by composition — their preview scene drawn
// at a tiny size and compared cell by cell with the query — and by shape.
import { LruCache } from '../lib/lru';
import { createLimit } from '../lib/limit';
import type { ImagePreviewSpec } from '../media/types';
import {
  gridDistance,
  PALETTE_SLOTS,
  paletteDistance,
  queryColors,
  sceneGrid,
  writePalette,
  type VisualFeatures,
} from './features';

/** Results a query keeps (the vendor pages through them, up to 500 a page). */
const RESULT_LIMIT = 1_000;
const COMPOSITION_WEIGHT = 2.5;
const COLOR_WEIGHT = 0.6;
const SHAPE_WEIGHT = 12;

export interface VisualFilter {
  editorial: boolean;
  commercial: boolean;
  safe: boolean;
}

/** One catalog as visual search sees it. */
export interface VisualSource {
  size: number;
  width: Int32Array;
  height: Int32Array;
  editorial: Uint8Array;
  adult: Uint8Array;
  /** PALETTE_SLOTS × 3 CIELAB values per asset. */
  palettes: Float32Array;
  /** What the preview renderer draws for the asset at `index`. */
  spec(index: number): ImagePreviewSpec | undefined;
}

/** The parts of a source read from its catalog; palettes are derived from `colors`. */
export interface SourceRows {
  width: number;
  height: number;
  editorial: boolean;
  adult: boolean;
  colors: string[];
}

/** Rows handled between yields to the event loop while a source is built. */
const BUILD_CHUNK = 5_000;

/** Builds a source's palettes, yielding now and then so other requests keep flowing. */
export async function buildSource(
  rows: SourceRows[],
  spec: (index: number) => ImagePreviewSpec | undefined,
): Promise<VisualSource> {
  const size = rows.length;
  const source: VisualSource = {
    size,
    width: new Int32Array(size),
    height: new Int32Array(size),
    editorial: new Uint8Array(size),
    adult: new Uint8Array(size),
    palettes: new Float32Array(size * PALETTE_SLOTS * 3),
    spec,
  };
  for (let i = 0; i < size; i++) {
    if (i > 0 && i % BUILD_CHUNK === 0) await new Promise((resolve) => setImmediate(resolve));
    const row = rows[i] as SourceRows;
    source.width[i] = row.width;
    source.height[i] = row.height;
    source.editorial[i] = row.editorial ? 1 : 0;
    source.adult[i] = row.adult ? 1 : 0;
    writePalette(row.colors, source.palettes, i * PALETTE_SLOTS * 3);
  }
  return source;
}

export class VisualSearch {
  /** Composition grids of assets already drawn, by index. */
  private readonly grids = new LruCache<number, Promise<Float32Array>>(20_000);
  private readonly limit = createLimit(2);
  private source: Promise<VisualSource> | undefined;

  constructor(
    private readonly load: () => Promise<VisualSource>,
    /** How many of the closest by colour are re-ranked by composition. */
    private readonly rerank: number,
  ) {}

  /** The catalog's features, built on first use (a failed build is tried again next time). */
  private catalog(): Promise<VisualSource> {
    if (!this.source) {
      this.source = this.load();
      this.source.catch(() => (this.source = undefined));
    }
    return this.source;
  }

  /** Indexes of the assets that look most like the query, closest first; `exclude` is left out. */
  async find(query: VisualFeatures, filter: VisualFilter, exclude = -1): Promise<Int32Array> {
    const c = await this.catalog();
    const colors = queryColors(query);
    const stride = PALETTE_SLOTS * 3;
    const candidates: number[] = [];
    const colorScore = new Float32Array(c.size).fill(Infinity);
    for (let i = 0; i < c.size; i++) {
      if (i === exclude) continue;
      if (filter.safe && c.adult[i]) continue;
      if (c.editorial[i] ? !filter.editorial : !filter.commercial) continue;
      colorScore[i] = paletteDistance(colors, c.palettes, i * stride);
      candidates.push(i);
    }
    const byColor = closest(candidates, colorScore, RESULT_LIMIT);
    const head = byColor.slice(0, this.rerank);
    const aspect = query.width / query.height;
    const grids = await Promise.all(head.map((i) => this.grid(c, i)));
    const final = new Map<number, number>();
    head.forEach((i, k) => {
      const grid = grids[k];
      const composition = grid ? gridDistance(query.grid, grid) : 100;
      const shape = Math.abs(Math.log(aspect / ((c.width[i] as number) / (c.height[i] as number))));
      final.set(
        i,
        COMPOSITION_WEIGHT * composition +
          COLOR_WEIGHT * (colorScore[i] as number) +
          SHAPE_WEIGHT * shape,
      );
    });
    head.sort((a, b) => (final.get(a) as number) - (final.get(b) as number) || a - b);
    return Int32Array.from([...head, ...byColor.slice(this.rerank)]);
  }

  private grid(c: VisualSource, index: number): Promise<Float32Array | undefined> {
    let made = this.grids.get(index);
    if (!made) {
      const spec = c.spec(index);
      if (!spec) return Promise.resolve(undefined);
      made = this.limit(() => sceneGrid(spec));
      made.catch(() => undefined);
      this.grids.set(index, made);
    }
    return made.catch(() => undefined);
  }
}

/** The `count` candidates with the lowest scores, lowest first (ties: lower index first). */
function closest(candidates: number[], scores: Float32Array, count: number): number[] {
  let kept = candidates;
  if (candidates.length > count) {
    const values = Float32Array.from(candidates, (i) => scores[i] as number).sort();
    const threshold = values[count - 1] as number;
    kept = candidates.filter((i) => (scores[i] as number) <= threshold);
  }
  kept.sort((a, b) => (scores[a] as number) - (scores[b] as number) || a - b);
  return kept.slice(0, count);
}
