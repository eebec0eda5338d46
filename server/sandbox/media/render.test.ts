import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPreview } from './render';
import { IMAGE_PREVIEW_SIZE_NAMES, previewDimensions } from './sizes';
import type { ImagePreviewSpec } from './types';

// The renderer itself, without the plugin's plain fallback: every style, size and shape
// of image renders, at the right size.
const SHAPES = [
  [5000, 5000],
  [6000, 4000],
  [4000, 6000],
  [8000, 2000],
  [1000, 5000],
] as const;

describe('renderPreview', () => {
  for (const imageType of ['photo', 'illustration', 'vector'] as const) {
    it(`renders ${imageType}s in every size and shape`, async () => {
      for (const [index, [width, height]] of SHAPES.entries()) {
        const spec: ImagePreviewSpec = {
          id: String(300 + index),
          width,
          height,
          imageType,
          categories: ['Nature'],
          colors: ['#336699'],
          description: '',
        };
        for (const size of IMAGE_PREVIEW_SIZE_NAMES) {
          const meta = await sharp(await renderPreview(spec, size)).metadata();
          expect({ width: meta.width, height: meta.height }, `${width}x${height} ${size}`).toEqual(
            previewDimensions(spec, size),
          );
        }
      }
    });
  }

  it('copes with missing colours, unknown categories and odd sizes', async () => {
    const spec: ImagePreviewSpec = {
      id: '77',
      width: 0,
      height: -1,
      imageType: 'illustration',
      categories: [],
      colors: ['not a colour'],
      description: '',
    };
    const meta = await sharp(await renderPreview(spec, 'preview')).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 450, height: 450 });
  });
});
