// Shapes of the vendor's v2 resources that the app reads and the sandbox answers with, kept
// in one place: the app's types build on them, and the sandbox imports them (types only)
// for what it returns, stating with Required<…> the fields it always sends. Both are
// checked against the vendor document by server/test/vendor-types.test.ts.
// Types only, and this module imports nothing: the server may use it without the app.

export type ImageType = 'photo' | 'illustration' | 'vector';

/** How much of each asset a search or a lookup returns. */
export type View = 'minimal' | 'full';

/** What a collection's answer may add: its share code and share URL. */
export type CollectionEmbed = 'share_code' | 'share_url';

export interface Thumbnail {
  url: string;
  width: number;
  height: number;
}

/** A licensable image file: the vendor's ImageSizeDetails. */
export interface ImageSizeDetails {
  display_name?: string;
  dpi?: number;
  file_size?: number;
  format?: string;
  height?: number;
  width?: number;
  is_licensable?: boolean;
}

/** A licensable video file: the vendor's VideoSizeDetails. */
export interface VideoSizeDetails {
  display_name?: string;
  file_size?: number;
  format?: string;
  fps?: number;
  height?: number;
  width?: number;
  is_licensable?: boolean;
}
