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
}

/** The real API is used with a token, or with an application's id and secret (sign-in). */
export function usesRealApi(config: ServerConfig): boolean {
  return Boolean(
    config.shutterstockApiToken || (config.shutterstockClientId && config.shutterstockClientSecret),
  );
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.STOCKROOM_DATA_DIR || '.data'),
    sandboxAccessToken: env.SANDBOX_ACCESS_TOKEN || undefined,
    shutterstockApiToken: env.SHUTTERSTOCK_API_TOKEN || undefined,
    shutterstockApiUrl: (env.SHUTTERSTOCK_API_URL || 'https://api.shutterstock.com').replace(
      /\/+$/,
      '',
    ),
    shutterstockClientId: env.SHUTTERSTOCK_CLIENT_ID || undefined,
    shutterstockClientSecret: env.SHUTTERSTOCK_CLIENT_SECRET || undefined,
    trustProxy: env.STOCKROOM_TRUST_PROXY === '1' || env.STOCKROOM_TRUST_PROXY === 'true',
    seedHistory: env.STOCKROOM_SEED_HISTORY !== '0',
    gatewayRatePerMinute:
      Number(env.STOCKROOM_RATE_LIMIT) > 0 ? Number(env.STOCKROOM_RATE_LIMIT) : 3000,
  };
}
