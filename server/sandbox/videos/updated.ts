// Updated videos (GET /v2/videos/updated): a steady, deterministic stream of edits to the
// catalog, a few dozen an hour, so any time window (an interval before now, or dates of
// at most three days) lists the same updates every time it is asked.
import { SandboxError } from '../errors';
import { hashString, Random } from '../seed/random';
import type { VideoColumns } from './columns';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = {
  MINUTE: 60_000,
  HOUR: HOUR_MS,
  DAY: DAY_MS,
  WEEK: 7 * DAY_MS,
};
/** The longest window: three days by dates (as the vendor says), a week by interval. */
const MAX_DATE_RANGE_MS = 3 * DAY_MS;
const MAX_INTERVAL_MS = 7 * DAY_MS;

export interface UpdatedParams {
  start_date?: string;
  end_date?: string;
  interval?: string;
  sort: 'newest' | 'oldest';
}

export interface UpdatedVideo {
  id: string;
  updated_time: string;
  updates: string[];
}

const bad = (name: string, message: string) =>
  SandboxError.badRequest(message, `$.query.${name}`, 'VALIDATION_INVALID_PARAMETER');

/** The [from, to) window in epoch milliseconds a request asks about. */
export function updateWindow(params: UpdatedParams, now: number): [number, number] {
  const byDate = params.start_date !== undefined || params.end_date !== undefined;
  if (byDate && params.interval !== undefined)
    throw bad('interval', 'interval cannot be used with start_date or end_date');
  if (byDate) {
    const from =
      params.start_date !== undefined ? Date.parse(`${params.start_date}T00:00:00Z`) : undefined;
    const to =
      params.end_date !== undefined ? Date.parse(`${params.end_date}T00:00:00Z`) : undefined;
    if (from !== undefined && Number.isNaN(from))
      throw bad('start_date', 'start_date must be a date (YYYY-MM-DD)');
    if (to !== undefined && Number.isNaN(to))
      throw bad('end_date', 'end_date must be a date (YYYY-MM-DD)');
    const start = from ?? (to as number) - MAX_DATE_RANGE_MS;
    const end = to ?? Math.min(now, start + MAX_DATE_RANGE_MS);
    if (end <= start) throw bad('end_date', 'end_date must be after start_date');
    if (end - start > MAX_DATE_RANGE_MS)
      throw bad('end_date', 'start_date and end_date may be at most three days apart');
    return [start, Math.min(end, now)];
  }
  const match = /^\s*(\d+)\s+(MINUTE|HOUR|DAY|WEEK)S?\s*$/i.exec(params.interval ?? '1 HOUR');
  if (!match)
    throw bad(
      'interval',
      'interval must be a number and a unit, such as 1 DAY, 6 HOUR or 30 MINUTE',
    );
  const length = Number(match[1]) * (UNIT_MS[(match[2] as string).toUpperCase()] as number);
  if (length <= 0 || length > MAX_INTERVAL_MS)
    throw bad('interval', 'interval must be between 1 MINUTE and 1 WEEK');
  return [now - length, now];
}

/** Every update in the window, in the order asked. */
export function updatedVideos(
  columns: VideoColumns,
  [from, to]: [number, number],
  sort: 'newest' | 'oldest',
): UpdatedVideo[] {
  const out: UpdatedVideo[] = [];
  for (let hour = Math.floor(from / HOUR_MS); hour * HOUR_MS < to; hour++) {
    const random = new Random(hashString(`video-updates:${hour}`));
    const count = random.int(15, 35);
    const day = Math.floor((hour * HOUR_MS) / DAY_MS);
    // Only videos already in the catalog then can be edited (ids grow with the date added).
    let last = columns.size - 1;
    while (last > 0 && (columns.day[last] as number) > day) last--;
    for (let k = 0; k < count; k++) {
      const index = random.int(0, last);
      const time = hour * HOUR_MS + random.int(0, HOUR_MS - 1000);
      if (time < from || time >= to) continue;
      out.push({
        id: String(columns.ids[index]),
        updated_time: new Date(time - (time % 1000)).toISOString(),
        updates: random.chance(0.2) ? ['edit', 'keywords'] : ['edit'],
      });
    }
  }
  out.sort((a, b) =>
    sort === 'newest'
      ? b.updated_time.localeCompare(a.updated_time)
      : a.updated_time.localeCompare(b.updated_time),
  );
  return out;
}
