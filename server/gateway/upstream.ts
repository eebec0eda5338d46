// Where `/api/v2/...` goes: the in-process sandbox, or the real Shutterstock API (or anything
// that speaks it) over HTTP, with bounded retries for requests that are safe to repeat.
import type { FastifyInstance } from 'fastify';

/** One request the gateway sends upstream: a v2 path with its query string. */
export interface UpstreamRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * The credential a request goes with: a signed-in user's token, the server's own
 * (`'default'`: the sandbox's default user, or SHUTTERSTOCK_API_TOKEN, or the application's
 * id and secret), or none at all (the OAuth token request).
 */
export type Credential = { token: string } | 'default' | 'none';

export interface Upstream {
  kind: 'sandbox' | 'shutterstock';
  /** The remote API's base URL; undefined for the in-process sandbox. */
  baseUrl?: string;
  send(request: UpstreamRequest, credential?: Credential): Promise<UpstreamResponse>;
}

/**
 * Response headers the gateway never returns from upstream: hop-by-hop headers (RFC 9110
 * 7.6.1), cookies (the browser's cookies are this server's), the body's framing (the body
 * is re-sent, already decoded by fetch), and what this server sets for its own responses
 * (security headers, CORS, date). Every other header of the API passes: Idempotent-Replayed,
 * rate-limit counters, caching, content-disposition, and whatever the vendor adds later.
 */
const WITHHELD_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'set-cookie',
  'set-cookie2',
  'content-length',
  'content-encoding',
  'date',
  'server',
  'alt-svc',
  'strict-transport-security',
  'content-security-policy',
  'content-security-policy-report-only',
  'x-frame-options',
  'x-content-type-options',
  'x-xss-protection',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'referrer-policy',
  'permissions-policy',
  'origin-agent-cluster',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'cross-origin-embedder-policy',
]);

/** Whether an upstream response header reaches the browser. */
export function isForwardedResponseHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return !WITHHELD_RESPONSE_HEADERS.has(lower) && !lower.startsWith('access-control-');
}

/** The upstream response headers that reach the browser (repeated ones joined). */
export function forwardedResponseHeaders(
  headers: Iterable<[string, unknown]>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (!isForwardedResponseHeader(name)) continue;
    if (typeof value === 'string') out[name.toLowerCase()] = value;
    else if (typeof value === 'number') out[name.toLowerCase()] = String(value);
    else if (Array.isArray(value)) out[name.toLowerCase()] = value.join(', ');
  }
  return out;
}

export function pick(headers: Record<string, unknown>, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (typeof value === 'string') out[name] = value;
    else if (Array.isArray(value)) out[name] = value.join(', ');
  }
  return out;
}

function authorization(
  credential: Credential,
  fallback: string | undefined,
): Record<string, string> {
  if (credential === 'none') return {};
  if (credential !== 'default') return { authorization: `Bearer ${credential.token}` };
  return fallback ? { authorization: fallback } : {};
}

/** The sandbox, called in-process through Fastify's injection: no socket, no token in the browser. */
export function sandboxUpstream(app: FastifyInstance, defaultToken: () => string): Upstream {
  return {
    kind: 'sandbox',
    async send(request, credential = 'default') {
      const response = await app.inject({
        method: request.method as 'GET',
        url: request.path,
        headers: {
          ...request.headers,
          ...authorization(credential, `Bearer ${defaultToken()}`),
        },
        ...(request.body ? { payload: request.body } : {}),
      });
      return {
        status: response.statusCode,
        headers: forwardedResponseHeaders(Object.entries(response.headers)),
        body: response.rawPayload,
      };
    },
  };
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first wait; each later one doubles (with jitter). */
  baseDelayMs: number;
  /** A 429 asking for a longer wait than this goes back to the app at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxRetryAfterMs: 5000 };

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const LICENSE_PATH = /^\/v2\/[a-z/-]*licenses(?:[/?]|$)/;

/**
 * GETs may be repeated; a license request only with its Idempotency-Key (the API answers a
 * repeat with the first answer); any other change never is.
 */
export function isRetryable(request: UpstreamRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return true;
  return (
    request.method === 'POST' &&
    LICENSE_PATH.test(request.path) &&
    Boolean(request.headers['idempotency-key'])
  );
}

/** Retry-After in milliseconds (delta-seconds or an HTTP date), or undefined. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real Shutterstock API (or anything that speaks it), with the server's credentials. */
export function remoteUpstream(options: {
  baseUrl: string;
  /** SHUTTERSTOCK_API_TOKEN: used when no one is signed in. */
  token?: string;
  /** The application's id and secret: basic auth when there is no token (search works with it). */
  client?: { id: string; secret: string };
  timeoutMs?: number;
  retry?: RetryPolicy;
}): Upstream {
  const retry = options.retry ?? DEFAULT_RETRY;
  const fallback = options.token
    ? `Bearer ${options.token}`
    : options.client
      ? `Basic ${Buffer.from(`${options.client.id}:${options.client.secret}`).toString('base64')}`
      : undefined;

  async function once(request: UpstreamRequest, credential: Credential): Promise<UpstreamResponse> {
    const response = await fetch(`${options.baseUrl}${request.path}`, {
      method: request.method,
      headers: { ...request.headers, ...authorization(credential, fallback) },
      ...(request.body && request.body.length > 0 ? { body: request.body } : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    return {
      status: response.status,
      headers: forwardedResponseHeaders(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  return {
    kind: 'shutterstock',
    baseUrl: options.baseUrl,
    async send(request, credential = 'default') {
      const retryable = isRetryable(request);
      for (let attempt = 1; ; attempt++) {
        const last = !retryable || attempt >= retry.attempts;
        const backoff = retry.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
        let response: UpstreamResponse;
        try {
          response = await once(request, credential);
        } catch (error) {
          // A timeout already waited long enough; a refused or dropped connection is tried again.
          const timedOut = error instanceof Error && error.name === 'TimeoutError';
          if (last || timedOut) throw error;
          await sleep(backoff);
          continue;
        }
        if (last || !RETRY_STATUSES.has(response.status)) return response;
        const asked = retryAfterMs(response.headers['retry-after']);
        if (asked !== undefined && asked > retry.maxRetryAfterMs) return response;
        await sleep(asked ?? backoff);
      }
    },
  };
}
