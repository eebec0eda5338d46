// A small schema-driven reader and writer of URL search params, for search pages whose
// state is the URL (video, editorial). Unknown or malformed values are dropped.

export type UrlKind =
  | { type: 'string' }
  | { type: 'int'; min?: number; max?: number }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'enum'; values: readonly string[] };

export type UrlSchema = Record<string, UrlKind>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseOne(kind: UrlKind, raw: string | null): unknown {
  const value = raw?.trim();
  if (!value) return undefined;
  switch (kind.type) {
    case 'string':
      return value;
    case 'int':
    case 'number': {
      if (kind.type === 'int' ? !/^-?\d+$/.test(value) : !/^-?\d+(\.\d+)?$/.test(value))
        return undefined;
      const n = Number(value);
      if (kind.min !== undefined && n < kind.min) return undefined;
      if (kind.max !== undefined && n > kind.max) return undefined;
      return n;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : undefined;
    case 'date':
      return DATE.test(value) ? value : undefined;
    case 'enum':
      return kind.values.includes(value) ? value : undefined;
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
    const value = parseOne(kind, source.get(key));
    if (value !== undefined) result[key] = value;
  }
  return result as T;
}

/** Writes the state in the schema's order, leaving out empty values. */
export function writeUrlState(schema: UrlSchema, state: object): URLSearchParams {
  const out = new URLSearchParams();
  const record = state as Record<string, unknown>;
  for (const key of Object.keys(schema)) {
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    out.set(key, String(value as string | number | boolean));
  }
  return out;
}

/** A copy holding only valid, non-empty members: equal states hash equal (query keys). */
export function normalizeUrlState<T extends object>(schema: UrlSchema, state: T): T {
  return parseUrlState<T>(schema, writeUrlState(schema, state));
}

export function urlStateHref(schema: UrlSchema, state: object, pathname: string): string {
  const text = writeUrlState(schema, state).toString();
  return text ? `${pathname}?${text}` : pathname;
}
