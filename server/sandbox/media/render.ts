// Renders one preview JPEG: the scene as SVG (rasterised by sharp), a photo finish for
// photos, and the stock watermark on the preview sizes.
import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import { motifFor } from './motifs';
import { makePalette } from './palette';
import { seededRandom } from './random';
import { background, createScene, photoFinish } from './scene';
import { isWatermarkedSize, previewDimensions, type ImagePreviewSize } from './sizes';
import type { ImagePreviewSpec } from './types';
import { diagonalMarkSvg, idStripHeight, idStripSvg } from './watermark';

/**
 * Bumped when the pictures change, so stale cached files are not served (v2: thumbnails of
 * photos softened by drawing them smaller, not by a blur).
 */
export const RENDER_VERSION = 'v2';

/** The scene of an image as an SVG document, width×height pixels. */
export function sceneSvg(spec: ImagePreviewSpec, width: number, height: number): string {
  const rnd = seededRandom(`image:${spec.id}`);
  const scene = createScene(spec, makePalette(spec.colors), rnd);
  const motif = motifFor(spec.categories, rnd);
  const body = background(scene) + motif(scene) + photoFinish(scene);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${scene.w} ${scene.h}" preserveAspectRatio="none"><defs>${scene.defs.join('')}</defs>${body}</svg>`;
}

export async function renderPreview(
  spec: ImagePreviewSpec,
  size: ImagePreviewSize,
): Promise<Buffer> {
  const { width, height } = previewDimensions(spec, size);
  return renderPicture(spec, width, height, { watermark: isWatermarkedSize(size) });
}

export interface PictureOptions {
  /** The stock watermark (diagonal mark and id strip), as on the preview sizes. */
  watermark: boolean;
  /** JPEG quality; by default 80 for big pictures, 84 for small ones. */
  quality?: number;
  /** The scene is drawn at most this many pixels on its long side, then scaled up. */
  maxDrawSide?: number;
  /** Resolution written in the file, in dots per inch. */
  density?: number;
  /** The photo grain on any picture (photos always have it): licensed files have it. */
  grain?: boolean;
  /** Progressive JPEG (default: for pictures 1000 px and larger). */
  progressive?: boolean;
}

/** An image's picture as a JPEG of exactly width×height pixels. */
export async function renderPicture(
  spec: ImagePreviewSpec,
  width: number,
  height: number,
  options: PictureOptions,
): Promise<Buffer> {
  const big = Math.max(width, height) >= 1000;
  return (await picturePipeline(spec, width, height, options))
    .jpeg({ quality: options.quality ?? (big ? 80 : 84), progressive: options.progressive ?? big })
    .toBuffer();
}

/** An image's picture of exactly width×height pixels, drawn but not yet encoded. */
export async function picturePipeline(
  spec: ImagePreviewSpec,
  width: number,
  height: number,
  options: Omit<PictureOptions, 'quality' | 'progressive'>,
): Promise<Sharp> {
  const photo = spec.imageType === 'photo';
  const long = Math.max(width, height);
  // Photos are drawn smaller and scaled up: faster, and the softness suits them. Thumbnails
  // and the small preview are drawn at 0.7: the scaling softens them as a light blur would,
  // at about half the cost of drawing them whole and blurring (a search's first screen of
  // thumbnails is made as the user waits).
  let scale = photo ? (long > 500 ? 0.5 : long > 200 ? 0.7 : 1) : 1;
  if (options.maxDrawSide !== undefined) scale = Math.min(scale, options.maxDrawSide / long);
  const svg = sceneSvg(
    spec,
    Math.max(1, Math.round(width * scale)),
    Math.max(1, Math.round(height * scale)),
  );
  let image = sharp(Buffer.from(svg));
  if (scale !== 1) {
    image = image.resize(width, height, { fit: 'fill', kernel: 'cubic' });
    if (photo && scale <= 0.5) image = image.blur(Math.min(2.6, 0.3 + width * height * 1e-6));
  }
  const overlays: OverlayOptions[] = [];
  if (photo || options.grain) overlays.push(await grainOverlay(width, height));
  if (options.watermark) overlays.push(...(await watermarkOverlays(width, height, spec.id)));
  if (overlays.length > 0) image = image.composite(overlays);
  if (options.density !== undefined) image = image.withMetadata({ density: options.density });
  return image;
}

/** A render of the picture alone, for a spec the full renderer could not handle. */
export async function renderPlain(spec: ImagePreviewSpec, size: ImagePreviewSize): Promise<Buffer> {
  const { width, height } = previewDimensions(spec, size);
  const palette = makePalette(spec.colors);
  return sharp({ create: { width, height, channels: 3, background: palette.primary } })
    .jpeg({ quality: 84 })
    .toBuffer();
}

/** Memoizes an overlay by key; a failed one is forgotten so the next render retries it. */
function memo<K>(
  store: Map<K, Promise<Buffer>>,
  key: K,
  make: () => Promise<Buffer>,
): Promise<Buffer> {
  let made = store.get(key);
  if (!made) {
    if (store.size >= 64) store.delete(store.keys().next().value ?? key);
    made = make();
    made.catch(() => store.delete(key));
    store.set(key, made);
  }
  return made;
}

const noiseTiles = new Map<number, Promise<Buffer>>();

/**
 * The photo grain, tiled over a picture of this size: a grey noise tile (seeded, so the
 * output stays deterministic) no larger than the picture.
 */
export async function grainOverlay(width: number, height: number): Promise<OverlayOptions> {
  return { input: await noiseTile(Math.min(96, width, height)), tile: true, blend: 'soft-light' };
}

function noiseTile(side: number): Promise<Buffer> {
  return memo(noiseTiles, side, () => makeNoiseTile(side));
}

function makeNoiseTile(side: number): Promise<Buffer> {
  const rnd = seededRandom('noise');
  const pixels = Buffer.alloc(side * side);
  for (let i = 0; i < pixels.length; i++)
    pixels[i] = 128 + Math.round((rnd.next() + rnd.next() - 1) * 20);
  return sharp(pixels, { raw: { width: side, height: side, channels: 1 } })
    .png()
    .toBuffer();
}

/**
 * A preview's watermark, to composite over the picture: the diagonal mark, and the strip
 * naming the asset along the bottom when the picture is tall enough for it.
 */
export async function watermarkOverlays(
  width: number,
  height: number,
  id: string,
): Promise<OverlayOptions[]> {
  const overlays: OverlayOptions[] = [
    { input: await diagonalMark(width, height), top: 0, left: 0 },
  ];
  const strip = idStripHeight(width, height);
  if (strip * 3 <= height)
    overlays.push({
      input: Buffer.from(idStripSvg(width, strip, id)),
      top: height - strip,
      left: 0,
    });
  return overlays;
}

const marks = new Map<string, Promise<Buffer>>();

/** The diagonal mark for a preview size, rendered once per pixel size (a few aspect ratios cover most images). */
function diagonalMark(width: number, height: number): Promise<Buffer> {
  return memo(marks, `${width}x${height}`, () =>
    sharp(Buffer.from(diagonalMarkSvg(width, height)))
      .png({ compressionLevel: 1 })
      .toBuffer(),
  );
}
