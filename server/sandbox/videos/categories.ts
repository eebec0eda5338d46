// The vendor's video categories (GET /v2/videos/categories) and editorial video
// categories (GET /v2/editorial/videos/categories). Video categories share the image
// categories' ids and names, without the photo-only ones (Abstract, Beauty/Fashion,
// Celebrities, Interiors, Parks/Outdoor, Vintage); editorial video categories are names.
import { IMAGE_CATEGORIES, type ImageCategory } from '../categories';

const PHOTO_ONLY = new Set(['26', '27', '31', '21', '25', '24']);

export const VIDEO_CATEGORIES: readonly ImageCategory[] = IMAGE_CATEGORIES.filter(
  (category) => !PHOTO_ONLY.has(category.id),
);

/** The video category an image theme's category maps to (photo-only ones to their nearest). */
export const THEME_TO_VIDEO_CATEGORY: Record<string, string> = {
  '26': '3',
  '27': '13',
  '31': '13',
  '21': '22',
  '25': '12',
  '24': '9',
};

const byId = new Map(VIDEO_CATEGORIES.map((category) => [category.id, category]));
const byName = new Map(VIDEO_CATEGORIES.map((category) => [category.name.toLowerCase(), category]));

export function videoCategoryById(id: string): ImageCategory | undefined {
  return byId.get(id);
}

/** A video category by id or name (case-insensitive), as the vendor's filter takes it. */
export function findVideoCategory(idOrName: string): ImageCategory | undefined {
  const key = idOrName.trim();
  return byId.get(key) ?? byName.get(key.toLowerCase());
}

/** Bit of a category in a video's category mask (its position in VIDEO_CATEGORIES). */
export function videoCategoryBit(id: string): number {
  const index = VIDEO_CATEGORIES.findIndex((category) => category.id === id);
  if (index < 0) throw new Error(`unknown video category ${id}`);
  return 1 << index;
}

// prettier-ignore
export const EDITORIAL_VIDEO_CATEGORIES: readonly string[] = [
  'Animal', 'Art', 'Awards', 'Business', 'Celebrity', 'Documentary', 'Entertainment', 'Environment', 'Fashion',
  'Film Stills', 'Food', 'Human Interest', 'Music', 'News', 'Politics', 'Royalty', 'Science', 'Sport', 'Travel',
  'Viral', 'Weather',
];

const editorialByName = new Map(
  EDITORIAL_VIDEO_CATEGORIES.map((name) => [name.toLowerCase(), name]),
);

/** An editorial video category's name as listed, from any casing; undefined when unknown. */
export function findEditorialVideoCategory(name: string): string | undefined {
  return editorialByName.get(name.trim().toLowerCase());
}
