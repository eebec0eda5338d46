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

/** The app's page of a collection: images are the default type, others say theirs. */
export function collectionHref(media: CollectionMediaType, id: string, shareCode?: string) {
  const query = new URLSearchParams(media === 'image' ? {} : { type: media });
  if (shareCode) query.set('share_code', shareCode);
  const search = query.toString() ? `?${query.toString()}` : '';
  return `/collections/${encodeURIComponent(id)}${search}`;
}

/** Where an item of a collection opens. */
export function itemHref(media: CollectionMediaType, id: string) {
  const path = media === 'audio' ? 'music' : media === 'video' ? 'videos' : 'images';
  return `/${path}/${encodeURIComponent(id)}`;
}
