// Editorial videos: search (country required, cursor paging), details by id (only where
// the country may use it), in the vendor's EditorialVideoContent shape.
import { dayNumber } from '../lib/asset-columns';
import { listValues } from '../lib/asset-filters';
import { TextIndex } from '../lib/text-index';
import { excludeExpression, includeExpression, parseQuery } from '../catalog/text';
import type { Db } from '../db';
import type { EditorialTextRow } from '../editorial/catalog';
import { SandboxError } from '../errors';
import { findEditorialVideoCategory } from './categories';
import { RESOLUTION_FILTER, type Resolution } from './formats';
import { videoMediaUrls } from './media/paths';
import { sizeDetails } from './videos';

export interface EditorialVideoRow extends EditorialTextRow {
  rowid: number;
  duration: number;
  fps: number;
  resolution: Resolution;
  width: number;
  height: number;
  colors: string;
  restricted_in: string;
  allowed_only: string;
  popularity: number;
}

export interface EditorialVideoSearchParams {
  query?: string;
  sort?: 'relevant' | 'newest' | 'oldest';
  category?: string;
  country: string;
  supplier_code?: string[];
  date_start?: string;
  date_end?: string;
  resolution?: string;
  fps?: number;
  per_page: number;
  cursor?: string;
}

const SELECT = 'SELECT rowid, * FROM editorial_videos';

/** Whether a video may be used in a country (alpha-3, upper case). */
export function availableIn(
  row: Pick<EditorialVideoRow, 'restricted_in' | 'allowed_only'>,
  country: string,
): boolean {
  if (row.allowed_only) return row.allowed_only.split(',').includes(country);
  return !row.restricted_in.split(',').includes(country);
}

function restrictions(row: EditorialVideoRow): string | undefined {
  if (row.allowed_only)
    return `Available for use only in: ${row.allowed_only.split(',').join(', ')}`;
  if (row.restricted_in) return `Not for use in: ${row.restricted_in.split(',').join(', ')}`;
  return undefined;
}

export function toEditorialVideo(row: EditorialVideoRow, origin: string) {
  const urls = videoMediaUrls('editorial-videos', row.id, origin);
  const original = sizeDetails({ ...row, aspect_ratio: row.width < row.height ? '9:16' : '16:9' })[
    row.resolution
  ];
  const instructions = restrictions(row);
  return {
    id: row.id,
    title: row.title,
    caption: row.caption,
    description: row.caption,
    byline: row.byline,
    date_taken: row.date_taken,
    aspect: Math.round((row.width / row.height) * 1000) / 1000,
    categories: row.categories.split('|').map((name) => ({ name })),
    keywords: JSON.parse(row.keywords) as string[],
    ...(instructions ? { special_instructions: instructions } : {}),
    assets: {
      original: {
        ...original,
        display_name: row.resolution === '4k' ? '4K' : row.resolution.toUpperCase(),
      },
      preview_mp4: { url: urls.previewMp4 },
      preview_webm: { url: urls.previewWebm },
      thumb_jpg: { url: urls.thumbJpg },
    },
  };
}

interface Cursor {
  offset: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset =
      typeof value === 'object' && value !== null && 'o' in value ? value.o : undefined;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return { offset };
  } catch {
    // fall through
  }
  throw SandboxError.badRequest(
    'cursor is not a cursor this search returned',
    '$.query.cursor',
    'VALIDATION_INVALID_FORMAT',
  );
}

export class EditorialVideos {
  private readonly rows: EditorialVideoRow[];
  private readonly byId: Map<string, EditorialVideoRow>;
  private readonly day: Int32Array;
  /** Its rowids are 1 + the rows' indexes. */
  private readonly text: TextIndex;

  constructor(db: Db) {
    this.rows = db.prepare(`${SELECT} ORDER BY rowid`).all() as EditorialVideoRow[];
    this.byId = new Map(this.rows.map((row) => [row.id, row]));
    this.day = Int32Array.from(this.rows, (row) => dayNumber(row.date_taken));
    this.text = new TextIndex(db, {
      table: 'editorial_videos_fts',
      weights: [3, 1.5, 1],
      indexOf: (rowid) => (rowid >= 1 && rowid <= this.rows.length ? rowid - 1 : -1),
    });
  }

