import { describe, expect, it } from 'vitest';
import { IMAGE_PREVIEW_SIZE_NAMES, isImagePreviewSize, previewDimensions } from './sizes';

describe('previewDimensions', () => {
  it("matches the vendor's example for a 3:2 landscape original", () => {
    const spec = { width: 1500, height: 1000 };
    expect(
      Object.fromEntries(
        IMAGE_PREVIEW_SIZE_NAMES.map((size) => [size, previewDimensions(spec, size)]),
      ),
    ).toEqual({
      small_thumb: { width: 100, height: 67 },
      large_thumb: { width: 150, height: 100 },
      huge_thumb: { width: 390, height: 260 },
      preview: { width: 450, height: 300 },
      preview_1000: { width: 1000, height: 667 },
      preview_1500: { width: 1500, height: 1000 },
    });
  });

  it('fits the long side of portraits and keeps huge_thumb 260 px high', () => {
    const spec = { width: 2000, height: 3000 };
    expect(previewDimensions(spec, 'preview')).toEqual({ width: 300, height: 450 });
    expect(previewDimensions(spec, 'huge_thumb')).toEqual({ width: 173, height: 260 });
  });

  it('treats an invalid original as square', () => {
    expect(previewDimensions({ width: 0, height: Number.NaN }, 'large_thumb')).toEqual({
      width: 150,
      height: 150,
    });
  });

  it('knows its size names', () => {
    expect(isImagePreviewSize('preview_1500')).toBe(true);
    expect(isImagePreviewSize('toString')).toBe(false);
    expect(isImagePreviewSize('huge_jpg')).toBe(false);
  });
});
