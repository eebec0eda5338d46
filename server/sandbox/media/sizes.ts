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
 * Pixel dimensions of a preview of an image of the given original size. Invalid
 * originals (zero, negative, not finite) are treated as square.
 */
export function previewDimensions(
  spec: { width: number; height: number },
  size: ImagePreviewSize,
): { width: number; height: number } {
  const valid = (n: number) => Number.isFinite(n) && n > 0;
  const aspect = valid(spec.width) && valid(spec.height) ? spec.width / spec.height : 1;
  const rule: PreviewRule = IMAGE_PREVIEW_SIZES[size];
  const side = (n: number) => Math.max(1, Math.round(n));
  if (rule.fit === 'height') return { width: side(rule.pixels * aspect), height: rule.pixels };
  return aspect >= 1
    ? { width: rule.pixels, height: side(rule.pixels / aspect) }
    : { width: side(rule.pixels * aspect), height: rule.pixels };
}
