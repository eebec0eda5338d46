// Per-user collections (the vendor's lightboxes) of one media type each, in the state
// database. Every read and write is scoped to the owner: someone else's collection is
// simply not found.
import { randomBytes } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import { pageStart } from '../schemas';
import type { MediaType } from './media';
import { nowIso } from './time';

export interface CollectionRow {
  id: number;
  user_id: string;
  media_type: MediaType;
  name: string;
  share_code: string;
  created_time: string;
  updated_time: string;
  items_updated_time: string;
  total_item_count: number;
}

export interface CollectionItemRow {
  item_id: string;
  added_time: string;
}

export type ItemSort = 'newest' | 'oldest';

/** Who may read a collection: its owner, or anyone with its share code. */
export interface Reader {
  userId: string;
  shareCode?: string;
}

const SELECT_COLLECTION = `SELECT c.*, (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id) AS total_item_count
  FROM collections c`;

const newShareCode = () => randomBytes(9).toString('base64url');

export class CollectionStore {
  private readonly byOwner: Statement<[string, MediaType, number, number], CollectionRow>;
  private readonly countByOwner: Statement<[string, MediaType], number>;
  private readonly byId: Statement<[number, MediaType], CollectionRow>;
  private readonly itemsAsc: Statement<[number, number, number], CollectionItemRow>;
  private readonly itemsDesc: Statement<[number, number, number], CollectionItemRow>;
  private readonly lastItem: Statement<[number], CollectionItemRow>;

  constructor(private readonly db: Db) {
    this.byOwner = db.prepare(
      `${SELECT_COLLECTION} WHERE c.user_id = ? AND c.media_type = ? ORDER BY c.id DESC LIMIT ? OFFSET ?`,
    );
    this.countByOwner = db
      .prepare<[string, MediaType], number>(
        'SELECT count(*) FROM collections WHERE user_id = ? AND media_type = ?',
      )
      .pluck();
    this.byId = db.prepare(`${SELECT_COLLECTION} WHERE c.id = ? AND c.media_type = ?`);
    const items = (order: 'ASC' | 'DESC') =>
      db.prepare<[number, number, number], CollectionItemRow>(
        `SELECT item_id, added_time FROM collection_items WHERE collection_id = ? ORDER BY seq ${order} LIMIT ? OFFSET ?`,
      );
    this.itemsAsc = items('ASC');
    this.itemsDesc = items('DESC');
    this.lastItem = db.prepare(
      'SELECT item_id, added_time FROM collection_items WHERE collection_id = ? ORDER BY seq DESC LIMIT 1',
    );
  }

  list(
    userId: string,
    mediaType: MediaType,
    page: { page: number; per_page: number },
  ): { rows: CollectionRow[]; total: number } {
    return {
      rows: this.byOwner.all(userId, mediaType, page.per_page, pageStart(page)),
      total: this.countByOwner.get(userId, mediaType) ?? 0,
    };
  }

  /** The collection if `reader` owns it (or holds its share code); undefined otherwise. */
  find(reader: Reader, mediaType: MediaType, id: string): CollectionRow | undefined {
    if (!/^[1-9]\d{0,15}$/.test(id)) return undefined;
    const row = this.byId.get(Number(id), mediaType);
    if (!row) return undefined;
    const shared = reader.shareCode !== undefined && reader.shareCode === row.share_code;
    return row.user_id === reader.userId || shared ? row : undefined;
  }

  /** The collection if `userId` owns it, for changes (a share code never allows those). */
  owned(userId: string, mediaType: MediaType, id: string): CollectionRow | undefined {
    return this.find({ userId }, mediaType, id);
  }

  create(userId: string, mediaType: MediaType, name: string): string {
    const now = nowIso();
    const result = this.db
      .prepare(
        `INSERT INTO collections (user_id, media_type, name, share_code, created_time, updated_time, items_updated_time)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(userId, mediaType, name, newShareCode(), now, now, now);
    return String(result.lastInsertRowid);
  }

  rename(id: number, name: string): void {
    this.db
      .prepare('UPDATE collections SET name = ?, updated_time = ? WHERE id = ?')
      .run(name, nowIso(), id);
  }

  delete(id: number): void {
    this.db.prepare('DELETE FROM collections WHERE id = ?').run(id);
  }

  /** Adds the items not in the collection yet, in the order given, all or nothing. */
  addItems(id: number, itemIds: string[]): void {
    const insert = this.db.prepare(
      'INSERT INTO collection_items (collection_id, item_id, added_time) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    const touch = this.db.prepare('UPDATE collections SET items_updated_time = ? WHERE id = ?');
    this.db.transaction(() => {
      const now = nowIso();
      let added = 0;
      for (const itemId of itemIds) added += insert.run(id, itemId, now).changes;
      if (added > 0) touch.run(now, id);
    })();
  }

  /** Removes the given items; ids not in the collection are ignored. */
  removeItems(id: number, itemIds: string[]): void {
    const remove = this.db.prepare(
      'DELETE FROM collection_items WHERE collection_id = ? AND item_id = ?',
    );
    const touch = this.db.prepare('UPDATE collections SET items_updated_time = ? WHERE id = ?');
    this.db.transaction(() => {
      let removed = 0;
      for (const itemId of itemIds) removed += remove.run(id, itemId).changes;
      if (removed > 0) touch.run(nowIso(), id);
    })();
  }

  items(
    id: number,
    { page, per_page, sort }: { page: number; per_page: number; sort: ItemSort },
  ): CollectionItemRow[] {
    const statement = sort === 'newest' ? this.itemsDesc : this.itemsAsc;
    return statement.all(id, per_page, pageStart({ page, per_page }));
  }

  /** The cover: the most recently added item. */
  coverItem(id: number): CollectionItemRow | undefined {
    return this.lastItem.get(id);
  }
}
