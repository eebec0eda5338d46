// Licensed files through the gateway, for the real API. A license's download URL points at
// the vendor's file host, which does not let another site's page read it (no CORS): the
// browser can navigate to it, but the app cannot fetch it to build a ZIP or show progress.
// `GET /api/files?url=…` fetches it on the server and streams it back, for URLs on the
// vendor's own hosts only (never anything else: this is not an open proxy), following
// redirects only while they stay on those hosts, sending no credential (the link is one).
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type {} from '@fastify/rate-limit';
import type {} from '@fastify/compress';

/** Whether a URL is on one of the vendor's file hosts. */
export type FileHostPolicy = (url: URL) => boolean;

/** The vendor's preview CDN (watermarked previews, which comps are made of), besides shutterstock.com. */
const PREVIEW_HOSTS = new Set(['ak.picdn.net']);

/**
 * The vendor's file hosts: HTTPS hosts of shutterstock.com and its preview CDN, and the
 * API's own origin (the vendor's sandbox API, or a stand-in such as a second Stockroom
 * sandbox, which serves its downloads from there). Nothing when the upstream is the
 * in-process sandbox: its links are on this server already.
 */
export function vendorFileHosts(apiBaseUrl: string | undefined): FileHostPolicy {
  if (!apiBaseUrl) return () => false;
  const apiOrigin = new URL(apiBaseUrl).origin;
  return (url) =>
    url.origin === apiOrigin ||
    (url.protocol === 'https:' &&
      (url.hostname === 'shutterstock.com' ||
        url.hostname.endsWith('.shutterstock.com') ||
        PREVIEW_HOSTS.has(url.hostname)));
}

/** Response headers of a file worth passing on. */
const FILE_HEADERS = [
  'content-type',
  'content-disposition',
  'content-range',
  'accept-ranges',
  'etag',
  'last-modified',
  'cache-control',
];
const MAX_REDIRECTS = 5;

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ message, errors: [{ code, message, path: '$.query.url' }] });
}

export const filesRoute: FastifyPluginAsync<{
  allowed: FileHostPolicy;
  rateLimit: { max: number; timeWindow: string };
  /** How long the file host may take to start answering. */
  timeoutMs?: number;
}> = async (app, { allowed, rateLimit, timeoutMs = 30_000 }) => {
  // Request types come from the route schemas below.
  const api = app.withTypeProvider<JsonSchemaToTsProvider>();
  api.get(
    '/files',
    {
      config: { rateLimit },
      // Streamed as it comes, with the host's length for download progress.
      compress: false,
      schema: {
        querystring: {
          type: 'object',
          required: ['url'],
          properties: { url: { type: 'string', minLength: 1, maxLength: 4096 } },
        },
      },
    },
    async (request, reply) => {
      let target: URL;
      try {
        target = new URL(request.query.url);
      } catch {
        return refuse(reply, 400, 'VALIDATION_INVALID_FORMAT', 'url must be an absolute URL');
      }
      const onVendorHost = (url: URL) =>
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        !url.username &&
        !url.password &&
        allowed(url);
      if (!onVendorHost(target))
        return refuse(reply, 400, 'FILE_HOST_NOT_ALLOWED', 'url is not on the API’s file host');

      // Abort when the browser goes away, or when the host does not start answering in time.
      const controller = new AbortController();
      const onClose = () => controller.abort();
      reply.raw.on('close', onClose);
      const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
      let response: Response;
      try {
        for (let hop = 0; ; hop++) {
          response = await fetch(target, {
            redirect: 'manual',
            signal: controller.signal,
            headers: {
              'accept-encoding': 'identity',
              ...(request.headers.range ? { range: request.headers.range } : {}),
            },
          });
          const location = response.headers.get('location');
          if (response.status < 300 || response.status >= 400 || !location) break;
          await response.body?.cancel();
          const next = new URL(location, target);
          if (hop >= MAX_REDIRECTS || !onVendorHost(next)) {
            return refuse(
              reply,
              502,
              'FILE_HOST_REDIRECT',
              'The file host redirected somewhere it may not',
            );
          }
          target = next;
        }
      } catch {
        reply.raw.off('close', onClose);
        return refuse(reply, 502, 'UPSTREAM_UNREACHABLE', 'The file host could not be reached');
      } finally {
        clearTimeout(timer);
      }

      if (!response.ok) {
        reply.raw.off('close', onClose);
        await response.body?.cancel();
        const status = response.status >= 400 && response.status < 500 ? response.status : 502;
        const message =
          status === 403 || status === 410
            ? 'The download link has expired or is not valid'
            : status === 404
              ? 'The file is not there'
              : `The file host answered ${response.status}`;
        return refuse(reply, status, 'FILE_UNAVAILABLE', message);
      }
      reply.code(response.status);
      for (const name of FILE_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null) reply.header(name, value);
      }
      const length = response.headers.get('content-length');
      if (length !== null && !response.headers.get('content-encoding'))
        reply.header('content-length', length);
      if (!response.body) return reply.send();
      // Streamed as it arrives: a video is never held whole in memory.
      return reply.send(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>));
    },
  );
};
