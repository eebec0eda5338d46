// Which upstream path a gateway URL names. The router matches `/api/v2/*` on the raw path,
// but whoever handles the forwarded request next resolves dot segments (fetch does, and so
// does the in-process injection): `/api/v2/../../auth/signin` would leave the API. So the
// path is resolved here first, the way a URL parser does (WHATWG: `..`, `%2e%2e`, `.%2E`
// all count), and forwarded only when it is still under `/api/v2/` afterwards.

/** A fixed origin to resolve paths against; only the path of the result is used. */
const BASE = 'http://gateway.invalid';

/**
 * Control characters, backslashes (a URL parser reads them as slashes), `#`, and
 * percent-encoded backslashes (no id holds one; a later decode could make them separators).
 */
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000-\u001f\u007f\\#]|%5c/i;

/**
 * An encoded slash is part of an id (an editorial live feed's id is `2026%2F12%2F02%2F…`),
 * but never one that a server decoding it would read as a dot segment (`..%2F..%2Fuser`).
 */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
const hidesDotSegment = (path: string) =>
  /%2f/i.test(path) && DOT_SEGMENT.test(path.replace(/%2f/gi, '/'));

/**
 * The v2 path and query to send upstream (`/v2/…?…`) for a raw request URL under
 * `prefix` (`/api`), or undefined when the URL is malformed or its resolved path is not
 * under `${prefix}/v2/`.
 */
export function upstreamPath(rawUrl: string, prefix: string): string | undefined {
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt);
  if (!path.startsWith('/') || REFUSED.test(path) || hidesDotSegment(path)) return undefined;
  let resolved: string;
  try {
    // Appended, not resolved against BASE: a path starting with `//` stays a path.
    resolved = new URL(`${BASE}${path}`).pathname;
  } catch {
    return undefined;
  }
  if (!resolved.startsWith(`${prefix}/v2/`)) return undefined;
  return `${resolved.slice(prefix.length)}${query}`;
}
