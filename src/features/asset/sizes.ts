import type { Image, ImageFileSize, ImageSizeDetails } from '@/api/types';
import { capitalize } from '@/lib/format';

const FILE_SIZES: readonly { key: ImageFileSize; label: string }[] = [
  { key: 'small_jpg', label: 'Small' },
  { key: 'medium_jpg', label: 'Medium' },
  { key: 'huge_jpg', label: 'Large' },
  { key: 'supersize_jpg', label: 'Super size' },
  { key: 'vector_eps', label: 'Vector' },
];

export function sizeList(
  image: Image,
): { key: ImageFileSize; label: string; details: ImageSizeDetails }[] {
  return FILE_SIZES.flatMap(({ key, label }) => {
    const details = image.assets?.[key];
    return details
      ? [{ key, label: details.display_name ? capitalize(details.display_name) : label, details }]
      : [];
  });
}

/** The largest raster size, e.g. "5000 × 3333 px". */
export function largestDimensions(image: Image): string | undefined {
  const raster = sizeList(image)
    .filter((size) => size.key !== 'vector_eps' && size.details.width && size.details.height)
    .at(-1);
  return raster ? `${raster.details.width} × ${raster.details.height} px` : undefined;
}