  get size(): number {
    return this.rows.length;
  }

  /** A video by id, when it may be used in the country. */
  find(id: string, country: string): EditorialVideoRow | undefined {
    const row = this.byId.get(id);
    return row && availableIn(row, country.toUpperCase()) ? row : undefined;
  }

  findAny(id: string): EditorialVideoRow | undefined {
    return this.byId.get(id);
  }

  search(params: EditorialVideoSearchParams): {
    rows: EditorialVideoRow[];
    total: number;
    offset: number;
  } {
    const country = params.country.toUpperCase();
    const filters: ((row: EditorialVideoRow, index: number) => boolean)[] = [
      (row) => availableIn(row, country),
    ];
    // Categories: comma-separated names; a video must be in each of them.
    for (const value of listValues(params.category === undefined ? undefined : [params.category])) {
      const name = findEditorialVideoCategory(value);
      if (!name)
        throw SandboxError.badRequest(
          `Unknown category "${value}"; see GET /v2/editorial/videos/categories`,
          '$.query.category',
          'VALIDATION_ENUM_MISMATCH',
        );
      filters.push((row) => row.categories.split('|').includes(name));
    }
    const suppliers = new Set(listValues(params.supplier_code).map((code) => code.toUpperCase()));
    if (suppliers.size > 0) filters.push((row) => suppliers.has(row.supplier_code));
    const start =
      params.date_start === undefined ? undefined : checkedDay(params.date_start, 'date_start');
    const end = params.date_end === undefined ? undefined : checkedDay(params.date_end, 'date_end');
    if (start !== undefined && end !== undefined && start > end)
      throw SandboxError.badRequest('date_start must not be after date_end', '$.query.date_start');
    if (start !== undefined) filters.push((_, i) => (this.day[i] as number) >= start);
    if (end !== undefined) filters.push((_, i) => (this.day[i] as number) <= end);
    if (params.resolution !== undefined) {
      const resolution = RESOLUTION_FILTER[params.resolution];
      filters.push((row) => row.resolution === resolution);
    }
    if (params.fps !== undefined) {
      const fps = params.fps;
      filters.push((row) => Math.abs(row.fps - fps) < 0.005);
    }

    const query = parseQuery(params.query ?? '');
    const include = includeExpression(query);
    const exclude = excludeExpression(query);
    const excluded = new Set(exclude ? this.text.matches(exclude) : []);
    const sort = params.sort ?? 'relevant';
    let order: number[];
    if (include) {
      order = Array.from(
        sort === 'relevant' ? this.text.ranked(include) : this.text.matches(include),
      );
      if (sort === 'newest') order.sort((a, b) => b - a);
      if (sort === 'oldest') order.sort((a, b) => a - b);
    } else {
      order = this.rows.map((_, i) => i);
      if (sort === 'newest') order.reverse();
      if (sort === 'relevant')
        order.sort(
          (a, b) =>
            (this.rows[b] as EditorialVideoRow).popularity -
              (this.rows[a] as EditorialVideoRow).popularity || b - a,
        );
    }
    const matching = order.filter((i) => {
      const row = this.rows[i] as EditorialVideoRow;
      return !excluded.has(i) && filters.every((filter) => filter(row, i));
    });
    const offset = params.cursor === undefined ? 0 : decodeCursor(params.cursor).offset;
    return {
      rows: matching
        .slice(offset, offset + params.per_page)
        .map((i) => this.rows[i] as EditorialVideoRow),
      total: matching.length,
      offset,
    };
  }
}

function checkedDay(date: string, name: string): number {
  const day = dayNumber(date);
  if (!Number.isFinite(day))
    throw SandboxError.badRequest(
      `${name} must be a date in the format YYYY-MM-DD`,
      `$.query.${name}`,
      'VALIDATION_INVALID_FORMAT',
    );
  return day;
}
