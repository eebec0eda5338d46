// The Downloads page's history: every media type the filters ask for, read 200 licenses a
// page (the vendor's largest), all pages of all types in parallel once the first pages say
// how many there are, merged newest first. Rows show as soon as they are certain to be in
// order: a type still loading holds back the rows older than its last loaded one.
import { useQueries } from '@tanstack/react-query';
import { historyAssetId, LICENSE_HISTORY_MAX_PAGE, licenseHistoryOptions } from '@/api/licenses';
import type { LicenseMedia } from '@/api/license-types';
import type { HistoryRow } from './labels';
import { historyParams, mediaOf, metadataMatches, type DownloadsFilters } from './params';

/** At most this many pages of one type (10,000 licenses) are read. */
const MAX_PAGES = 50;

export interface MergedHistory {
  rows: HistoryRow[];
  /** Every page of every type has arrived (counts are final). */
  complete: boolean;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

export function useHistoryRows(filters: DownloadsFilters): MergedHistory {
  const media = mediaOf(filters);
  const params = historyParams(filters);
  const page = (type: LicenseMedia, n: number) =>
    licenseHistoryOptions(type, { ...params, per_page: LICENSE_HISTORY_MAX_PAGE, page: n });

  const firsts = useQueries({ queries: media.map((type) => page(type, 1)) });
  const pageCounts = firsts.map((first) =>
    Math.min(MAX_PAGES, Math.ceil((first.data?.total_count ?? 0) / LICENSE_HISTORY_MAX_PAGE) || 1),
  );
  const later = media.flatMap((type, index) =>
    Array.from({ length: (pageCounts[index] ?? 1) - 1 }, (_, n) => ({ type, n: n + 2 })),
  );

  return useQueries({
    queries: later.map(({ type, n }) => page(type, n)),
    combine: (results) => {
      const rows: HistoryRow[] = [];
      let boundary = '';
      let complete = true;
      media.forEach((type, index) => {
        const pages = [firsts[index]!, ...results.filter((_, i) => later[i]?.type === type)];
        // The pages that arrived in a row from the first: later ones wait for the gap.
        let loaded = 0;
        while (loaded < pages.length && pages[loaded]?.data) loaded++;
        if (loaded < pages.length) complete = false;
        for (const result of pages.slice(0, loaded)) {
          for (const entry of result.data?.data ?? []) {
            const assetId = historyAssetId(type, entry);
            if (!assetId) continue;
            rows.push({ key: `${type}:${entry.id}`, media: type, entry, assetId });
          }
        }
        if (loaded < pages.length) {
          const last = pages[loaded - 1]?.data?.data.at(-1)?.download_time ?? '\uffff';
          if (last > boundary) boundary = last;
        }
      });
      const shown = rows
        .filter(
          (row) =>
            row.entry.download_time >= boundary &&
            (!filters.subscription || row.entry.subscription_id === filters.subscription) &&
            metadataMatches(row.entry.metadata, 'client', filters.client) &&
            metadataMatches(row.entry.metadata, 'job', filters.job),
        )
        .sort(
          (a, b) =>
            b.entry.download_time.localeCompare(a.entry.download_time) ||
            a.key.localeCompare(b.key),
        );
      const all = [...firsts, ...results];
      return {
        rows: shown,
        complete,
        isPending: firsts.some((r) => r.isPending),
        error: all.find((r) => r.error)?.error ?? null,
        refetch: () => all.forEach((r) => r.isError && void r.refetch()),
      };
    },
  });
}
