// Types for the v2 editorial resources (images, video, live feeds), named as the vendor names them.

export interface EditorialThumb {
  url: string;
  width?: number;
  height?: number;
}

export interface EditorialSize {
  display_name?: string;
  width?: number;
  height?: number;
  file_size?: number;
  format?: string;
  fps?: number;
  is_licensable?: boolean;
}

/** An editorial image's file: the vendor's ImageSizeDetails, which has no frame rate. */
export type EditorialImageSize = Omit<EditorialSize, 'fps'>;

export interface EditorialRights {
  countries?: string;
  [key: string]: unknown;
}

export interface EditorialBase {
  id: string;
  title?: string;
  caption?: string;
  description?: string;
  byline?: string;
  date_taken?: string;
  aspect?: number;
  categories?: { name: string }[];
  keywords?: string[];
  special_instructions?: string;
  /** Not in the vendor's editorial schemas: shown when present. */
  supplier_code?: string;
  /** Not in the vendor's editorial schemas: where an asset may be used, shown when present. */
  rights?: EditorialRights;
}

export interface EditorialImage extends EditorialBase {
  assets: {
    thumb_170?: EditorialThumb;
    thumb_220?: EditorialThumb;
    watermark_450?: EditorialThumb;
    watermark_1500?: EditorialThumb;
    small_jpg?: EditorialImageSize;
    medium_jpg?: EditorialImageSize;
    original?: EditorialImageSize;
  };
}

export interface EditorialVideo extends EditorialBase {
  assets: {
    original?: EditorialSize;
    preview_mp4?: { url: string };
    preview_webm?: { url: string };
    thumb_jpg?: { url: string };
  };
}

export interface EditorialSearchResults<T> {
  data: T[];
  per_page?: number;
  total_count: number;
  search_id?: string;
  next?: string;
  prev?: string;
  message?: string;
}

export type EditorialSort = 'relevant' | 'newest' | 'oldest';

/** An editorial search page's state (the URL); the country comes from the picker. */
export interface EditorialSearchParams {
  query?: string;
  category?: string;
  supplier_code?: string;
  date_start?: string;
  date_end?: string;
  sort?: EditorialSort;
}

export interface EditorialCategory {
  name: string;
}

export interface EditorialLivefeed {
  id: string;
  name: string;
  created_time?: string;
  total_item_count?: number;
  cover_item?: { id: string; url: string; width?: number; height?: number };
}

export interface EditorialLivefeedList {
  data: EditorialLivefeed[];
  page?: number;
  per_page?: number;
  total_count?: number;
}

export interface EditorialLivefeedItems {
  data: EditorialImage[];
  total_count?: number;
}
