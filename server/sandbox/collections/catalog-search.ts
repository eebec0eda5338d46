// Catalog search: the user's catalog filtered by collection, asset type and query terms
// (all must appear in the asset's caption or keywords; a term after NOT must not).
import { toCatalogItem, type CatalogCollectionItem } from './catalog-shapes';
import type { CatalogItemRow, CatalogSort } from './catalog-store';
import type { MediaKind } from './media';
import { pageSlice } from '../schemas';

export interface CatalogSearchQuery {
  sort: CatalogSort;
  page: number;
  per_page: number;
  query?: string;
  collection_id?: string[];
  asset_type?: string[];
}

function parseTerms(query: string): { include: string[]; exclude: string[] } {
  const include: string[] = [];
  const exclude: string[] = [];
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === 'not' && i + 1 < words.length) exclude.push(words[++i] ?? '');
    else include.push(word);
  }
  return { include, exclude };
}

export function catalogSearch(
  catalogItems: CatalogItemRow[],
  kinds: Partial<Record<string, MediaKind>>,
  query: CatalogSearchQuery,
): { items: CatalogCollectionItem[]; total: number } {
  const collections = query.collection_id?.flatMap((value) => value.split(','));
  let rows = catalogItems.filter(
    (row) =>
      (!query.asset_type || query.asset_type.includes(row.asset_type)) &&
      (!collections ||
        row.collection_ids.split(',').some((id) => id !== '' && collections.includes(id))),
  );
  // Names (and searchable text) of every remaining asset, per media type.
  const described = new Map<string, { name: string; text: string }>();
  for (const [type, kind] of Object.entries(kinds)) {
    if (!kind) continue;
    const ids = rows.filter((row) => row.asset_type === type).map((row) => row.asset_id);
    for (const [id, description] of kind.describe(ids)) described.set(`${type}:${id}`, description);
  }
  const { include, exclude } = parseTerms(query.query ?? '');
  if (include.length > 0 || exclude.length > 0) {
    rows = rows.filter((row) => {
      const text = described.get(`${row.asset_type}:${row.asset_id}`)?.text ?? '';
      return include.every((t) => text.includes(t)) && !exclude.some((t) => text.includes(t));
    });
  }
  if (query.sort === 'newest') rows = [...rows].reverse();
  return {
    items: pageSlice(rows, query).map((row) =>
      toCatalogItem(row, described.get(`${row.asset_type}:${row.asset_id}`)?.name),
    ),
    total: rows.length,
  };
}
