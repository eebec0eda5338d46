// Graceful shutdown for every server: on SIGTERM or SIGINT (a deploy, a scale-down, Ctrl-C)
// the server stops accepting connections, answers new requests on open ones with 503 (so
// readiness fails and the proxy moves on), finishes the requests in flight, closes its
// stores, then exits; after `delayMs` it exits regardless.
import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';

/**
 * Call before the server listens. A kept-alive connection (a proxy's, a browser's) that is
 * busy when closing starts would otherwise stay open, idle, after its answer and hold the
 * close up: each answer sent while closing says `Connection: close`.
 */
export function closeGracefully(
  app: FastifyInstance,
  say: (message: string) => void,
  delayMs = 10_000,
): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  closeWithGrace(
    { delay: delayMs, logger: { error: (message: unknown) => say(String(message)) } },
    async ({ signal, err }) => {
      if (err) app.log.error({ err }, 'closing after an unexpected error');
      say(`${signal ?? 'error'}: finishing the requests in flight, then closing…`);
      await app.close();
    },
  );
}
