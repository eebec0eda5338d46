import type { Image, ImageFileSize, ImageSizeDetails } from '@/api/types';
import { sizeName } from '@/lib/sizes';

const FILE_SIZES: readonly ImageFileSize[] = [
  'small_jpg',
  'medium_jpg',
  'huge_jpg',
  'supersize_jpg',
  'vector_eps',
];

export function sizeList(
  image: Image,
): { key: ImageFileSize; label: string; details: ImageSizeDetails }[] {
  return FILE_SIZES.flatMap((key) => {
    const details = image.assets?.[key];
    return details ? [{ key, label: sizeName('image', key), details }] : [];
  });
}

/** The largest raster size, e.g. "5000 × 3333 px". */
export function largestDimensions(image: Image): string | undefined {
  const raster = sizeList(image)
    .filter((size) => size.key !== 'vector_eps' && size.details.width && size.details.height)
    .at(-1);
  return raster ? `${raster.details.width} × ${raster.details.height} px` : undefined;
}
