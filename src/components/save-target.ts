import type { LicenseMedia } from '@/api/license-types';
import type { CollectionMediaType } from '@/api/types';

/**
 * The collection type an asset can be saved to, if any. The vendor keeps collections of
 * images, videos and music tracks only (`/v2/{images,videos,audio}/collections`); sound
 * effects and editorial images and videos have none, so they offer no "Save".
 */
export function collectionMediaOf(media: LicenseMedia): CollectionMediaType | undefined {
  return media === 'image' || media === 'video' || media === 'audio' ? media : undefined;
}
