// `npm run sandbox`: the sandbox on its own — its /v2 API, media, licensed downloads and
// OAuth consent page — and nothing of the app. Gateways in real-API mode point at it as
// they would at Shutterstock: SHUTTERSTOCK_API_URL, SHUTTERSTOCK_CLIENT_ID and
// SHUTTERSTOCK_CLIENT_SECRET (printed below, or set here with SANDBOX_CLIENT_ID/SECRET).
//
// Environment: PORT (default 3001), HOST (default 127.0.0.1), STOCKROOM_DATA_DIR,
// SANDBOX_ACCESS_TOKEN, SANDBOX_CLIENT_ID and SANDBOX_CLIENT_SECRET, SANDBOX_REDIRECT_HOSTS
// (host names the OAuth application may send users back to, besides localhost),
// STOCKROOM_TRUST_PROXY, STOCKROOM_SEED_HISTORY, STOCKROOM_LOG=json.
import path from 'node:path';
import Fastify from 'fastify';
import { frameworkErrorOptions, installServerErrors } from '../errors';
import { echoRequestId, loggingOptions } from '../lib/logging';
import { securityHeaders } from '../lib/security';
import { listenGracefully } from '../lib/start';
import { sandboxUserLines } from './banner';
import { oauthStore } from './oauth';
import { openSandbox, sandboxPlugin } from '.';

function readSandboxConfig(env: NodeJS.ProcessEnv) {
  const port = Number(env.PORT ?? 3001);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const clientId = env.SANDBOX_CLIENT_ID || undefined;
  const clientSecret = env.SANDBOX_CLIENT_SECRET || undefined;
  if (Boolean(clientId) !== Boolean(clientSecret))
    throw new Error('Set both SANDBOX_CLIENT_ID and SANDBOX_CLIENT_SECRET, or neither');
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.STOCKROOM_DATA_DIR || '.data'),
    defaultAccessToken: env.SANDBOX_ACCESS_TOKEN || undefined,
    client:
      clientId && clientSecret ? { client_id: clientId, client_secret: clientSecret } : undefined,
    redirectHosts: (env.SANDBOX_REDIRECT_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
    trustProxy: env.STOCKROOM_TRUST_PROXY === '1' || env.STOCKROOM_TRUST_PROXY === 'true',
    seedHistory: env.STOCKROOM_SEED_HISTORY !== '0',
    jsonLogs: env.STOCKROOM_LOG?.toLowerCase() === 'json',
  };
}

async function main(): Promise<void> {
  const config = readSandboxConfig(process.env);
  const app = Fastify({
    ...loggingOptions(config.jsonLogs),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    ...frameworkErrorOptions,
  });
  installServerErrors(app);
  echoRequestId(app);
  await app.register(securityHeaders, {
    csp: true,
    // The consent form sends the user back to the application's own site, and the app
    // shows this server's previews and media on its pages.
    formTargets: ['http:', 'https:'],
    crossOriginResources: true,
  });

  const sandbox = await openSandbox({
    dataDir: config.dataDir,
    defaultAccessToken: config.defaultAccessToken,
    client: config.client,
    showProgress: true,
    seedHistory: config.seedHistory,
  });
  app.decorate('sandbox', sandbox);
  app.addHook('onClose', async () => sandbox.close());
  oauthStore(sandbox).addRedirectHosts(config.redirectHosts);
  await app.register(sandboxPlugin, { sandbox });
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async () => ({ status: 'ready' }));

  const { url, say } = await listenGracefully(app, config);
  const client = sandbox.apiClient();
  const hosts = oauthStore(sandbox).redirectHosts(client.client_id);
  say(
    [
      '',
      `The Stockroom sandbox (a Shutterstock-compatible v2 API) is running at ${url}/v2`,
      'Point Stockroom gateways at it as at Shutterstock:',
      `  SHUTTERSTOCK_API_URL=${url}`,
      `  SHUTTERSTOCK_CLIENT_ID=${client.client_id}`,
      `  SHUTTERSTOCK_CLIENT_SECRET=${client.client_secret}`,
      `Sign-in may return to: ${hosts.join(', ')} (SANDBOX_REDIRECT_HOSTS adds more)`,
      'Users (Bearer tokens for /v2, password to sign in):',
      ...sandboxUserLines(sandbox),
      `Credentials are also in ${sandbox.credentialsFile}`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
