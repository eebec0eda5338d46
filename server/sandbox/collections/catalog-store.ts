// Catalog collections (the vendor's newer, all-media collections) and the account's
// catalog they draw from, in the state database. Every asset put in a collection joins
// the user's catalog; removing it from a collection leaves it in the catalog.
import type { Db } from '../db';
import { pageStart } from '../schemas';
import { nowIso } from './time';

export type Visibility = 'private' | 'public';
export type CatalogSort = 'newest' | 'oldest';

export interface CatalogCollectionRow {
  id: number;
  user_id: string;
  name: string;
  visibility: Visibility;
  cover_item_id: number | null;
  created_time: string;
  updated_time: string;
  total_item_count: number;
}

export interface CatalogItemRow {
  id: number;
  asset_type: string;
  asset_id: string;
  created_time: string;
  /** Comma-separated ids of the user's collections that hold it ('' for none). */
  collection_ids: string;
}

export interface AssetRef {
  type: string;
  id: string;
}

const SELECT_COLLECTION = `SELECT c.*, (SELECT count(*) FROM catalog_collection_items i WHERE i.collection_id = c.id) AS total_item_count
  FROM catalog_collections c`;
const SELECT_ITEM = `SELECT t.id, t.asset_type, t.asset_id, t.created_time,
  coalesce((SELECT group_concat(ci.collection_id) FROM catalog_collection_items ci WHERE ci.item_id = t.id), '') AS collection_ids
  FROM catalog_items t`;

export class CatalogCollectionStore {
  constructor(private readonly db: Db) {}

  list(
    userId: string,
    { page, per_page, sort }: { page: number; per_page: number; sort: CatalogSort },
  ): { rows: CatalogCollectionRow[]; total: number } {
    const order = sort === 'oldest' ? 'ASC' : 'DESC';
    const rows = this.db
      .prepare<[string, number, number], CatalogCollectionRow>(
        `${SELECT_COLLECTION} WHERE c.user_id = ? ORDER BY c.id ${order} LIMIT ? OFFSET ?`,
      )
      .all(userId, per_page, pageStart({ page, per_page }));
    const total = this.db
      .prepare<[string], number>('SELECT count(*) FROM catalog_collections WHERE user_id = ?')
      .pluck()
      .get(userId);
    return { rows, total: total ?? 0 };
  }

  /** The user's collection, or undefined (unknown, malformed, or someone else's). */
  owned(userId: string, id: string): CatalogCollectionRow | undefined {
    if (!/^[1-9]\d{0,15}$/.test(id)) return undefined;
    const row = this.db
      .prepare<[number], CatalogCollectionRow>(`${SELECT_COLLECTION} WHERE c.id = ?`)
      .get(Number(id));
    return row?.user_id === userId ? row : undefined;
  }

  create(userId: string, name: string, visibility: Visibility, assets: AssetRef[]): number {
    return this.db.transaction(() => {
      const now = nowIso();
      const id = Number(
        this.db
          .prepare(
            'INSERT INTO catalog_collections (user_id, name, visibility, created_time, updated_time) VALUES (?, ?, ?, ?, ?)',
          )
          .run(userId, name, visibility, now, now).lastInsertRowid,
      );
      this.insertItems(userId, id, assets, now);
      return id;
    })();
  }

  update(
    id: number,
    changes: { name?: string; visibility?: Visibility; coverItemId?: number },
  ): void {
    this.db
      .prepare(
        `UPDATE catalog_collections SET name = coalesce(?, name), visibility = coalesce(?, visibility),
         cover_item_id = coalesce(?, cover_item_id), updated_time = ? WHERE id = ?`,
      )
      .run(
        changes.name ?? null,
        changes.visibility ?? null,
        changes.coverItemId ?? null,
        nowIso(),
        id,
      );
  }

  delete(id: number): void {
    this.db.prepare('DELETE FROM catalog_collections WHERE id = ?').run(id);
  }

  /** Adds assets (the catalog first), skipping those already in the collection; all or nothing. */
  addItems(userId: string, id: number, assets: AssetRef[]): void {
    this.db.transaction(() => this.insertItems(userId, id, assets, nowIso()))();
  }

  /** Removes items given by catalog item id or asset id; unknown ones are ignored. */
  removeItems(id: number, ids: string[]): void {
    const remove = this.db.prepare(
      `DELETE FROM catalog_collection_items WHERE collection_id = ? AND item_id IN (
         SELECT id FROM catalog_items WHERE CAST(id AS TEXT) = ? OR asset_id = ?)`,
    );
    this.db.transaction(() => {
      let removed = 0;
      for (const itemId of ids) removed += remove.run(id, itemId, itemId).changes;
      if (removed > 0) this.touch(id);
    })();
  }

  /** The item in this collection a cover refers to (catalog item id or asset id). */
  itemInCollection(id: number, ref: string): number | undefined {
    return this.db
      .prepare<[number, string, string], number>(
        `SELECT t.id FROM catalog_collection_items ci JOIN catalog_items t ON t.id = ci.item_id
         WHERE ci.collection_id = ? AND (CAST(t.id AS TEXT) = ? OR t.asset_id = ?) LIMIT 1`,
      )
      .pluck()
      .get(id, ref, ref);
  }

  /** The cover: the chosen one while it is in the collection, else the most recently added. */
  cover(row: CatalogCollectionRow): CatalogItemRow | undefined {
    const chosen =
      row.cover_item_id !== null
        ? this.db
            .prepare<[number, number], CatalogItemRow>(
              `${SELECT_ITEM} JOIN catalog_collection_items ci ON ci.item_id = t.id WHERE ci.collection_id = ? AND t.id = ?`,
            )
            .get(row.id, row.cover_item_id)
        : undefined;
    return (
      chosen ??
      this.db
        .prepare<[number], CatalogItemRow>(
          `${SELECT_ITEM} JOIN catalog_collection_items ci ON ci.item_id = t.id WHERE ci.collection_id = ? ORDER BY ci.seq DESC LIMIT 1`,
        )
        .get(row.id)
    );
  }

  /** The user's whole catalog, oldest first (search filters it in memory: it is small). */
  catalogItems(userId: string): CatalogItemRow[] {
    return this.db
      .prepare<[string], CatalogItemRow>(`${SELECT_ITEM} WHERE t.user_id = ? ORDER BY t.id`)
      .all(userId);
  }

  private insertItems(userId: string, id: number, assets: AssetRef[], now: string): void {
    const toCatalog = this.db.prepare(
      `INSERT INTO catalog_items (user_id, asset_type, asset_id, created_time) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    const itemId = this.db
      .prepare<[string, string, string], number>(
        'SELECT id FROM catalog_items WHERE user_id = ? AND asset_type = ? AND asset_id = ?',
      )
      .pluck();
    const toCollection = this.db.prepare(
      'INSERT INTO catalog_collection_items (collection_id, item_id, added_time) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    let added = 0;
    for (const asset of assets) {
      toCatalog.run(userId, asset.type, asset.id, now);
      const item = itemId.get(userId, asset.type, asset.id);
      if (item !== undefined) added += toCollection.run(id, item, now).changes;
    }
    if (added > 0) this.touch(id, now);
  }

  private touch(id: number, now = nowIso()): void {
    this.db.prepare('UPDATE catalog_collections SET updated_time = ? WHERE id = ?').run(now, id);
  }
}
