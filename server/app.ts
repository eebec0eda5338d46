import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { usesRealApi, type ServerConfig } from './config';
import { frameworkErrorOptions, installServerErrors } from './errors';
import { gatewayPlugin, remoteUpstream, sandboxUpstream } from './gateway';
import { securityPlugin } from './gateway/security';
import { SessionStore } from './gateway/sessions';
import { signInRoutes, type SignInConfig } from './gateway/signin';
import { openSandbox, sandboxPlugin, type Sandbox } from './sandbox';
import { serveSpa, type SpaMode } from './spa';

export interface AppOptions {
  config: ServerConfig;
  /** How the single-page app is served: the built files, Vite in middleware mode, or not at all. */
  spa: SpaMode;
  logger?: boolean;
  /** Print seeding progress to the console (first start only). */
  showProgress?: boolean;
  /** Told of every route as it is added, with its schema (the fuzz suite builds requests from them). */
  onRoute?: (route: RouteOptions) => void;
}

/** Query strings of sign-in URLs carry codes and states: logs get the path only. */
const SIGN_IN_PATHS = /^\/(?:auth|v2\/oauth)\//;

/**
 * The OAuth application "Sign in with Shutterstock" uses: SHUTTERSTOCK_CLIENT_ID/SECRET on
 * the real API, the sandbox's seeded one on the sandbox, none on the real API without them.
 */
function signInConfig(config: ServerConfig, sandbox: Sandbox): SignInConfig | undefined {
  if (usesRealApi(config)) {
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

/**
 * Builds the whole server: the sandbox at /v2, the gateway at /api, sign-in at /auth and
 * the SPA. Tests build it too, against their own data directory.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger
      ? {
          level: 'info',
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          serializers: {
            req: (request: { method: string; url: string }) => ({
              method: request.method,
              url: SIGN_IN_PATHS.test(request.url) ? request.url.split('?')[0] : request.url,
            }),
          },
        }
      : false,
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    ...frameworkErrorOptions,
  });

  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  const setNotFoundFallback = installServerErrors(app);
  const realApi = usesRealApi(config);
  await app.register(securityPlugin, { csp: options.spa !== 'vite', remoteMedia: realApi });
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

  const sandbox = await openSandbox({
    dataDir: config.dataDir,
    defaultAccessToken: config.sandboxAccessToken,
    showProgress: options.showProgress ?? false,
    seedHistory: config.seedHistory,
  });
  app.decorate('sandbox', sandbox);
  app.addHook('onClose', async () => sandbox.close());

  await app.register(sandboxPlugin, { sandbox });

  const upstream = realApi
    ? remoteUpstream({
        baseUrl: config.shutterstockApiUrl,
        ...(config.shutterstockApiToken ? { token: config.shutterstockApiToken } : {}),
        ...(config.shutterstockClientId && config.shutterstockClientSecret
          ? { client: { id: config.shutterstockClientId, secret: config.shutterstockClientSecret } }
          : {}),
      })
    : sandboxUpstream(app, () => sandbox.defaultUser().accessToken);
  const sessions = new SessionStore(sandbox.state);
  const signIn = signInConfig(config, sandbox);
  await app.register(gatewayPlugin, {
    prefix: '/api',
    upstream,
    sessions,
    ...(signIn ? { signIn } : {}),
    ratePerMinute: config.gatewayRatePerMinute,
  });
  await app.register(signInRoutes, { prefix: '/auth', upstream, sessions, signIn });

  setNotFoundFallback(await serveSpa(app, options.spa));
  return app;
}
