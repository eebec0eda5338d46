// The generated catalogs together, for what reaches into all of them (licensing, the
// licensed files): a narrow dependency instead of the whole sandbox.
import type { AudioCatalog } from './audio';
import type { Catalog } from './catalog';
import type { EditorialCatalog } from './editorial/catalog';
import type { VideoCatalog } from './videos';

export interface Catalogs {
  /** Images. */
  catalog: Catalog;
  /** Editorial images. */
  editorial: EditorialCatalog;
  /** Videos and editorial videos. */
  videos: VideoCatalog;
  /** Music and sound effects. */
  audio: AudioCatalog;
}
