import path from 'node:path';

/** Everything the server reads from the environment, in one place. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Bearer token for the sandbox's default user (otherwise generated once and kept). */
  sandboxAccessToken: string | undefined;
  /** When set, the gateway talks to the real Shutterstock API with this token. */
  shutterstockApiToken: string | undefined;
  shutterstockApiUrl: string;
  shutterstockClientId: string | undefined;
  shutterstockClientSecret: string | undefined;
  /** API calls through the gateway allowed per client address and minute. */
  gatewayRatePerMinute: number;
  /**
   * Behind a reverse proxy that terminates HTTPS: trust its X-Forwarded-Proto/-For, so the
   * session cookie is Secure and rate limits count real clients.
   */
  trustProxy: boolean;
  /** A new state database gets the team's past licenses and collections (STOCKROOM_SEED_HISTORY=0: none). */
  seedHistory: boolean;
  /** No default user: /api needs a signed-in session (STOCKROOM_REQUIRE_SIGNIN). */
  requireSignIn: boolean;
  /** Sessions, sign-in states, rate limits and a short cache in Redis, for several instances. */
  redisUrl: string | undefined;
  /** Start with SHUTTERSTOCK_API_TOKEN although sign-in is required (it then serves no one). */
  allowApiToken: boolean;
  /** Structured JSON logs on stdout (STOCKROOM_LOG=json|off; on by default in team mode). */
  jsonLogs: boolean;
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(?:\.\d{1,3}){3})$/i;

/** Whether a listen address is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return value === '1' || value.toLowerCase() === 'true';
}

/** The real API is used with a token, or with an application's id and secret (sign-in). */
export function usesRealApi(config: ServerConfig): boolean {
  return Boolean(
    config.shutterstockApiToken || (config.shutterstockClientId && config.shutterstockClientSecret),
  );
}

/**
 * Why the server must not start with this configuration, or undefined. A personal token in
 * a server that requires sign-in would let anyone act as its owner, or (with sign-in
 * required) serve no one: it is refused unless STOCKROOM_ALLOW_API_TOKEN=1 says it is known.
 */
export function configProblem(config: ServerConfig): string | undefined {
  if (config.requireSignIn && config.shutterstockApiToken && !config.allowApiToken) {
    return [
      'SHUTTERSTOCK_API_TOKEN is set, but this server requires sign-in (STOCKROOM_REQUIRE_SIGNIN is on:',
      'HOST is not a loopback address, or SHUTTERSTOCK_CLIENT_ID is set). A personal token must not',
      'be shared with everyone who reaches the server. Remove it and let each person sign in with',
      'Shutterstock (SHUTTERSTOCK_CLIENT_ID and SHUTTERSTOCK_CLIENT_SECRET); or set',
      'STOCKROOM_REQUIRE_SIGNIN=0 to share it knowingly; or STOCKROOM_ALLOW_API_TOKEN=1 to start anyway',
      '(the token is then used for no one: every request needs a signed-in user).',
    ].join('\n');
  }
  if (
    config.requireSignIn &&
    usesRealApi(config) &&
    !(config.shutterstockClientId && config.shutterstockClientSecret)
  ) {
    return [
      'This server requires sign-in (STOCKROOM_REQUIRE_SIGNIN is on: HOST is not a loopback address),',
      'but no one could sign in: set SHUTTERSTOCK_CLIENT_ID and SHUTTERSTOCK_CLIENT_SECRET of your',
      'Shutterstock application, or STOCKROOM_REQUIRE_SIGNIN=0.',
    ].join('\n');
  }
  return undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const host = env.HOST || '127.0.0.1';
  const clientId = env.SHUTTERSTOCK_CLIENT_ID || undefined;
  const requireSignIn =
    flag(env.STOCKROOM_REQUIRE_SIGNIN) ?? (!isLoopback(host) || Boolean(clientId));
  const redisUrl = env.STOCKROOM_REDIS_URL || undefined;
  const log = env.STOCKROOM_LOG?.toLowerCase();
  return {
    port,
    host,
    dataDir: path.resolve(env.STOCKROOM_DATA_DIR || '.data'),
    sandboxAccessToken: env.SANDBOX_ACCESS_TOKEN || undefined,
    shutterstockApiToken: env.SHUTTERSTOCK_API_TOKEN || undefined,
    shutterstockApiUrl: (env.SHUTTERSTOCK_API_URL || 'https://api.shutterstock.com').replace(
      /\/+$/,
      '',
    ),
    shutterstockClientId: clientId,
    shutterstockClientSecret: env.SHUTTERSTOCK_CLIENT_SECRET || undefined,
    trustProxy: env.STOCKROOM_TRUST_PROXY === '1' || env.STOCKROOM_TRUST_PROXY === 'true',
    seedHistory: env.STOCKROOM_SEED_HISTORY !== '0',
    gatewayRatePerMinute:
      Number(env.STOCKROOM_RATE_LIMIT) > 0 ? Number(env.STOCKROOM_RATE_LIMIT) : 3000,
    requireSignIn,
    redisUrl,
    allowApiToken: flag(env.STOCKROOM_ALLOW_API_TOKEN) ?? false,
    jsonLogs: log === 'json' || (log !== 'off' && (requireSignIn || Boolean(redisUrl))),
  };
}
