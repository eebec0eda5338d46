// Starting a server from its command line (the app's and the standalone sandbox's): where
// start-up messages go, graceful shutdown, and the address it listens at.
import type { FastifyInstance } from 'fastify';
import { closeGracefully } from './shutdown';

/**
 * Listens on `host`:`port` (0: any free port) with graceful shutdown; returns the URL and
 * `say`, which prints a start-up message (a JSON log line when the logs are JSON, so that
 * every line on stdout is).
 */
export async function listenGracefully(
  app: FastifyInstance,
  options: { host: string; port: number; jsonLogs: boolean },
): Promise<{ url: string; say: (message: string) => void }> {
  const say = (message: string) =>
    options.jsonLogs ? app.log.info(message) : console.log(message);
  closeGracefully(app, say);
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { url: `http://${host}:${port}`, say };
}
