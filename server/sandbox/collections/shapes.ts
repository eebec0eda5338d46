// Collections in the vendor's shapes (Collection, CollectionItem).
import type { CollectionItemRow, CollectionRow } from './store';
import type { MediaKind } from './media';
import type { CollectionEmbed } from '../../../src/api/vendor-shapes';

export type Embed = CollectionEmbed;

export interface CollectionItem {
  id: string;
  media_type: string;
  added_time: string;
}

export interface Collection {
  id: string;
  name: string;
  total_item_count: number;
  created_time: string;
  updated_time: string;
  items_updated_time: string;
  cover_item?: CollectionItem;
  share_code?: string;
  share_url?: string;
}

export const toItem = (kind: MediaKind, row: CollectionItemRow): CollectionItem => ({
  id: row.item_id,
  media_type: kind.mediaType,
  added_time: row.added_time,
});

/**
 * Where the app opens a shared collection (the sandbox's own origin serves the app): its
 * collection page, with the media type (images are the default) and the share code.
 */
export function shareUrl(origin: string, kind: MediaKind, id: string, code: string): string {
  const query = new URLSearchParams(kind.mediaType === 'image' ? {} : { type: kind.mediaType });
  query.set('share_code', code);
  return `${origin}/collections/${id}?${query}`;
}

export function toCollection(
  kind: MediaKind,
  row: CollectionRow,
  cover: CollectionItemRow | undefined,
  embed: readonly Embed[],
  origin: string,
): Collection {
  const id = String(row.id);
  return {
    id,
    name: row.name,
    total_item_count: row.total_item_count,
    created_time: row.created_time,
    updated_time: row.updated_time,
    items_updated_time: row.items_updated_time,
    ...(cover ? { cover_item: toItem(kind, cover) } : {}),
    ...(embed.includes('share_code') ? { share_code: row.share_code } : {}),
    ...(embed.includes('share_url')
      ? { share_url: shareUrl(origin, kind, id, row.share_code) }
      : {}),
  };
}
