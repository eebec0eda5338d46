// The Downloads page's filters, kept in the URL: a link to "everything for job X" works.
import type { LicenseHistoryParams, LicenseMedia } from '@/api/license-types';
import { LICENSE_MEDIA_TYPES } from '@/api/licenses';
import { parseUrlState, writeUrlState, type UrlKind } from '@/lib/url-state';

export interface DownloadsFilters {
  /** One media type, or every type when undefined. */
  type?: LicenseMedia;
  /** Days, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  subscription?: string;
  downloadable?: boolean;
  asset?: string;
  client?: string;
  job?: string;
  /** Only my licenses (the default is the whole team's). */
  mine?: boolean;
}

/** Every filter of the page, in the order its URL is written. */
const FILTERS_SCHEMA = {
  type: { type: 'enum', values: LICENSE_MEDIA_TYPES },
  from: { type: 'date' },
  to: { type: 'date' },
  subscription: { type: 'string' },
  downloadable: { type: 'flag' },
  asset: { type: 'string' },
  client: { type: 'string' },
  job: { type: 'string' },
  mine: { type: 'flag' },
} as const satisfies Record<keyof DownloadsFilters, UrlKind>;

export const parseFilters = (search: URLSearchParams | string): DownloadsFilters =>
  parseUrlState(FILTERS_SCHEMA, search);
/** The filters as the page's URL writes them; the license export takes the same. */
export const serializeFilters = (filters: DownloadsFilters): URLSearchParams =>
  writeUrlState(FILTERS_SCHEMA, filters);

/** The day after a YYYY-MM-DD day, for an inclusive end (the API's end_date is exclusive). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** What the API filters itself; subscription and metadata are filtered in the page. */
export function historyParams(filters: DownloadsFilters): LicenseHistoryParams {
  return {
    sort: 'newest',
    team_history: !filters.mine,
    ...(filters.downloadable ? { download_availability: 'downloadable' as const } : {}),
    ...(filters.from ? { start_date: `${filters.from}T00:00:00.000Z` } : {}),
    ...(filters.to ? { end_date: nextDay(filters.to) } : {}),
    ...(filters.asset ? { asset_id: filters.asset } : {}),
  };
}

export function mediaOf(filters: DownloadsFilters): LicenseMedia[] {
  return filters.type ? [filters.type] : LICENSE_MEDIA_TYPES;
}

/** Case-insensitive "contains" on a metadata field. */
export function metadataMatches(
  metadata: Record<string, unknown> | undefined,
  key: string,
  wanted: string | undefined,
): boolean {
  if (!wanted) return true;
  const value = metadata?.[key];
  return typeof value === 'string' && value.toLowerCase().includes(wanted.toLowerCase());
}
