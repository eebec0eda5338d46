// Where the gateway keeps what must outlive a request: sessions, sign-ins under way, and
// (with Redis) rate-limit counters and a short cache of catalog answers. One instance on
// one machine keeps them in a SQLite file of its own (gateway.sqlite in the data
// directory); several instances share Redis (STOCKROOM_REDIS_URL).
import type { Redis } from 'ioredis';
import { VendorError } from '../../lib/vendor-error';
import type { OAuthStateStore, SessionStore } from '../sessions';
import type { ResponseCache } from '../cache';
import { openLocalStore } from './local';
import { openRedisStore, type RedisStoreOptions } from './redis';

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

export function openGatewayStore(options: {
  dataDir: string;
  redisUrl?: string | undefined;
  onConnectionChange?: RedisStoreOptions['onConnectionChange'];
}): GatewayStore {
  if (!options.redisUrl) return openLocalStore(options.dataDir);
  return openRedisStore(
    options.redisUrl,
    options.onConnectionChange ? { onConnectionChange: options.onConnectionChange } : {},
  );
}
