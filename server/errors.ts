// One error shape for the whole server. Every refusal — the sandbox's and the gateway's own,
// a schema violation, and each one the framework or Node's HTTP parser makes before any
// route runs (bad percent-encoding 400, too-long parameter 414, body too large 413,
// unsupported media type 415, oversized headers 431, a malformed request line 400) —
// answers in the vendor's body, { message, errors: [{ code, message }] }.
import type { Socket } from 'node:net';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import {
  frameworkErrorBody,
  notFoundReply,
  vendorErrorHandler,
  type SandboxError,
} from './sandbox/errors';

/** Answers a path no route has (the SPA's fallback may take it first: see spa.ts). */
export type NotFoundFallback = (
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply | undefined;

/** Node's HTTP parser refusals: the status each one answers with. */
function clientErrorStatus(code: string | undefined): { status: number; message: string } {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, message: 'The request headers are too large' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: 'The request took too long to arrive' };
    case 'HPE_URI_TOO_LONG':
      return { status: 414, message: 'The request URL is too long' };
    default:
      return { status: 400, message: 'The request is malformed' };
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/**
 * Fastify's options for refusals made before routing: frameworkErrors (bad percent-encoding,
 * a parameter over maxParamLength) and clientErrorHandler (what Node's parser refuses; the
 * answer is written to the socket, which is then closed).
 */
export const frameworkErrorOptions: Pick<
  FastifyServerOptions,
  'frameworkErrors' | 'clientErrorHandler'
> = {
  frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    return vendorErrorHandler(error, request, reply);
  },
  clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (socket.writable) {
      const { status, message } = clientErrorStatus(error.code);
      const body = JSON.stringify(frameworkErrorBody(status, message));
      socket.write(
        `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\n` +
          'Content-Type: application/json; charset=utf-8\r\n' +
          `Content-Length: ${Buffer.byteLength(body)}\r\n` +
          'X-Content-Type-Options: nosniff\r\n' +
          'Connection: close\r\n\r\n' +
          body,
      );
    }
    socket.destroy(error);
  },
};

/**
 * The root's error and not-found handlers, installed before any plugin so every scope and
 * route inherits them. The app's fallback for unknown paths comes later (see spa.ts): give
 * it to the returned setter.
 */
export function installServerErrors(app: FastifyInstance): (fallback?: NotFoundFallback) => void {
  let fallback: NotFoundFallback | undefined;
  app.setErrorHandler((error: FastifyError | SandboxError, request, reply) =>
    vendorErrorHandler(error, request, reply),
  );
  app.setNotFoundHandler(
    (request, reply) => fallback?.(request, reply) ?? notFoundReply(request, reply),
  );
  return (given) => {
    fallback = given;
  };
}
