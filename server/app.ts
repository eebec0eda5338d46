import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { usesRealApi, type ServerConfig } from './config';
import { frameworkErrorOptions, installServerErrors } from './errors';
import { gatewayPlugin, remoteUpstream, sandboxUpstream, type Upstream } from './gateway';
import { healthRoutes } from './gateway/health';
import { securityPlugin } from './gateway/security';
import { signInRoutes, type SignInConfig } from './gateway/signin';
import { openGatewayStore, type GatewayStore } from './gateway/store';
import { echoRequestId, loggingOptions } from './lib/logging';
import { openSandbox, sandboxPlugin, type Sandbox } from './sandbox';
import type { GeneratorOptions } from './sandbox/seed/generate';
import { serveSpa, type SpaMode } from './spa';

declare module 'fastify' {
  interface FastifyInstance {
    /** The gateway's sessions, sign-in states and (with Redis) cache. */
    gatewayStore: GatewayStore;
  }
}

export interface AppOptions {
  config: ServerConfig;
  /** How the single-page app is served: the built files, Vite in middleware mode, or not at all. */
  spa: SpaMode;
  /** JSON logs on stdout (default: the configuration's `jsonLogs`). */
  logger?: boolean;
  /** Print seeding progress to the console (first start only). */
  showProgress?: boolean;
  /** Told of every route as it is added, with its schema (the fuzz suite builds requests from them). */
  onRoute?: (route: RouteOptions) => void;
  /** The generated image catalog (default: the product's, 100,000 images); tests use a smaller one. */
  catalog?: GeneratorOptions;
}

/**
 * The OAuth application "Sign in with Shutterstock" uses: SHUTTERSTOCK_CLIENT_ID/SECRET on
 * the real API, the sandbox's seeded one on the sandbox, none on the real API without them.
 */
function signInConfig(
  config: ServerConfig,
  sandbox: Sandbox | undefined,
): SignInConfig | undefined {
  if (!sandbox) {
    if (!config.shutterstockClientId || !config.shutterstockClientSecret) return undefined;
    return {
      clientId: config.shutterstockClientId,
      clientSecret: config.shutterstockClientSecret,
      authorizeUrl: `${config.shutterstockApiUrl}/v2/oauth/authorize`,
    };
  }
  const client = sandbox.apiClient();
  return {
    clientId: client.client_id,
    clientSecret: client.client_secret,
    authorizeUrl: '/v2/oauth/authorize',
  };
}

/** The in-process sandbox at /v2 (its catalogs opened, seeded the first time), and its upstream. */
async function inProcessSandbox(
  app: FastifyInstance,
  config: ServerConfig,
  showProgress: boolean,
  catalog: GeneratorOptions | undefined,
): Promise<{ sandbox: Sandbox; upstream: Upstream }> {
  const sandbox = await openSandbox({
    dataDir: config.dataDir,
    defaultAccessToken: config.sandboxAccessToken,
    showProgress,
    seedHistory: config.seedHistory,
    catalog,
  });
  app.decorate('sandbox', sandbox);
  app.addHook('onClose', async () => sandbox.close());
  await app.register(sandboxPlugin, { sandbox });
  // Sign-in required: no default user, so no default token either.
  const defaultToken = () => (config.requireSignIn ? '' : sandbox.defaultUser().accessToken);
  return { sandbox, upstream: sandboxUpstream(app, defaultToken) };
}

/** The real API (or a standalone sandbox): the sandbox's catalogs are never opened. */
function remoteApi(config: ServerConfig): Upstream {
  return remoteUpstream({
    baseUrl: config.shutterstockApiUrl,
    // With sign-in required, a personal token (allowed at start) is used for no one.
    ...(config.shutterstockApiToken && !config.requireSignIn
      ? { token: config.shutterstockApiToken }
      : {}),
    ...(config.shutterstockClientId && config.shutterstockClientSecret
      ? { client: { id: config.shutterstockClientId, secret: config.shutterstockClientSecret } }
      : {}),
  });
}

/**
 * Builds the whole server: the sandbox at /v2 (unless the real API is used), the gateway at
 * /api, sign-in at /auth, health checks and the SPA. Tests build it too, against their own
 * data directory.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    ...loggingOptions(options.logger ?? config.jsonLogs),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    ...frameworkErrorOptions,
  });

  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  const setNotFoundFallback = installServerErrors(app);
  echoRequestId(app);
  const realApi = usesRealApi(config);
  const store = openGatewayStore({
    dataDir: config.dataDir,
    redisUrl: config.redisUrl,
    onConnectionChange: (up, error) =>
      up
        ? app.log.info('the Redis store is reachable')
        : app.log.error({ err: error }, 'the Redis store is unreachable: /api answers 503'),
  });
  app.decorate('gatewayStore', store);
  app.addHook('onClose', async () => store.close());
  await app.register(securityPlugin, {
    csp: options.spa !== 'vite',
    remoteMedia: realApi,
    ...(realApi ? { apiOrigin: new URL(config.shutterstockApiUrl).origin } : {}),
    redis: store.redis,
  });

  // Answers of 1 kB and more (search results, details, history pages, CSV) go compressed to
  // clients that accept it. Media are JPEG, MP4, MP3 (not compressible types: sent as they
  // are), partial content never is, the build is precompressed (spa.ts), and routes that
  // stream files with their length for download progress opt out (`compress: false`).
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });

  const { sandbox, upstream } = realApi
    ? { sandbox: undefined, upstream: remoteApi(config) }
    : await inProcessSandbox(app, config, options.showProgress ?? false, options.catalog);
  const signIn = signInConfig(config, sandbox);
  await app.register(healthRoutes, { store, upstream });
  await app.register(gatewayPlugin, {
    prefix: '/api',
    upstream,
    store,
    ...(signIn ? { signIn } : {}),
    requireSignIn: config.requireSignIn,
    ratePerMinute: config.gatewayRatePerMinute,
  });
  await app.register(signInRoutes, {
    prefix: '/auth',
    upstream,
    sessions: store.sessions,
    oauthStates: store.oauthStates,
    signIn,
  });

  setNotFoundFallback(await serveSpa(app, options.spa));
  return app;
}
