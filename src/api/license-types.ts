// Types for the v2 licensing resources (licenses, license history, re-downloads), named as
// the vendor names them. Only the fields the app reads or sends are declared.
import type { ApiErrorItem, DataList } from './types';

/** The media types the app licenses, each with its own vendor paths. */
export type LicenseMedia =
  'image' | 'video' | 'audio' | 'sfx' | 'editorial-image' | 'editorial-video';

export interface Url {
  url: string;
}

export interface AudioUrl extends Url {
  shorts_loops_stems?: string;
}

export interface Price {
  local_amount?: number;
  local_currency?: string;
}

/** Free-form license metadata (client, job, purchase order, other): at most 4 keys. */
export type LicenseRequestMetadata = Record<string, string>;

export type { SubscriptionMetadata, SubscriptionMetadataField } from './types';

// ---- license requests ---------------------------------------------------------------

export type ImageLicenseSize = 'small' | 'medium' | 'huge' | 'vector' | 'custom';

export interface CustomSizeDimensions {
  width?: number;
  height?: number;
}

interface LicenseImageBase {
  image_id: string;
  subscription_id?: string;
  editorial_acknowledgement?: boolean;
  metadata?: LicenseRequestMetadata;
  search_id?: string;
  price?: number;
}
/** A JPEG: the vendor's LicenseImage. */
export interface LicenseImageJpg extends LicenseImageBase {
  size?: Exclude<ImageLicenseSize, 'vector'>;
  format?: 'jpg';
  custom_dimensions?: CustomSizeDimensions;
}
/** The EPS of a vector: the vendor's LicenseImageVector. */
export interface LicenseImageVector extends LicenseImageBase {
  size?: 'vector';
  format?: 'eps';
}
export type LicenseImage = LicenseImageJpg | LicenseImageVector;
export interface LicenseImageRequest {
  images: LicenseImage[];
}

export type VideoLicenseSize = 'web' | 'sd' | 'hd' | '4k';

export interface LicenseVideo {
  video_id: string;
  subscription_id?: string;
  size?: VideoLicenseSize;
  editorial_acknowledgement?: boolean;
  metadata?: LicenseRequestMetadata;
  search_id?: string;
  price?: number;
}
export interface LicenseVideoRequest {
  videos: LicenseVideo[];
}

export type AudioLicense =
  | 'audio_platform'
  | 'premier_music_basic'
  | 'premier_music_extended'
  | 'premier_music_pro'
  | 'premier_music_comp'
  | 'asset_all_music';

export interface LicenseAudio {
  audio_id: string;
  license?: AudioLicense;
  search_id?: string;
  /** Not in the vendor's LicenseAudio; sent so a subscription's metadata rules can apply. */
  subscription_id?: string;
  metadata?: LicenseRequestMetadata;
}
export interface LicenseAudioRequest {
  audio: LicenseAudio[];
}

export interface LicenseSFX {
  sfx_id: string;
  subscription_id: string;
  format?: 'wav' | 'mp3';
  audio_layout?: 'ambisonic' | '5.1' | 'stereo';
  search_id?: string;
  metadata?: LicenseRequestMetadata;
}
export interface LicenseSFXRequest {
  sound_effects: LicenseSFX[];
}

export interface LicenseEditorialContent {
  editorial_id: string;
  license: string;
  size?: 'small' | 'medium' | 'original';
  metadata?: LicenseRequestMetadata;
  /** Not in the vendor's editorial shape; sent so a subscription can be chosen. */
  subscription_id?: string;
  editorial_acknowledgement?: boolean;
}
export interface LicenseEditorialContentRequest {
  /** ISO 3166 alpha-3, where the asset will be used. */
  country: string;
  editorial: LicenseEditorialContent[];
}

// ---- license results ----------------------------------------------------------------

interface LicenseResultBase {
  license_id?: string;
  download?: Url;
  allotment_charge?: number;
  error?: string;
}
export interface LicenseImageResult extends LicenseResultBase {
  image_id: string;
  price?: Price;
}
export interface LicenseVideoResult extends LicenseResultBase {
  video_id: string;
  price?: Price;
}
export interface LicenseAudioResult extends Omit<LicenseResultBase, 'download'> {
  audio_id: string;
  download?: AudioUrl;
}
export interface LicenseSFXResult extends LicenseResultBase {
  sfx_id: string;
}
export interface LicenseEditorialContentResult extends LicenseResultBase {
  editorial_id: string;
}

export interface LicenseResultDataList<T> {
  data: T[];
  errors?: ApiErrorItem[];
  message?: string;
  page?: number;
  per_page?: number;
  total_count?: number;
}
export type LicenseImageResultDataList = LicenseResultDataList<LicenseImageResult>;
export type LicenseVideoResultDataList = LicenseResultDataList<LicenseVideoResult>;
export type LicenseAudioResultDataList = LicenseResultDataList<LicenseAudioResult>;
/** The vendor's sound effect results are not paged. */
export type LicenseSFXResultDataList = Omit<
  LicenseResultDataList<LicenseSFXResult>,
  'page' | 'per_page' | 'total_count'
>;
export type LicenseEditorialContentResults = LicenseResultDataList<LicenseEditorialContentResult>;

// ---- license history ----------------------------------------------------------------

export interface DownloadHistoryFormatDetails {
  format?: string;
  size?: string;
}
export interface DownloadHistoryMediaDetails {
  id: string;
  format?: DownloadHistoryFormatDetails;
}

/** One license in the history of `GET /v2/{media}/licenses`. */
export interface DownloadHistory {
  id: string;
  download_time: string;
  license: string;
  image?: DownloadHistoryMediaDetails;
  video?: DownloadHistoryMediaDetails;
  audio?: DownloadHistoryMediaDetails;
  is_downloadable?: boolean;
  metadata?: Record<string, unknown>;
  subscription_id?: string;
  user?: { username: string };
}

export type DownloadHistoryDataList = DataList<DownloadHistory>;

export type DownloadAvailability = 'all' | 'downloadable' | 'non_downloadable';

/** The vendor's filters of a license history. */
export interface LicenseHistoryParams {
  /** The asset's id; sent as image_id, video_id, audio_id or sfx_id by media type. */
  asset_id?: string;
  license?: string;
  sort?: 'newest' | 'oldest';
  username?: string;
  start_date?: string;
  end_date?: string;
  download_availability?: DownloadAvailability;
  team_history?: boolean;
  page?: number;
  per_page?: number;
}

// ---- re-downloads -------------------------------------------------------------------

export interface RedownloadImage {
  size?: 'small' | 'medium' | 'huge' | 'supersize' | 'vector';
}
export interface RedownloadVideo {
  size?: VideoLicenseSize;
}
/** The sizes a re-download may ask for, by media type (audio and sound effects have none). */
export type RedownloadSize = NonNullable<RedownloadImage['size'] | RedownloadVideo['size']>;
