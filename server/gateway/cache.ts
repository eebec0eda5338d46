// A short cache of catalog answers shared by the gateway instances (with Redis): the same
// search or asset a colleague looked at a moment ago, on whichever instance, is answered
// without calling the API again.
//
// Only GETs of search and asset details are cached, only 200s, and never an answer the API
// marks no-store or private. The stock catalog (images, video, music, sound effects) answers
// everyone alike, so those answers are shared; editorial availability depends on the
// account, so editorial answers are kept per user. Nothing about a user (their collections,
// licenses, subscriptions, account) is ever cached.
import type { UpstreamRequest, UpstreamResponse } from './upstream';

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  /** The body, base64. */
  body: string;
}

export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse, ttlMs: number): Promise<void>;
}

export const CACHE_TTL_MS = 30_000;
/** Tells whether an answer came from the shared cache (`hit`) or from the API (`miss`). */
export const CACHE_HEADER = 'x-stockroom-cache';

const SHARED = /^\/v2\/(?:images|videos|audio|sfx)(?:\/search|\/\d+)?$/;
const PER_USER = /^\/v2\/editorial\/(?:images|videos)\/(?!licenses$|categories$|livefeeds$)[\w-]+$/;

/**
 * The cache key of a request, or undefined when its answer is not cached. `user` names who
 * asks (a signed-in username, or the server's own credential).
 */
export function cacheKey(
  request: UpstreamRequest,
  context: { upstream: string; user: string },
): string | undefined {
  if (request.method !== 'GET') return undefined;
  const path = request.path.split('?')[0] ?? '';
  const scope = SHARED.test(path) ? 'everyone' : PER_USER.test(path) ? `user:${context.user}` : '';
  if (!scope) return undefined;
  const language = request.headers['accept-language'] ?? '';
  // The in-process sandbox writes media URLs for the host the browser used.
  const origin = `${request.headers['x-forwarded-proto'] ?? ''}://${request.headers['x-forwarded-host'] ?? ''}`;
  return JSON.stringify([context.upstream, origin, scope, language, request.path]);
}

export function cacheable(response: UpstreamResponse): boolean {
  const control = response.headers['cache-control'] ?? '';
  return response.status === 200 && !/\b(?:no-store|private)\b/i.test(control);
}

export const toCached = (response: UpstreamResponse): CachedResponse => ({
  status: response.status,
  headers: response.headers,
  body: response.body.toString('base64'),
});

export const fromCached = (cached: CachedResponse): UpstreamResponse => ({
  status: cached.status,
  headers: cached.headers,
  body: Buffer.from(cached.body, 'base64'),
});
