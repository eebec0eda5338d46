import type { DownloadHistory, LicenseMedia, RedownloadSize } from '@/api/license-types';
import { humanize } from '@/lib/format';

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

const SIZE_LABELS: Record<string, string> = {
  huge: 'Large',
  sd: 'SD',
  hd: 'HD',
  '4k': '4K',
  web: 'Web',
};
export const sizeLabel = (size: string | undefined) =>
  size ? (SIZE_LABELS[size] ?? humanize(size)) : '';

export interface HistoryRow {
  key: string;
  media: LicenseMedia;
  entry: DownloadHistory;
  assetId: string;
}
