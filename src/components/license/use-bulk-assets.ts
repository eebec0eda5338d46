// The assets of a bulk licensing, fetched by id in runs, and how they are named and shown.
import { useQueries } from '@tanstack/react-query';
import {
  BY_ID_BATCH,
  chunk,
  licensableAssetsOptions,
  type BulkAsset,
  type BulkLicenseMedia,
} from '@/api/bulk-license';

export function titleOf(asset: BulkAsset | undefined, id: string, noun: string): string {
  return asset?.title || asset?.description || `${noun[0]!.toUpperCase()}${noun.slice(1)} ${id}`;
}

export function thumbOf(asset: BulkAsset | undefined): string | undefined {
  const assets = asset?.assets as Record<string, { url?: string } | undefined> | undefined;
  return assets?.small_thumb?.url ?? assets?.thumb_jpg?.url;
}

/** The assets' details, fetched by id in runs, for their titles, sizes and editorial flags. */
export function useBulkAssets(media: BulkLicenseMedia, ids: readonly string[]) {
  return useQueries({
    queries: chunk(ids, BY_ID_BATCH).map((run) => licensableAssetsOptions(media, run)),
    combine: (results) => {
      const byId = new Map<string, BulkAsset>();
      for (const result of results)
        for (const asset of result.data?.data ?? []) byId.set(asset.id, asset);
      return {
        byId: byId as ReadonlyMap<string, BulkAsset>,
        isPending: results.some((r) => r.isPending),
        error: results.find((r) => r.error)?.error ?? null,
      };
    },
  });
}
