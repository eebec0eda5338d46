// The vendor's image preview sizes (ImageAssets: small_thumb … preview_1500) and how
// their pixel dimensions follow from the original's aspect ratio. The rules match the
// vendor's examples: a 1500×1000 original gives 100×67, 150×100, 390×260, 450×300,
// 1000×667 and 1500×1000.

export type PreviewRule = { fit: 'longSide'; pixels: number } | { fit: 'height'; pixels: number };

export const IMAGE_PREVIEW_SIZES = {
  small_thumb: { fit: 'longSide', pixels: 100 },
  large_thumb: { fit: 'longSide', pixels: 150 },
  huge_thumb: { fit: 'height', pixels: 260 },
  preview: { fit: 'longSide', pixels: 450 },
  preview_1000: { fit: 'longSide', pixels: 1000 },
  preview_1500: { fit: 'longSide', pixels: 1500 },
} as const satisfies Record<string, PreviewRule>;

export type ImagePreviewSize = keyof typeof IMAGE_PREVIEW_SIZES;

export const IMAGE_PREVIEW_SIZE_NAMES = Object.keys(IMAGE_PREVIEW_SIZES) as ImagePreviewSize[];

export function isImagePreviewSize(name: string): name is ImagePreviewSize {
  return Object.hasOwn(IMAGE_PREVIEW_SIZES, name);
}

/** Sizes that carry the full stock watermark (diagonal mark and id strip). */
export function isWatermarkedSize(size: ImagePreviewSize): boolean {
  return size === 'preview' || size === 'preview_1000' || size === 'preview_1500';
}

/**
 * The side that goes with `side` when a `fromSide`-by-`toSide` picture is scaled so that
 * its `fromSide` becomes `side`: `side × toSide / fromSide`, rounded half up, at least 1.
 * Multiplying before dividing keeps exact halves exact (1000 × 3276 / 5824 = 562.5 → 563),
 * where dividing by a rounded or floating aspect ratio can land on either side. The one
 * rounding for every image size the sandbox announces and renders (previews, licensed
 * sizes, custom sizes, editorial sizes).
 */
export function proportionalSide(side: number, fromSide: number, toSide: number): number {
  return Math.max(1, Math.round((side * toSide) / fromSide));
}

/** A size with the given long side, keeping the original's aspect ratio. */
export function fitLongSide(
  original: { width: number; height: number },
  longSide: number,
): { width: number; height: number } {
  const valid = (n: number) => Number.isFinite(n) && n > 0;
  const { width, height } =
    valid(original.width) && valid(original.height) ? original : { width: 1, height: 1 };
  return width >= height
    ? { width: longSide, height: proportionalSide(longSide, width, height) }
    : { width: proportionalSide(longSide, height, width), height: longSide };
}

/**
 * Pixel dimensions of a preview of an image of the given original size. Invalid
 * originals (zero, negative, not finite) are treated as square.
 */
export function previewDimensions(
  spec: { width: number; height: number },
  size: ImagePreviewSize,
): { width: number; height: number } {
  const valid = (n: number) => Number.isFinite(n) && n > 0;
  const original = valid(spec.width) && valid(spec.height) ? spec : { width: 1, height: 1 };
  const rule: PreviewRule = IMAGE_PREVIEW_SIZES[size];
  if (rule.fit === 'height')
    return {
      width: proportionalSide(rule.pixels, original.height, original.width),
      height: rule.pixels,
    };
  return fitLongSide(original, rule.pixels);
}

/** The raster inside a licensed EPS is at most this long: enough for print proofs, quick to make. */
export const EPS_RASTER_SIDE = 1600;

/**
 * Bytes a pixel of a licensed JPEG at quality 90 over the photo grain every licensed
 * picture carries: the mean over 20 pictures of each kind at each size (the spread is
 * about ±40 %, which the download renderer absorbs; see jpegOfSize).
 */
const JPEG_BYTES_PER_PIXEL: Record<string, { small: number; medium: number; large: number }> = {
  photo: { small: 0.19, medium: 0.17, large: 0.2 },
  illustration: { small: 0.21, medium: 0.18, large: 0.17 },
  vector: { small: 0.18, medium: 0.15, large: 0.15 },
};

/**
 * The size in bytes of a licensed picture as the API announces it and the download
 * renderer makes it: a JPEG by its kind and pixel count (the renderer meets it to the
 * byte); an EPS by its raster (RGB, stored uncompressed in ASCII85 lines of 76
 * characters), a bound its document is padded up to.
 */
export function imageFileSize(
  format: 'jpg' | 'eps',
  size: { width: number; height: number },
  imageType = 'photo',
): number {
  if (format === 'jpg') {
    const rates = JPEG_BYTES_PER_PIXEL[imageType] ?? JPEG_BYTES_PER_PIXEL.photo;
    const long = Math.max(size.width, size.height);
    const rate = long <= 500 ? rates?.small : long <= 1000 ? rates?.medium : rates?.large;
    return Math.round(size.width * size.height * (rate ?? 0.2));
  }
  // The raster in a stored Flate stream (a 5-byte header per block of at least 16 KiB, and
  // 6 bytes of framing), in ASCII85 (5 characters per 4 bytes) lines of 76, plus the
  // document's text: a bound the document is padded up to (see epsDocument).
  const raster = epsRasterSize(size);
  const pixels = raster.width * raster.height * 3;
  const stored = pixels + 6 + 5 * Math.ceil(pixels / 16_384);
  const characters = Math.ceil(stored / 4) * 5;
  return characters + Math.floor(characters / 76) + 2 + EPS_TEXT_BYTES;
}

/** The EPS document's text around its raster (about 600 bytes) is within this. */
const EPS_TEXT_BYTES = 1024;

/** The pixels of the raster inside a licensed EPS of the vector's size. */
export function epsRasterSize(size: { width: number; height: number }) {
  const long = Math.max(size.width, size.height);
  return long <= EPS_RASTER_SIDE ? size : fitLongSide(size, EPS_RASTER_SIDE);
}
