import { queryOptions, useQuery } from '@tanstack/react-query';
import { API_BASE, apiGet, type QueryParams } from './client';
import type {
  DownloadHistory,
  DownloadHistoryDataList,
  LicenseHistoryParams,
  LicenseMedia,
} from './license-types';

const MINUTE = 60_000;
/** The vendor's largest page of a license history. */
export const LICENSE_HISTORY_MAX_PAGE = 200;
/** How many pages of team history the "licensed" marks read (up to 1,000 licenses per type). */
const LICENSED_PAGES = 5;

interface MediaPaths {
  /** `/v2/images/licenses` and friends. */
  licenses: string;
  /** The history's asset-id filter: image_id, video_id, audio_id or sfx_id. */
  historyIdParam: string;
  /** Where a history entry names its asset. */
  historyAsset: 'image' | 'video' | 'audio';
  /** Whether the vendor has `POST …/licenses/{id}/downloads` for this type. */
  redownload: boolean;
}

export const LICENSE_MEDIA: Record<LicenseMedia, MediaPaths> = {
  image: {
    licenses: '/v2/images/licenses',
    historyIdParam: 'image_id',
    historyAsset: 'image',
    redownload: true,
  },
  video: {
    licenses: '/v2/videos/licenses',
    historyIdParam: 'video_id',
    historyAsset: 'video',
    redownload: true,
  },
  audio: {
    licenses: '/v2/audio/licenses',
    historyIdParam: 'audio_id',
    historyAsset: 'audio',
    redownload: true,
  },
  sfx: {
    licenses: '/v2/sfx/licenses',
    historyIdParam: 'sfx_id',
    historyAsset: 'audio',
    redownload: true,
  },
  'editorial-image': {
    licenses: '/v2/editorial/images/licenses',
    historyIdParam: 'image_id',
    historyAsset: 'image',
    redownload: false,
  },
  'editorial-video': {
    licenses: '/v2/editorial/videos/licenses',
    historyIdParam: 'video_id',
    historyAsset: 'video',
    redownload: false,
  },
};

export const LICENSE_MEDIA_TYPES = Object.keys(LICENSE_MEDIA) as LicenseMedia[];

/** The asset a history entry licensed. */
export function historyAssetId(media: LicenseMedia, entry: DownloadHistory): string | undefined {
  return entry[LICENSE_MEDIA[media].historyAsset]?.id;
}

export const licenseKeys = {
  all: ['licenses'] as const,
  media: (media: LicenseMedia) => [...licenseKeys.all, media] as const,
  history: (media: LicenseMedia, params: LicenseHistoryParams) =>
    [...licenseKeys.media(media), 'history', params] as const,
  licensed: (media: LicenseMedia) => [...licenseKeys.media(media), 'licensed'] as const,
};

function historyQuery(media: LicenseMedia, params: LicenseHistoryParams): QueryParams {
  const { asset_id, ...rest } = params;
  return { ...rest, [LICENSE_MEDIA[media].historyIdParam]: asset_id };
}

/** `GET /v2/{media}/licenses` with the vendor's filters: one page of the license history. */
export function licenseHistoryOptions(media: LicenseMedia, params: LicenseHistoryParams = {}) {
  return queryOptions({
    queryKey: licenseKeys.history(media, params),
    queryFn: ({ signal }) =>
      apiGet<DownloadHistoryDataList>(
        LICENSE_MEDIA[media].licenses,
        historyQuery(media, params),
        signal,
      ),
    staleTime: MINUTE,
  });
}

/**
 * Pages of a license history, 200 at a time, up to `maxPages`: the entries and the total.
 * The first page tells the total; the pages after it are asked for together, not one by
 * one. A license that lands between two pages' answers can shift an entry onto the next
 * page: each license is kept once.
 */
async function historyPages(
  media: LicenseMedia,
  params: LicenseHistoryParams,
  maxPages: number,
  signal: AbortSignal,
): Promise<{ entries: DownloadHistory[]; total: number }> {
  const page = (number: number) =>
    apiGet<DownloadHistoryDataList>(
      LICENSE_MEDIA[media].licenses,
      historyQuery(media, { ...params, per_page: LICENSE_HISTORY_MAX_PAGE, page: number }),
      signal,
    );
  const first = await page(1);
  const total = first.total_count ?? first.data.length;
  const pages =
    first.data.length < LICENSE_HISTORY_MAX_PAGE
      ? 1
      : Math.min(maxPages, Math.ceil(total / LICENSE_HISTORY_MAX_PAGE));
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, index) => page(index + 2)),
  );
  const seen = new Set<string>();
  const entries = [first, ...rest]
    .flatMap((list) => list.data)
    .filter((entry) => (seen.has(entry.id) ? false : (seen.add(entry.id), true)));
  return { entries, total };
}

/**
 * Every license of the team for one media type, newest first, as a map from asset id to
 * its newest license: one query per type, shared by every card and page that marks
 * licensed assets, so marking costs no request per card.
 */
export function licensedAssetsOptions(media: LicenseMedia) {
  return queryOptions({
    queryKey: licenseKeys.licensed(media),
    queryFn: async ({ signal }) => {
      const { entries } = await historyPages(
        media,
        { team_history: true, sort: 'newest' },
        LICENSED_PAGES,
        signal,
      );
      const byAsset = new Map<string, DownloadHistory>();
      for (const entry of entries) {
        const id = historyAssetId(media, entry);
        if (id && !byAsset.has(id)) byAsset.set(id, entry);
      }
      return byAsset;
    },
    staleTime: 5 * MINUTE,
  });
}

/**
 * The gateway's CSV export of the license history, for the Downloads page's filters (its
 * own query string: type, from, to, subscription, downloadable, asset, client, job, mine).
 */
export function licenseExportUrl(query: string): string {
  return `${API_BASE}/exports/licenses.csv${query ? `?${query}` : ''}`;
}

/**
 * The team's newest license of one asset, if any. Each card asks for its own entry, so the
 * history's arrival re-renders only the cards it marks, not every card on the page.
 */
export function useAssetLicense(media: LicenseMedia, id: string): DownloadHistory | undefined {
  return useQuery({
    ...licensedAssetsOptions(media),
    retry: false,
    select: (byAsset) => byAsset.get(id),
  }).data;
}

/**
 * The team's licenses of one media type by asset id, for a grid that marks its cards: one
 * watch on the history for the whole grid, and its arrival re-renders only the cards it marks.
 */
export function useLicensedAssets(
  media: LicenseMedia,
): ReadonlyMap<string, DownloadHistory> | undefined {
  return useQuery({ ...licensedAssetsOptions(media), retry: false }).data;
}
