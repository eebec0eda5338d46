// Logs and request ids for every server (the app with its gateway, the standalone sandbox):
// one JSON line per event (pino, as Fastify writes it), each request under an id that is
// taken from the proxy's X-Request-Id when it sends a sane one, answered in X-Request-Id,
// and passed upstream by the gateway, so one request can be followed through every hop.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_ID = /^[\w.:@-]{1,128}$/;

/** Query strings of sign-in URLs carry codes and states: logs get the path only. */
const SIGN_IN_PATHS = /^\/(?:auth|v2\/oauth)\//;

export function requestId(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SANE_ID.test(given) ? given : randomUUID();
}

/** Fastify's logging options: JSON lines at `info` (credentials redacted), or none. */
export function loggingOptions(
  enabled: boolean,
): Pick<FastifyServerOptions, 'logger' | 'genReqId'> {
  return {
    genReqId: requestId,
    logger: enabled
      ? {
          level: process.env.STOCKROOM_LOG_LEVEL || 'info',
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          serializers: {
            req: (request: { method: string; url: string }) => ({
              method: request.method,
              url: SIGN_IN_PATHS.test(request.url) ? request.url.split('?')[0] : request.url,
            }),
          },
        }
      : false,
  };
}

/** Answers every request's id in X-Request-Id. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}
