import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { gatewayPlugin, remoteUpstream, sandboxUpstream } from './gateway';
import { openSandbox, sandboxPlugin } from './sandbox';
import { spaPlugin, type SpaMode } from './spa';

export interface AppOptions {
  config: ServerConfig;
  /** How the single-page app is served: the built files, Vite in middleware mode, or not at all. */
  spa: SpaMode;
  logger?: boolean;
  /** Print seeding progress to the console (first start only). */
  showProgress?: boolean;
}

/**
 * Builds the whole server: the sandbox at /v2, the gateway at /api and the SPA.
 * Tests build it too, against their own data directory.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    bodyLimit: 1024 * 1024,
  });

  const sandbox = await openSandbox({
    dataDir: config.dataDir,
    defaultAccessToken: config.sandboxAccessToken,
    showProgress: options.showProgress ?? false,
  });
  app.decorate('sandbox', sandbox);
  app.addHook('onClose', async () => sandbox.close());

  await app.register(sandboxPlugin, { sandbox });

  const upstream = config.shutterstockApiToken
    ? remoteUpstream({ baseUrl: config.shutterstockApiUrl, token: config.shutterstockApiToken })
    : sandboxUpstream(app, () => sandbox.defaultUser().accessToken);
  await app.register(gatewayPlugin, { prefix: '/api', upstream });

  await app.register(spaPlugin, { mode: options.spa });
  return app;
}
