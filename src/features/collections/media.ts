import type { CollectionMediaType } from '@/api/types';

/** How the app speaks of each media type of collection. */
export const MEDIA_LABEL: Record<CollectionMediaType, string> = {
  image: 'Images',
  video: 'Video',
  audio: 'Music',
};

/** As in "your video collections". */
export const MEDIA_ADJECTIVE: Record<CollectionMediaType, string> = {
  image: 'image',
  video: 'video',
  audio: 'music',
};

/** One item of a collection of this type: "image", "video", "track". */
export const itemNoun = (media: CollectionMediaType) =>
  media === 'audio' ? 'track' : media === 'video' ? 'video' : 'image';

export function parseMedia(value: string | null): CollectionMediaType | undefined {
  return value === 'image' || value === 'video' || value === 'audio' ? value : undefined;
}

/** The longest owner's name a shared link may carry. */
const SHARED_BY_MAX = 80;

/**
 * Who shared a collection, as its link says (`shared_by`). The vendor's collections carry
 * no owner, so the link that "Copy link" makes names the person who copied it.
 */
export function parseSharedBy(value: string | null): string | undefined {
  const name = value?.replace(/\s+/g, ' ').trim().slice(0, SHARED_BY_MAX);
  return name || undefined;
}

/**
 * The app's page of a collection: images are the default type, others say theirs. A link
 * to share carries its share code and, when known, the owner's name.
 */
export function collectionHref(
  media: CollectionMediaType,
  id: string,
  shareCode?: string,
  sharedBy?: string,
) {
  const query = new URLSearchParams(media === 'image' ? {} : { type: media });
  if (shareCode) query.set('share_code', shareCode);
  if (shareCode && sharedBy) query.set('shared_by', sharedBy);
  const search = query.toString() ? `?${query.toString()}` : '';
  return `/collections/${encodeURIComponent(id)}${search}`;
}

/** Where an item of a collection opens. */
export function itemHref(media: CollectionMediaType, id: string) {
  const path = media === 'audio' ? 'music' : media === 'video' ? 'videos' : 'images';
  return `/${path}/${encodeURIComponent(id)}`;
}
