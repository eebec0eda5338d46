// Which upstream path a gateway URL names. The router matches `/api/v2/*` on the raw path,
// but whoever handles the forwarded request next resolves dot segments (fetch does, and so
// does the in-process injection): `/api/v2/../../auth/signin` would leave the API. So the
// path is resolved here first, the way a URL parser does (WHATWG: `..`, `%2e%2e`, `.%2E`
// all count), and forwarded only when it is still under `/api/v2/` afterwards.

/** A fixed origin to resolve paths against; only the path of the result is used. */
const BASE = 'http://gateway.invalid';

/**
 * Control characters, backslashes (a URL parser reads them as slashes), `#`, and
 * percent-encoded slashes or backslashes (an id never holds one; a later decode would turn
 * them into segments).
 */
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000-\u001f\u007f\\#]|%(?:2f|5c)/i;

/**
 * The v2 path and query to send upstream (`/v2/…?…`) for a raw request URL under
 * `prefix` (`/api`), or undefined when the URL is malformed or its resolved path is not
 * under `${prefix}/v2/`.
 */
export function upstreamPath(rawUrl: string, prefix: string): string | undefined {
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt);
  if (!path.startsWith('/') || REFUSED.test(path)) return undefined;
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
