// The Downloads page's filters, kept in the URL: a link to "everything for job X" works.
import type { LicenseHistoryParams, LicenseMedia } from '@/api/license-types';
import { LICENSE_MEDIA_TYPES } from '@/api/licenses';

export interface DownloadsFilters {
  /** One media type, or every type when undefined. */
  type?: LicenseMedia;
  /** Days, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  subscription?: string;
  downloadable: boolean;
  asset?: string;
  client?: string;
  job?: string;
  /** Only my licenses (the default is the whole team's). */
  mine: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilters(search: URLSearchParams): DownloadsFilters {
  const type = search.get('type') as LicenseMedia | null;
  const text = (key: string) => search.get(key)?.trim() || undefined;
  const day = (key: string) => {
    const value = search.get(key);
    return value && DAY.test(value) ? value : undefined;
  };
  return {
    ...(type && LICENSE_MEDIA_TYPES.includes(type) ? { type } : {}),
    ...(day('from') ? { from: day('from') } : {}),
    ...(day('to') ? { to: day('to') } : {}),
    ...(text('subscription') ? { subscription: text('subscription') } : {}),
    downloadable: search.get('downloadable') === '1',
    ...(text('asset') ? { asset: text('asset') } : {}),
    ...(text('client') ? { client: text('client') } : {}),
    ...(text('job') ? { job: text('job') } : {}),
    mine: search.get('mine') === '1',
  };
}

export function serializeFilters(filters: DownloadsFilters): URLSearchParams {
  const search = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value) search.set(key, value);
  };
  set('type', filters.type);
  set('from', filters.from);
  set('to', filters.to);
  set('subscription', filters.subscription);
  if (filters.downloadable) search.set('downloadable', '1');
  set('asset', filters.asset);
  set('client', filters.client);
  set('job', filters.job);
  if (filters.mine) search.set('mine', '1');
  return search;
}

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
