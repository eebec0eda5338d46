// Types for the v2 video resources (and editorial video), named as the vendor names them.
import type { VideoSizeDetails } from './vendor-shapes';

export type { VideoSizeDetails };

export interface Url {
  url: string;
}

export interface VideoAssets {
  preview_jpg?: Url;
  preview_mp4?: Url;
  preview_webm?: Url;
  thumb_jpg?: Url;
  thumb_mp4?: Url;
  thumb_webm?: Url;
  thumb_jpgs?: { urls: string[] };
  web?: VideoSizeDetails;
  sd?: VideoSizeDetails;
  hd?: VideoSizeDetails;
  '4k'?: VideoSizeDetails;
}

export interface Video {
  id: string;
  media_type?: 'video' | (string & {});
  aspect?: number;
  aspect_ratio?: string;
  assets: VideoAssets;
  contributor: { id: string };
  description?: string;
  duration?: number;
  has_model_release?: boolean;
  has_property_release?: boolean;
  added_date?: string;
  categories?: { id?: string; name: string }[];
  keywords?: string[];
  is_adult?: boolean;
  is_editorial?: boolean;
  models?: { id: string }[];
}

export interface VideoSearchResults {
  data: Video[];
  page?: number;
  per_page?: number;
  total_count: number;
  search_id?: string;
  message?: string;
}

export type VideoResolution = '4k' | 'high_definition' | 'standard_definition';
export type VideoAspectRatio = '4_3' | '16_9' | 'nonstandard';
export type VideoSort = 'relevance' | 'popular' | 'newest' | 'random';
export type VideoLicense = 'commercial' | 'editorial';

/** The video search page's state, written to and read from the URL. */
export interface VideoSearchParams {
  query?: string;
  duration_from?: number;
  duration_to?: number;
  resolution?: VideoResolution;
  fps_from?: number;
  fps_to?: number;
  aspect_ratio?: VideoAspectRatio;
  category?: string;
  people_number?: number;
  people_model_released?: boolean;
  /** Names or ids; several match any of them. */
  contributor?: string[];
  added_date_start?: string;
  added_date_end?: string;
  license?: VideoLicense;
  safe?: boolean;
  sort?: VideoSort;
}
