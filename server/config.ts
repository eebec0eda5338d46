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
 * The ports the Fetch standard blocks (https://fetch.spec.whatwg.org/#port-blocking). Node's
 * fetch refuses to connect to them ("bad port"), so an API served on one is never reached.
 */
const FETCH_BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

/** Why the gateway could never reach the API at this address, or undefined. */
function apiUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `SHUTTERSTOCK_API_URL must be an http or https address, got "${url}".`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `SHUTTERSTOCK_API_URL must be an http or https address, got "${url}".`;
  if (parsed.port !== '' && FETCH_BLOCKED_PORTS.has(Number(parsed.port))) {
    return [
      `SHUTTERSTOCK_API_URL uses port ${parsed.port}, one of the ports fetch refuses to connect to`,
      '(the Fetch standard blocks them): serve the API on another port.',
    ].join('\n');
  }
  return undefined;
}

/**
 * Why the server must not start with this configuration, or undefined. A personal token in
 * a server that requires sign-in would let anyone act as its owner, or (with sign-in
 * required) serve no one: it is refused unless STOCKROOM_ALLOW_API_TOKEN=1 says it is known.
 */
export function configProblem(config: ServerConfig): string | undefined {
  const apiUrl = apiUrlProblem(config.shutterstockApiUrl);
  if (apiUrl) return apiUrl;
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
