// The one schema-driven reader and writer of URL search params, for every page whose
// state is its URL (the image, video, editorial, music and sound-effect searches, and
// Downloads). Unknown or
// malformed values are dropped, so a hand-typed or stale link never reaches the API broken.

export type UrlKind =
  | { type: 'string' }
  /** A list: repeated keys, comma-separated values, or both; trimmed, each once. */
  | { type: 'strings' }
  | { type: 'int'; min?: number; max?: number }
  | { type: 'number'; min?: number; max?: number; positive?: boolean }
  | { type: 'boolean' }
  /** On when `1`, written as `1`, left out when off. */
  | { type: 'flag' }
  | { type: 'date' }
  | { type: 'enum'; values: readonly string[] }
  /** A list of known values, as repeated keys. */
  | { type: 'enums'; values: readonly string[] }
  /** A hex colour (written upper case, no #) or `grayscale`. */
  | { type: 'color' };

export type UrlSchema = Record<string, UrlKind>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INT = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;
const HEX = /^[0-9a-f]{6}$/i;

const unique = (list: string[]) => (list.length ? [...new Set(list)] : undefined);

function parseOne(kind: UrlKind, values: string[]): unknown {
  const value = values[0]?.trim();
  switch (kind.type) {
    case 'strings':
      return unique(
        values
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean),
      );
    case 'enums':
      return unique(values.filter((v) => kind.values.includes(v)));
  }
  if (!value) return undefined;
  switch (kind.type) {
    case 'string':
      return value;
    case 'int':
    case 'number': {
      if (!(kind.type === 'int' ? INT : NUMBER).test(value)) return undefined;
      const n = Number(value);
      if (kind.min !== undefined && n < kind.min) return undefined;
      if (kind.max !== undefined && n > kind.max) return undefined;
      if (kind.type === 'number' && kind.positive && n <= 0) return undefined;
      return n;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : undefined;
    case 'flag':
      return value === '1' ? true : undefined;
    case 'date':
      return DATE.test(value) ? value : undefined;
    case 'enum':
      return kind.values.includes(value) ? value : undefined;
    case 'color': {
      const hex = value.replace(/^#/, '');
      if (hex.toLowerCase() === 'grayscale') return 'grayscale';
      return HEX.test(hex) ? hex.toUpperCase() : undefined;
    }
  }
}

/** Reads the params the schema knows, in its order. */
export function parseUrlState<T extends object>(
  schema: UrlSchema,
  search: URLSearchParams | string,
): T {
  const source = typeof search === 'string' ? new URLSearchParams(search) : search;
  const result: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(schema)) {
    const values = source.getAll(key);
    if (values.length === 0) continue;
    const value = parseOne(kind, values);
    if (value !== undefined) result[key] = value;
  }
  return result as T;
}

/** Writes the state in the schema's order, lists as repeated keys, leaving out empty values. */
export function writeUrlState(schema: UrlSchema, state: object): URLSearchParams {
  const out = new URLSearchParams();
  const record = state as Record<string, unknown>;
  for (const key of Object.keys(schema)) {
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    if (schema[key]!.type === 'flag') {
      if (value === true) out.append(key, '1');
    } else if (Array.isArray(value)) for (const item of value) out.append(key, String(item));
    else out.append(key, String(value as string | number | boolean));
  }
  return out;
}

/** A copy holding only valid, non-empty members: equal states hash equal (query keys). */
export function normalizeUrlState<T extends object>(schema: UrlSchema, state: T): T {
  return parseUrlState<T>(schema, writeUrlState(schema, state));
}

/** `pathname?…` for a link, or the bare pathname when there is no state. */
export function urlStateHref(schema: UrlSchema, state: object, pathname: string): string {
  const text = writeUrlState(schema, state).toString();
  return text ? `${pathname}?${text}` : pathname;
}
