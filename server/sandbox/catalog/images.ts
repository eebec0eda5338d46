// Images as the vendor returns them (the Image schema), read from SQLite by id.
import type { Statement } from 'better-sqlite3';
import { categoryById } from '../categories';
import type { Db } from '../db';
import { rowsByIds } from '../lib/rows-by-id';
import { fitLongSide, imageFileSize } from '../media/sizes';
import {
  IMAGE_PREVIEW_SIZE_NAMES,
  imagePreviewPath,
  previewDimensions,
  type ImagePreviewSpec,
} from '../media';
import type * as Vendor from '../../../src/api/vendor-shapes';

export type ImageView = Vendor.View;

export interface ImageRow {
  id: number;
  description: string;
  keywords: string;
  categories: string;
  contributor_id: number;
  image_type: Vendor.ImageType;
  width: number;
  height: number;
  colors: string;
  people_model_released: number;
  added_date: string;
  is_editorial: number;
  is_adult: number;
  has_property_release: number;
  releases: string;
  models: string;
}

export type Thumbnail = Vendor.Thumbnail;

/** A licensable file, every field stated. */
export type ImageSizeDetails = Required<Vendor.ImageSizeDetails>;

export interface Image {
  id: string;
  media_type: 'image';
  aspect: number;
  assets: Record<string, Thumbnail | ImageSizeDetails>;
  contributor: { id: string };
  description: string;
  image_type: string;
  has_model_release: boolean;
  added_date?: string;
  categories?: { id: string; name: string }[];
  keywords?: string[];
  is_adult?: boolean;
  is_editorial?: boolean;
  is_illustration?: boolean;
  has_property_release?: boolean;
  models?: { id: string }[];
  model_releases?: { id: string }[];
  releases?: string[];
}

/** Vendor asset ids: a nonzero digit, then digits. */
export const ASSET_ID_PATTERN = '^[1-9]\\d*$';
const ASSET_ID = new RegExp(ASSET_ID_PATTERN);

const SELECT = `SELECT id, description, keywords, categories, contributor_id, image_type, width, height, colors,
  people_model_released, added_date, is_editorial, is_adult, has_property_release, releases, models FROM images`;

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Licensable sizes: the vendor's small/medium/huge JPEGs (and EPS for vectors). */
function sizeDetails(row: ImageRow): Record<string, ImageSizeDetails> {
  const scaled = (longSide: number) => fitLongSide(row, longSide);
  // The size of the file the download renderer makes (see imageFileSize).
  const detail = (
    display_name: string,
    size: { width: number; height: number },
    dpi: number,
    format = 'jpg',
  ): ImageSizeDetails => ({
    display_name,
    dpi,
    file_size: imageFileSize(format === 'eps' ? 'eps' : 'jpg', size, row.image_type),
    format,
    height: size.height,
    width: size.width,
    is_licensable: true,
  });
  const sizes: Record<string, ImageSizeDetails> = {
    small_jpg: detail('Small', scaled(500), 72),
    medium_jpg: detail('Med', scaled(1000), 72),
    huge_jpg: detail('Huge', { width: row.width, height: row.height }, 300),
  };
  if (row.image_type === 'vector')
    sizes.vector_eps = detail('Vector', { width: row.width, height: row.height }, 300, 'eps');
  return sizes;
}

export class ImageStore {
  private readonly byId: Statement<[number], ImageRow>;

  constructor(private readonly db: Db) {
    this.byId = db.prepare<[number], ImageRow>(`${SELECT} WHERE id = ?`);
  }

  /** The row of an image id given as a string, or undefined (malformed or unknown id). */
  find(id: string): ImageRow | undefined {
    if (!ASSET_ID.test(id) || id.length > 15) return undefined;
    return this.byId.get(Number(id));
  }

  /** Rows of several ids, in the order given; unknown ids are left out. */
  findMany(ids: number[]): ImageRow[] {
    return rowsByIds<ImageRow>(this.db, SELECT, 'id', ids);
  }

  /** What the media renderer needs to draw an image's previews. */
  previewSpec(id: string): ImagePreviewSpec | undefined {
    const row = this.find(id);
    if (!row) return undefined;
    return {
      id: String(row.id),
      width: row.width,
      height: row.height,
      imageType: row.image_type,
      categories: row.categories
        .split(',')
        .map((categoryId) => categoryById(categoryId)?.name ?? 'Miscellaneous'),
      colors: row.colors.split(','),
      description: row.description,
    };
  }
}

/** An image in the vendor's shape; `origin` makes the preview URLs absolute. */
export function toImage(row: ImageRow, view: ImageView, origin: string): Image {
  const id = String(row.id);
  const assets: Image['assets'] = {};
  for (const size of IMAGE_PREVIEW_SIZE_NAMES) {
    assets[size] = {
      url: `${origin}${imagePreviewPath(id, size)}`,
      ...previewDimensions(row, size),
    };
  }
  const image: Image = {
    id,
    media_type: 'image',
    aspect: round4(row.width / row.height),
    assets,
    contributor: { id: String(row.contributor_id) },
    description: row.description,
    image_type: row.image_type,
    has_model_release: row.people_model_released === 1,
  };
  if (view === 'minimal') return image;

  Object.assign(assets, sizeDetails(row));
  const models = row.models ? row.models.split(',').map((modelId) => ({ id: modelId })) : [];
  return {
    ...image,
    added_date: row.added_date,
    categories: row.categories
      .split(',')
      .map((categoryId) => ({ id: categoryId, name: categoryById(categoryId)?.name ?? '' })),
    keywords: JSON.parse(row.keywords) as string[],
    is_adult: row.is_adult === 1,
    is_editorial: row.is_editorial === 1,
    is_illustration: row.image_type !== 'photo',
    has_property_release: row.has_property_release === 1,
    models,
    model_releases: models,
    releases: JSON.parse(row.releases) as string[],
  };
}
