// Editorial pictures and live feeds in the vendor's shapes (EditorialContent,
// EditorialUpdatedContent, EditorialImageLivefeed), with preview URLs on this sandbox.
import { fitLongSide } from '../media/sizes';
import type { EditorialRow, Feed } from './catalog';

export const EDITORIAL_PREVIEW_SIZES = {
  thumb_170: 170,
  thumb_220: 220,
  watermark_450: 450,
  watermark_1500: 1500,
} as const;
export type EditorialPreviewSize = keyof typeof EDITORIAL_PREVIEW_SIZES;

export const isEditorialPreviewSize = (name: string): name is EditorialPreviewSize =>
  Object.hasOwn(EDITORIAL_PREVIEW_SIZES, name);

export function editorialPreviewPath(id: string, size: EditorialPreviewSize): string {
  return `/sandbox/media/editorial/${encodeURIComponent(id)}/${size}.jpg`;
}

/** A size with the given long side, keeping the original's aspect ratio (the images' rounding). */
export const scaledSize = fitLongSide;

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function toEditorialContent(row: EditorialRow, origin: string) {
  const assets: Record<string, unknown> = {};
  for (const size of Object.keys(EDITORIAL_PREVIEW_SIZES) as EditorialPreviewSize[]) {
    assets[size] = {
      url: origin + editorialPreviewPath(row.id, size),
      ...scaledSize(row, EDITORIAL_PREVIEW_SIZES[size]),
    };
  }
  const detail = (display_name: string, size: { width: number; height: number }) => ({
    display_name,
    ...size,
    is_licensable: true,
  });
  assets.small_jpg = detail('Small', scaledSize(row, 500));
  assets.medium_jpg = detail('Med', scaledSize(row, 1000));
  assets.original = detail('Original', { width: row.width, height: row.height });
  return {
    id: row.id,
    title: row.title,
    caption: row.caption,
    description: row.description,
    byline: row.byline,
    date_taken: row.date_taken,
    aspect: round3(row.width / row.height),
    categories: (JSON.parse(row.categories) as string[]).map((name) => ({ name })),
    keywords: JSON.parse(row.keywords) as string[],
    supplier_code: row.supplier_code,
    ...(row.special_instructions ? { special_instructions: row.special_instructions } : {}),
    assets,
  };
}

export function toEditorialUpdated(row: EditorialRow, origin: string, type: 'edit' | 'addition') {
  return {
    ...toEditorialContent(row, origin),
    created_time: row.created_time,
    updated_time: type === 'addition' ? row.created_time : row.updated_time,
    updates: [type],
    commercial_status: { status: 'available' },
    rights: { countries: row.rights || '+*' },
  };
}

export function toLivefeed(
  feed: Feed,
  visible: number[],
  cover: EditorialRow | undefined,
  origin: string,
) {
  return {
    id: feed.id,
    name: feed.name,
    created_time: feed.created_time,
    total_item_count: visible.length,
    ...(cover
      ? {
          cover_item: {
            id: cover.id,
            url: origin + editorialPreviewPath(cover.id, 'thumb_170'),
            ...scaledSize(cover, EDITORIAL_PREVIEW_SIZES.thumb_170),
          },
        }
      : {}),
  };
}
