// ---- Music and sound effects (the vendor's Audio and SFX resources) -----------------
// Our own types, named as the vendor names them; only the fields the app reads.

export interface AudioAssetDetails {
  url?: string;
  file_size?: number;
}

export interface AudioAssets {
  preview_mp3?: AudioAssetDetails;
  preview_ogg?: AudioAssetDetails;
  waveform?: AudioAssetDetails;
  original_audio?: AudioAssetDetails;
  clean_audio?: AudioAssetDetails;
}

/** A sound effect's files: the vendor's SFXAssets. */
export interface SfxAssets {
  preview_mp3?: AudioAssetDetails;
  waveform?: AudioAssetDetails;
}

export interface Artist {
  name: string;
}

export interface Album {
  id?: string;
  title?: string;
}

export interface Audio {
  id: string;
  media_type: 'audio' | (string & {});
  title?: string;
  description?: string;
  artists?: Artist[];
  album?: Album;
  bpm?: number;
  duration?: number;
  genres?: string[];
  moods?: string[];
  instruments?: string[];
  is_instrumental?: boolean;
  vocal_description?: string;
  added_date?: string;
  published_time?: string;
  contributor?: { id: string };
  assets?: AudioAssets;
  keywords?: string[];
}

export interface AudioSearchResults {
  data: Audio[];
  page?: number;
  per_page?: number;
  total_count: number;
  search_id?: string;
}

export type AudioSort =
  'score' | 'ranking_all' | 'artist' | 'title' | 'bpm' | 'freshness' | 'duration';
export type SortOrder = 'asc' | 'desc';

/** What a music search carries in the URL (and sends to `GET /v2/audio/search`). */
export interface AudioSearchParams {
  query?: string;
  genre?: string[];
  moods?: string[];
  instruments?: string[];
  artists?: string[];
  bpm_from?: number;
  bpm_to?: number;
  duration_from?: number;
  duration_to?: number;
  vocal_description?: string;
  is_instrumental?: boolean;
  sort?: AudioSort;
  sort_order?: SortOrder;
}

export interface Sfx {
  id: string;
  media_type: 'sfx' | (string & {});
  title?: string;
  description?: string;
  duration?: number;
  added_date?: string;
  contributor?: { id: string };
  artist?: string;
  keywords?: string[];
  assets?: SfxAssets;
}

export interface SfxSearchResults {
  data: Sfx[];
  page?: number;
  per_page?: number;
  total_count: number;
  search_id?: string;
}

export type SfxSort = 'popular' | 'newest' | 'relevance' | 'random' | 'oldest';

export interface SfxSearchParams {
  query?: string;
  duration_from?: number;
  duration_to?: number;
  added_date_start?: string;
  added_date_end?: string;
  sort?: SfxSort;
}

export interface StringDataList {
  data: string[];
}
