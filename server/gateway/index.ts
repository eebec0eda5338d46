import type { FastifyInstance, FastifyPluginAsync } from 'fastify';

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

/** Where `/api/v2/...` goes: the in-process sandbox or the real Shutterstock API. */
export interface Upstream {
  kind: 'sandbox' | 'shutterstock';
  send(request: UpstreamRequest): Promise<UpstreamResponse>;
}

/** Request headers the browser may pass on; everything else (cookies, auth) stays here. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'idempotency-key'];
/** Response headers worth returning to the browser. */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'cache-control',
  'content-disposition',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'etag',
  'last-modified',
];

function pick(headers: Record<string, unknown>, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (typeof value === 'string') out[name] = value;
    else if (Array.isArray(value)) out[name] = value.join(', ');
  }
  return out;
}

/** The sandbox, called in-process through Fastify's injection: no socket, no token in the browser. */
export function sandboxUpstream(app: FastifyInstance, token: () => string): Upstream {
  return {
    kind: 'sandbox',
    async send(request) {
      const response = await app.inject({
        method: request.method as 'GET',
        url: request.path,
        headers: { ...request.headers, authorization: `Bearer ${token()}` },
        ...(request.body ? { payload: request.body } : {}),
      });
      return {
        status: response.statusCode,
        headers: pick(response.headers, FORWARDED_RESPONSE_HEADERS),
        body: response.rawPayload,
      };
    },
  };
}

/** The real Shutterstock API (or anything that speaks it), with the server's token. */
export function remoteUpstream(options: { baseUrl: string; token: string; timeoutMs?: number }): Upstream {
  return {
    kind: 'shutterstock',
    async send(request) {
      const headers: Record<string, string> = { ...request.headers, authorization: `Bearer ${options.token}` };
      const response = await fetch(`${options.baseUrl}${request.path}`, {
        method: request.method,
        headers,
        ...(request.body && request.body.length > 0 ? { body: request.body } : {}),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const responseHeaders: Record<string, string> = {};
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null) responseHeaders[name] = value;
      }
      return {
        status: response.status,
        headers: responseHeaders,
        body: Buffer.from(await response.arrayBuffer()),
      };
    },
  };
}

function errorBody(message: string, code: string) {
  return { message, errors: [{ code, message }] };
}

/**
 * `/api/v2/*` → upstream `/v2/*`, credentials added here. The browser never sees a token.
 */
export const gatewayPlugin: FastifyPluginAsync<{ upstream: Upstream }> = async (app, { upstream }) => {
  // Forward bodies untouched, whatever their type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.get('/status', async () => ({ upstream: upstream.kind }));

  app.all('/v2/*', async (request, reply) => {
    const url = request.raw.url ?? '';
    const path = url.slice(url.indexOf('/v2/'));
    const headers = pick(request.headers, FORWARDED_REQUEST_HEADERS);
    const host = request.headers['x-forwarded-host'] ?? request.headers.host;
    if (typeof host === 'string') headers['x-forwarded-host'] = host;
    headers['x-forwarded-proto'] = request.protocol;
    try {
      const response = await upstream.send({
        method: request.method,
        path,
        headers,
        ...(Buffer.isBuffer(request.body) ? { body: request.body } : {}),
      });
      return reply.code(response.status).headers(response.headers).send(response.body);
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      request.log.warn({ err: error }, 'upstream request failed');
      return reply
        .code(timedOut ? 504 : 502)
        .send(
          timedOut
            ? errorBody('The Shutterstock API did not answer in time.', 'UPSTREAM_TIMEOUT')
            : errorBody('The Shutterstock API could not be reached.', 'UPSTREAM_UNREACHABLE'),
        );
    }
  });
};
