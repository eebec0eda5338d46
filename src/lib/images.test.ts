import { describe, expect, it } from 'vitest';
import type { Image } from '@/api/types';
import { imageSrcSet } from './images';

/** An image with the vendor's preview sizes for an original of `width`×`height`. */
function imageOf(width: number, height: number): Image {
  const long = (side: number) =>
    width >= height
      ? { width: side, height: Math.round((side * height) / width) }
      : { width: Math.round((side * width) / height), height: side };
  const at = (name: string, size: { width: number; height: number }) => ({
    url: `/media/${name}.jpg`,
    ...size,
  });
  return {
    id: '1',
    media_type: 'image',
    aspect: width / height,
    assets: {
      small_thumb: at('small_thumb', long(100)),
      large_thumb: at('large_thumb', long(150)),
      huge_thumb: at('huge_thumb', { width: Math.round((260 * width) / height), height: 260 }),
      preview: at('preview', long(450)),
      preview_1000: at('preview_1000', long(1000)),
    },
  } as Image;
}

const names = (srcSet: string) =>
  srcSet.split(', ').map((candidate) => candidate.replace(/^\/media\/(\w+)\.jpg (\d+)w$/, '$1 $2'));

describe('imageSrcSet', () => {
  it('offers a wide picture its thumbnail, not a watermarked preview of about the same width', () => {
    // 16:9: huge_thumb is 462 px wide, preview 450 px.
    expect(names(imageSrcSet(imageOf(1920, 1080)))).toEqual([
      'small_thumb 100',
      'large_thumb 150',
      'huge_thumb 462',
      'preview_1000 1000',
    ]);
  });

  it('keeps the preview wherever it is wider than the thumbnail', () => {
    // 16:10: huge_thumb 416 px, preview 450 px.
    expect(names(imageSrcSet(imageOf(1600, 1000)))).toContain('preview 450');
    expect(names(imageSrcSet(imageOf(1500, 1000)))).toEqual([
      'small_thumb 100',
      'large_thumb 150',
      'huge_thumb 390',
      'preview 450',
      'preview_1000 1000',
    ]);
    expect(names(imageSrcSet(imageOf(1000, 1500)))).toEqual([
      'small_thumb 67',
      'large_thumb 100',
      'huge_thumb 173',
      'preview 300',
      'preview_1000 667',
    ]);
  });

  it('takes only the sizes asked for', () => {
    expect(names(imageSrcSet(imageOf(1500, 1000), ['preview', 'preview_1000']))).toEqual([
      'preview 450',
      'preview_1000 1000',
    ]);
  });
});
