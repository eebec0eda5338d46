// GET /v2/editorial/images/updated: pictures added or edited in a time range (by when the
// update happened, optionally by date taken), usable in a country, with cursor paging.
import { SandboxError } from '../errors';
import type { EditorialCatalog, EditorialRow } from './catalog';
import { decodeCursor, encodeCursor } from './cursor';
import { toEditorialUpdated } from './shapes';

export interface UpdatedQuery {
  type: 'edit' | 'addition';
  date_updated_start: string;
  date_updated_end: string;
  date_taken_start?: string;
  date_taken_end?: string;
  cursor?: string;
  sort: 'newest' | 'oldest';
  supplier_code?: string[];
  country: string;
  per_page: number;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const MIN = Date.UTC(1970, 0, 1, 0, 0, 1);
const MAX = Date.UTC(2038, 0, 19);

/** A date-time parameter as the stored form (ISO, UTC, seconds); no zone means UTC. */
function parseTime(value: string, name: string): string {
  let text = value.trim().replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00';
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) text += 'Z';
  const time = DATE_TIME.test(value.trim()) ? Date.parse(text) : NaN;
  if (!Number.isFinite(time) || time < MIN || time > MAX)
    throw SandboxError.badRequest(
      `${name} must be a date-time between 1970-01-01T00:00:01 and 2038-01-19T00:00:00`,
      `$.query.${name}`,
      'VALIDATION_INVALID_FORMAT',
      value,
    );
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function editorialUpdates(editorial: EditorialCatalog, q: UpdatedQuery, origin: string) {
  const start = parseTime(q.date_updated_start, 'date_updated_start');
  const end = parseTime(q.date_updated_end, 'date_updated_end');
  if (start > end)
    throw SandboxError.badRequest(
      'date_updated_start must be before date_updated_end',
      '$.query.date_updated_start',
    );
  const column = q.type === 'addition' ? 'created_time' : 'updated_time';
  const where = [`${column} >= ?`, `${column} <= ?`];
  const args: (string | number)[] = [start, end];
  if (q.type === 'edit') where.push('updated_time > created_time');
  if (q.date_taken_start) {
    where.push('date_taken >= ?');
    args.push(q.date_taken_start);
  }
  if (q.date_taken_end) {
    where.push('date_taken < ?');
    args.push(q.date_taken_end);
  }
  const suppliers = (q.supplier_code ?? []).flatMap((s) => s.split(',')).filter(Boolean);
  if (suppliers.length > 0) {
    where.push(`supplier_code IN (${suppliers.map(() => '?').join(',')})`);
    args.push(...suppliers.map((s) => s.toUpperCase()));
  }
  const order = q.sort === 'oldest' ? 'ASC' : 'DESC';
  const nums = editorial.db
    .prepare(
      `SELECT num FROM editorial_images WHERE ${where.join(' AND ')} ORDER BY ${column} ${order}, num ${order}`,
    )
    .pluck()
    .all(...args) as number[];
  const mask = editorial.countryMask(q.country);
  const indexes = nums.map((num) => editorial.indexOf(num)).filter((i) => i >= 0 && mask[i] === 1);
  const offset = q.cursor ? decodeCursor(q.cursor, '$.query.cursor') : 0;
  const rows: EditorialRow[] = editorial.rows(indexes.slice(offset, offset + q.per_page));
  return {
    data: rows.map((row) => toEditorialUpdated(row, origin, q.type)),
    per_page: q.per_page,
    total_count: indexes.length,
    next: offset + q.per_page < indexes.length ? encodeCursor(offset + q.per_page) : '',
    prev: offset > 0 ? encodeCursor(Math.max(0, offset - q.per_page)) : '',
  };
}
