import type { DownloadHistory, LicenseMedia, RedownloadSize } from '@/api/license-types';
import { sizeName } from '@/lib/sizes';

export const MEDIA_LABELS: Record<LicenseMedia, string> = {
  image: 'Image',
  video: 'Video',
  audio: 'Music',
  sfx: 'Sound effect',
  'editorial-image': 'Editorial image',
  'editorial-video': 'Editorial video',
};

export const DETAIL_PATHS: Record<LicenseMedia, string> = {
  image: '/images/',
  video: '/videos/',
  audio: '/music/',
  sfx: '/sfx/',
  'editorial-image': '/editorial/',
  'editorial-video': '/editorial/videos/',
};

/** The sizes a re-download may ask for, by type (music and sound effects have one file). */
export const REDOWNLOAD_SIZES: Partial<Record<LicenseMedia, readonly RedownloadSize[]>> = {
  image: ['small', 'medium', 'huge', 'vector'],
  video: ['web', 'sd', 'hd', '4k'],
};

/** A size's one name (src/lib/sizes), the same as on the detail pages and in the dialog. */
export const sizeLabel = (size: string | undefined, media?: LicenseMedia) => sizeName(media, size);

export interface HistoryRow {
  key: string;
  media: LicenseMedia;
  entry: DownloadHistory;
  assetId: string;
}
