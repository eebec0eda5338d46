// What every gateway store is (local or Redis), and the refusal while the shared one is
// unreachable: apart from index.ts, which picks a store, so that the stores need not
// import the module that imports them.
import type { Redis } from 'ioredis';
import { VendorError } from '../../lib/vendor-error';
import type { OAuthStateStore, SessionStore } from '../sessions';
import type { ResponseCache } from '../cache';

export interface GatewayStore {
  kind: 'local' | 'redis';
  sessions: SessionStore;
  oauthStates: OAuthStateStore;
  /** Catalog answers shared by instances for a few seconds (Redis only). */
  cache?: ResponseCache;
  /** The connection the rate limiter keeps its counters on (Redis only). */
  redis?: Redis;
  /** Whether the store can be used right now (Redis: connected). */
  available(): boolean;
  /** Asks the store itself (Redis: PING), for the readiness endpoint. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const STORE_UNAVAILABLE_MESSAGE =
  'Stockroom cannot reach its session store right now. Try again in a moment.';

/** The 503 every /api and /auth request gets while the shared store is unreachable. */
export function storeUnavailable(): VendorError {
  return new VendorError(503, STORE_UNAVAILABLE_MESSAGE, [
    {
      code: 'SESSION_STORE_UNAVAILABLE',
      message: 'The shared session store (Redis) is not reachable',
    },
  ]);
}
