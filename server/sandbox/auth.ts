// Authentication as the vendor does it: a Bearer access token (a user, with scopes) or
// HTTP basic auth with the API client's id and secret. Each route declares what it
// needs in its config: no auth 401, a token without the route's scope 403.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Accounts, ApiClient, UserRecord } from './accounts';
import { SandboxError } from './errors';

/** What a route accepts, following the operation's `security` in the vendor document. */
export interface RouteAuth {
  /** 'public': no credentials; 'any': basic auth or a user token; 'user': a user token only. */
  kind: 'public' | 'any' | 'user';
  /** Scopes the user token must carry. */
  scopes?: string[];
}

export type Principal =
  | {
      kind: 'user';
      user: UserRecord;
      scopes: string[];
      /** When an expiring token ends (ms since the epoch). */
      expiresAt?: number;
    }
  | { kind: 'client'; client: ApiClient };

/** Bearer tokens beyond the seeded ones (those issued by the OAuth operations), per accounts. */
const tokenResolvers = new WeakMap<Accounts, (token: string) => Principal | undefined>();

export function addTokenResolver(
  accounts: Accounts,
  resolve: (token: string) => Principal | undefined,
): void {
  tokenResolvers.set(accounts, resolve);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

function authenticate(request: FastifyRequest, accounts: Accounts): Principal | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme = '', credentials = ''] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') {
    const user = accounts.byToken(credentials);
    if (!user) return tokenResolvers.get(accounts)?.(credentials);
    return { kind: 'user', user, scopes: user.scopes.split(' ') };
  }
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const client = accounts.clientByCredentials(decoded.slice(0, colon), decoded.slice(colon + 1));
    return client ? { kind: 'client', client } : undefined;
  }
  return undefined;
}

/** Checks every request of the scope against its route's `config.auth` (default: 'any'). */
export function installAuth(app: FastifyInstance, accounts: Accounts): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const auth: RouteAuth = request.routeOptions.config.auth ?? { kind: 'any' };
    if (auth.kind === 'public') return;
    const principal = authenticate(request, accounts);
    if (!principal) {
      throw SandboxError.unauthorized(
        request.headers.authorization
          ? 'The access token or client credentials are not valid'
          : 'Missing access token or client credentials',
      );
    }
    if (auth.kind === 'user' && principal.kind !== 'user') {
      throw SandboxError.forbidden(
        'This endpoint needs a user access token, not client credentials',
      );
    }
    const missing =
      principal.kind === 'user'
        ? (auth.scopes ?? []).filter((scope) => !principal.scopes.includes(scope))
        : [];
    if (missing.length > 0)
      throw SandboxError.forbidden(`The access token lacks the scope(s): ${missing.join(', ')}`);
    request.principal = principal;
  });
}

/** The user behind a request on a 'user' route. */
export function requestUser(request: FastifyRequest): UserRecord {
  if (request.principal?.kind !== 'user')
    throw SandboxError.forbidden('This endpoint needs a user access token');
  return request.principal.user;
}
