// Catalog collections and their items in the vendor's shapes (CatalogCollection,
// CatalogCollectionItem).
import type { UserRecord } from '../accounts';
import type { CatalogCollectionRow, CatalogItemRow } from './catalog-store';

export interface CatalogCollectionItem {
  id: string;
  asset: { id: string; type: string; name?: string };
  created_time: string;
  collection_ids: string[];
}

export function toCatalogItem(row: CatalogItemRow, name?: string): CatalogCollectionItem {
  return {
    id: String(row.id),
    asset: { id: row.asset_id, type: row.asset_type, ...(name !== undefined ? { name } : {}) },
    created_time: row.created_time,
    collection_ids: row.collection_ids ? row.collection_ids.split(',') : [],
  };
}

export function toCatalogCollection(
  row: CatalogCollectionRow,
  owner: UserRecord,
  cover: CatalogCollectionItem | undefined,
) {
  const id = String(row.id);
  return {
    id,
    name: row.name,
    visibility: row.visibility,
    total_item_count: row.total_item_count,
    created_time: row.created_time,
    updated_time: row.updated_time,
    ...(cover ? { cover_asset: cover } : {}),
    role_assignments: {
      collection_id: id,
      roles: {
        owners: [{ id: owner.id, type: 'USER' as const, email: owner.email }],
        editors: [],
        viewers: [],
      },
    },
  };
}
