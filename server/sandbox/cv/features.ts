// What "looks alike" means for reverse image search: a picture's colours (a few
// weighted colour clusters in CIELAB) and its composition (a 12×12 grid of CIELAB cells,
// the picture's layout of light, dark and colour). Both are computed from pixels for an
// upload, and for catalog assets from their palette and their rendered preview scene.
import sharp from 'sharp';
import { makePalette } from '../media/palette';
import { sceneSvg } from '../media/render';
import type { ImagePreviewSpec } from '../media/types';

/** Cells per side of the composition grid. */
export const GRID = 12;
const CELLS = GRID * GRID;
/** Colour clusters kept per picture. */
const MAX_CLUSTERS = 16;

export interface ColorCluster {
  lab: [number, number, number];
  /** Share of the picture, 0–1; the clusters of a picture sum to 1. */
  weight: number;
}

export interface VisualFeatures {
  width: number;
  height: number;
  clusters: ColorCluster[];
  /** CELLS × 3 CIELAB values, row by row. */
  grid: Float32Array;
}

/** sRGB channel (0–255) → linear light, tabulated. */
const LINEAR = Float64Array.from({ length: 256 }, (_, v) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});

/** sRGB (0–255) → CIELAB (D65). */
export function rgbToLab(r: number, g: number, b: number): [number, number, number] {
  const channel = (v: number) => LINEAR[Math.max(0, Math.min(255, Math.round(v)))] as number;
  const R = channel(r);
  const G = channel(g);
  const B = channel(b);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
  const y = f(0.2126 * R + 0.7152 * G + 0.0722 * B);
  const z = f((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

export function labDistance(
  a: ArrayLike<number>,
  ai: number,
  b: ArrayLike<number>,
  bi: number,
): number {
  const dl = (a[ai] as number) - (b[bi] as number);
  const da = (a[ai + 1] as number) - (b[bi + 1] as number);
  const db = (a[ai + 2] as number) - (b[bi + 2] as number);
  return Math.sqrt(dl * dl + da * da + db * db);
}

/** Colour clusters of raw RGB pixels: 8 levels per channel, each bin's mean colour, the biggest kept. */
function clustersOf(pixels: Buffer): ColorCluster[] {
  const bins = new Map<number, { r: number; g: number; b: number; n: number }>();
  const count = pixels.length / 3;
  for (let p = 0; p < pixels.length; p += 3) {
    const r = pixels[p] as number;
    const g = pixels[p + 1] as number;
    const b = pixels[p + 2] as number;
    const key = ((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5);
    const bin = bins.get(key);
    if (bin) {
      bin.r += r;
      bin.g += g;
      bin.b += b;
      bin.n++;
    } else bins.set(key, { r, g, b, n: 1 });
  }
  const kept = [...bins.entries()]
    .sort(([ka, a], [kb, b]) => b.n - a.n || ka - kb)
    .slice(0, MAX_CLUSTERS)
    .map(([, bin]) => bin);
  const total = kept.reduce((sum, bin) => sum + bin.n, 0) || count;
  return kept.map((bin) => ({
    lab: rgbToLab(bin.r / bin.n, bin.g / bin.n, bin.b / bin.n),
    weight: bin.n / total,
  }));
}

function gridOf(pixels: Buffer): Float32Array {
  const grid = new Float32Array(CELLS * 3);
  for (let c = 0; c < CELLS; c++) {
    const lab = rgbToLab(
      pixels[c * 3] as number,
      pixels[c * 3 + 1] as number,
      pixels[c * 3 + 2] as number,
    );
    grid.set(lab, c * 3);
  }
  return grid;
}

/** The features of a decodable picture (any format sharp reads); transparency is laid on white. */
export async function featuresOfPicture(input: Buffer): Promise<VisualFeatures> {
  const base = sharp(input, { limitInputPixels: 10_000 * 10_000 })
    .rotate()
    .flatten({ background: '#ffffff' });
  const { data: small, info } = await base
    .clone()
    .resize(48, 48, { fit: 'inside' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grid = await sharp(small, { raw: { width: info.width, height: info.height, channels: 3 } })
    .resize(GRID, GRID, { fit: 'fill' })
    .raw()
    .toBuffer();
  const meta = await sharp(input).metadata();
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = meta.width ?? info.width;
  const height = meta.height ?? info.height;
  return {
    width: rotated ? height : width,
    height: rotated ? width : height,
    clusters: clustersOf(small),
    grid: gridOf(grid),
  };
}

/** The composition grid of a catalog asset, drawn from its preview scene at a tiny size. */
export async function sceneGrid(spec: ImagePreviewSpec): Promise<Float32Array> {
  const long = 48;
  const aspect = spec.width / spec.height;
  const width = aspect >= 1 ? long : Math.max(1, Math.round(long * aspect));
  const height = aspect >= 1 ? Math.max(1, Math.round(long / aspect)) : long;
  const pixels = await sharp(Buffer.from(sceneSvg(spec, width, height)))
    .flatten({ background: '#ffffff' })
    .resize(GRID, GRID, { fit: 'fill' })
    .raw()
    .toBuffer();
  return gridOf(pixels);
}

/** Mean CIELAB distance between two composition grids (0 = the same picture). */
export function gridDistance(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let c = 0; c < CELLS; c++) sum += labDistance(a, c * 3, b, c * 3);
  return sum / CELLS;
}

/** Colours of a preview scene and their rough share of the picture, in CIELAB. */
export const PALETTE_SLOTS = 5;
/** Shares of background, motif and accent: what a palette's colours are expected to cover. */
const SHARES = [0.6, 0.28, 0.12] as const;

/**
 * A catalog asset's palette as drawn in its preview: background, motif, accent, ink and
 * highlight, written to `out` at `offset` (PALETTE_SLOTS × 3 values).
 */
export function writePalette(colors: readonly string[], out: Float32Array, offset: number): void {
  const palette = makePalette(colors);
  const slots = [palette.primary, palette.secondary, palette.accent, palette.ink, palette.light];
  slots.forEach((hex, s) => {
    const n = Number.parseInt(hex.slice(1), 16);
    out.set(rgbToLab((n >> 16) & 255, (n >> 8) & 255, n & 255), offset + s * 3);
  });
}

/** Prepared colour clusters of a query, flat for fast scanning. */
export interface QueryColors {
  lab: Float32Array;
  weight: Float32Array;
}

export function queryColors(features: VisualFeatures): QueryColors {
  return {
    lab: Float32Array.from(features.clusters.flatMap((c) => c.lab)),
    weight: Float32Array.from(features.clusters.map((c) => c.weight)),
  };
}

/**
 * How far a palette is from a query's colours (lower is closer): how well the palette's
 * colours explain the picture's pixels, plus how much of each main palette colour the
 * picture actually shows. (The hot loop of a search: plain typed-array arithmetic.)
 */
export function paletteDistance(
  query: QueryColors,
  palettes: Float32Array,
  offset: number,
): number {
  const lab = query.lab;
  const weight = query.weight;
  const clusters = weight.length;
  const present = [Infinity, Infinity, Infinity];
  let explained = 0;
  for (let c = 0; c < clusters; c++) {
    const l = lab[c * 3] as number;
    const a = lab[c * 3 + 1] as number;
    const b = lab[c * 3 + 2] as number;
    let nearest = Infinity;
    for (let s = 0; s < PALETTE_SLOTS; s++) {
      const o = offset + s * 3;
      const dl = l - (palettes[o] as number);
      const da = a - (palettes[o + 1] as number);
      const db = b - (palettes[o + 2] as number);
      const d = dl * dl + da * da + db * db;
      if (d < nearest) nearest = d;
      if (s < 3 && d < (present[s] as number)) present[s] = d;
    }
    explained += (weight[c] as number) * Math.sqrt(nearest);
  }
  return (
    explained +
    SHARES[0] * Math.sqrt(present[0] as number) +
    SHARES[1] * Math.sqrt(present[1] as number) +
    SHARES[2] * Math.sqrt(present[2] as number)
  );
}
