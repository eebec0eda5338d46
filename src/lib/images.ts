import type { EditorialImage } from '@/api/editorial-types';
import type { Image, SpellcheckInfo, Thumbnail, ThumbnailSize } from '@/api/types';

const THUMBNAIL_SIZES: readonly ThumbnailSize[] = [
  'small_thumb',
  'large_thumb',
  'huge_thumb',
  'preview',
  'preview_1000',
  'preview_1500',
];

/** One of the image's thumbnails, if it has a URL and usable dimensions. */
function usableThumb(image: Image, size: ThumbnailSize): Thumbnail | undefined {
  const thumb = image.assets?.[size];
  return thumb?.url && thumb.width > 0 && thumb.height > 0 ? thumb : undefined;
}

/** The image's thumbnails with usable dimensions, smallest first. */
export function thumbnails(
  image: Image,
  sizes: readonly ThumbnailSize[] = THUMBNAIL_SIZES,
): Thumbnail[] {
  const list: Thumbnail[] = [];
  for (const size of sizes) {
    const thumb = usableThumb(image, size);
    if (thumb) list.push(thumb);
  }
  return list.sort((a, b) => a.width - b.width);
}

/** width / height, from the image or its largest thumbnail. */
export function imageAspect(image: Image): number {
  if (image.aspect && Number.isFinite(image.aspect) && image.aspect > 0) return image.aspect;
  const largest = thumbnails(image).at(-1);
  return largest ? largest.width / largest.height : 1.5;
}

/**
 * `srcset` across the thumbnail and preview sizes, each at its real width. A size no wider
 * than a smaller size name before it is left out: a wide picture's `preview` (450 px on its
 * long side) is narrower than its `huge_thumb` (260 px high), and offered both, a browser
 * takes the narrower whenever it is wide enough — a grid would then mix watermarked
 * previews among its thumbnails, and ask for pictures a search has not prepared.
 */
export function imageSrcSet(
  image: Image,
  sizes: readonly ThumbnailSize[] = THUMBNAIL_SIZES,
): string {
  let widest = 0;
  const kept: Thumbnail[] = [];
  for (const size of sizes) {
    const thumb = usableThumb(image, size);
    if (!thumb || thumb.width <= widest) continue;
    widest = thumb.width;
    kept.push(thumb);
  }
  return kept.map((thumb) => `${thumb.url} ${thumb.width}w`).join(', ');
}

/**
 * How wide a tile in an overview's rows (`ImageTiles`, the All page's editorial tiles) is
 * drawn, in CSS pixels, for rows `rowRem` high: its own width at the row height and a
 * quarter more for the share of the row's slack it takes. Wide enough to stay sharp, and
 * narrow enough that a 9rem row asks for the thumbnail a search prepares (`huge_thumb`,
 * 260 px high), not a 450 or 1000 px watermarked preview for a tall picture.
 */
export function tileWidth(aspect: number, rowRem = 9): number {
  return Math.ceil(aspect * rowRem * 16 * 1.25);
}

/** A fallback `src`: the smallest thumbnail at least `minWidth` wide, else the largest. */
export function imageSrc(
  image: Image,
  minWidth: number,
  sizes?: readonly ThumbnailSize[],
): string | undefined {
  const list = thumbnails(image, sizes);
  return (list.find((thumb) => thumb.width >= minWidth) ?? list.at(-1))?.url;
}

/**
 * An editorial image's picture for a card drawn `width`×`height`: the 220 px thumbnail
 * while it is big enough, the 450 px watermarked one for larger cards.
 */
export function editorialThumbUrl(
  image: EditorialImage,
  width: number,
  height: number,
): string | undefined {
  const { thumb_220: small, watermark_450: large } = image.assets;
  return height > 200 || width > 300 ? (large?.url ?? small?.url) : (small?.url ?? large?.url);
}

/** The vendor leaves spellcheck_info open; take a corrected query from the usual places. */
export function spellcheckSuggestion(
  info: SpellcheckInfo | undefined,
  query: string | undefined,
): string | undefined {
  if (!info) return undefined;
  const candidates = [
    'spellchecked_query',
    'spellcheck_query',
    'suggested_query',
    'corrected_query',
    'did_you_mean',
    'suggestion',
    'query',
  ];
  for (const key of candidates) {
    const value = info[key];
    const text =
      typeof value === 'string'
        ? value
        : Array.isArray(value) && typeof value[0] === 'string'
          ? value[0]
          : undefined;
    if (text && text.trim() && text.trim().toLowerCase() !== query?.trim().toLowerCase())
      return text.trim();
  }
  return undefined;
}
