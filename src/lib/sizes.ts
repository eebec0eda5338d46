// One name for each size the vendor sells, on every screen: the detail pages, the license
// dialog, Downloads rows, the re-download menu and editorial. The vendor's own
// `display_name`s ("Med", "Huge", "Low Resolution MPEG") and its size keys ("huge",
// "huge_jpg") are never shown as they are; this table names them, and `sizeSummary` puts
// the pixels (or resolution) beside the name wherever they are known.
import type { LicenseMedia } from '@/api/license-types';
import { capitalize } from './format';

/** The vendor's size keys (license requests, re-downloads, history) → their one name. */
const SIZE_NAMES: Record<string, string> = {
  // Images (and editorial images' small and medium).
  small: 'Small',
  medium: 'Medium',
  huge: 'Huge',
  supersize: 'Super size',
  vector: 'Vector',
  custom: 'Custom',
  // Editorial images and videos, and any single-file asset.
  original: 'Original',
  // Video.
  web: 'Web',
  sd: 'SD',
  hd: 'HD',
  '4k': '4K',
  // Sound effects are licensed by format.
  wav: 'WAV',
  mp3: 'MP3',
};

/** Names that differ by media type: a track's or effect's one file. */
const MEDIA_SIZE_NAMES: Partial<Record<LicenseMedia, Record<string, string>>> = {
  audio: { original: 'Full track' },
  sfx: { original: 'Full effect' },
};

/** The asset keys sizes are listed under (`assets.huge_jpg`, `assets.vector_eps`) → size keys. */
const ASSET_KEY_SIZES: Record<string, string> = {
  small_jpg: 'small',
  medium_jpg: 'medium',
  huge_jpg: 'huge',
  supersize_jpg: 'supersize',
  vector_eps: 'vector',
};

/** The size key of an asset key (`huge_jpg` → `huge`); size keys are returned as they are. */
export function sizeKey(key: string): string {
  return ASSET_KEY_SIZES[key] ?? key;
}

/**
 * The one display name of a size, by its vendor key or asset key: "Small", "Medium",
 * "Huge", "Vector", "Original", "Web", "SD", "HD", "4K", "Full track". Custom image sizes
 * (`custom-800x533`) read "Custom"; unknown keys are capitalised.
 */
export function sizeName(media: LicenseMedia | undefined, key: string | undefined): string {
  if (!key) return '';
  const size = sizeKey(key.toLowerCase());
  if (size.startsWith('custom')) return SIZE_NAMES.custom as string;
  return (
    (media && MEDIA_SIZE_NAMES[media]?.[size]) ??
    SIZE_NAMES[size] ??
    capitalize(size.replace(/_/g, ' '))
  );
}

/** Pixels of a size when the details give them: "5000 × 3333 px". */
export function sizePixels(details: { width?: number; height?: number } | undefined): string {
  return details?.width && details.height ? `${details.width} × ${details.height} px` : '';
}

/** Pixels of a custom size key (`custom-800x533`), when it names both sides. */
function customPixels(key: string): string {
  const match = /^custom-(\d+)x(\d+)$/.exec(key);
  return match ? `${match[1]} × ${match[2]} px` : '';
}

/**
 * A size's name with its pixels beside it where known: "Huge · 5000 × 3333 px",
 * "HD · 1920 × 1080 px", "Custom · 800 × 533 px", or the name alone.
 */
export function sizeSummary(
  media: LicenseMedia | undefined,
  key: string | undefined,
  details?: { width?: number; height?: number },
): string {
  const name = sizeName(media, key);
  const pixels = sizePixels(details) || (key ? customPixels(key) : '');
  return [name, pixels].filter(Boolean).join(' · ');
}

/**
 * The resolution name of a video size from its pixels ("4K", "HD", "SD"), for an asset
 * that lists only its original (editorial video): the short side decides, so portrait
 * clips read the same as landscape ones.
 */
export function resolutionName(details: { width?: number; height?: number } | undefined): string {
  if (!details?.width || !details.height) return '';
  const short = Math.min(details.width, details.height);
  return sizeName('video', short >= 2160 ? '4k' : short >= 720 ? 'hd' : 'sd');
}
