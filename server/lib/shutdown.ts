// Graceful shutdown for every server: on SIGTERM or SIGINT (a deploy, a scale-down, Ctrl-C)
// the server stops accepting connections, answers new requests on open ones with 503 (so
// readiness fails and the proxy moves on), finishes the requests in flight, closes its
// stores, then exits; after `delayMs` it exits regardless.
import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';

export function closeGracefully(
  app: FastifyInstance,
  say: (message: string) => void,
  delayMs = 10_000,
): void {
  closeWithGrace(
    { delay: delayMs, logger: { error: (message: unknown) => say(String(message)) } },
    async ({ signal, err }) => {
      if (err) app.log.error({ err }, 'closing after an unexpected error');
      say(`${signal ?? 'error'}: finishing the requests in flight, then closing…`);
      await app.close();
    },
  );
}
