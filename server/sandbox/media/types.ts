/** What the media renderer needs to know about one catalog image. */
export interface ImagePreviewSpec {
  id: string;
  /** Original pixel size; only the aspect ratio matters for previews. */
  width: number;
  height: number;
  imageType: 'photo' | 'illustration' | 'vector';
  /** Shutterstock image category names; the first one picks the motif. */
  categories: string[];
  /** One to three dominant colours, '#rrggbb', most dominant first. */
  colors: string[];
  description: string;
}
