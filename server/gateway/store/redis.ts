// The gateway's store shared by several instances: Redis (STOCKROOM_REDIS_URL). Sessions
// and sign-in states are keys with their own expiry; the rate limiter keeps its counters on
// the same connection; catalog answers are cached for a few seconds.
//
// While Redis cannot be reached nothing waits for it: commands fail at once (no offline
// queue) and every /api and /auth request answers 503 (see storeUnavailable), while the
// client keeps reconnecting, so the gateway recovers by itself when Redis is back.
import { Redis } from 'ioredis';
import type { CachedResponse } from '../cache';
import {
  hashId,
  newSessionId,
  OAUTH_STATE_TTL_MS,
  SESSION_TTL_MS,
  type Session,
  type SessionToken,
} from '../sessions';
import { storeUnavailable, type GatewayStore } from './store';

const PREFIX = 'stockroom:';
const sessionKey = (id: string) => `${PREFIX}session:${hashId(id)}`;
const stateKey = (state: string) => `${PREFIX}oauth-state:${hashId(state)}`;
const cacheKey = (key: string) => `${PREFIX}cache:${hashId(key)}`;

/** Waits between reconnection attempts: quick at first, then every two seconds, for ever. */
const reconnectDelay = (attempt: number) => Math.min(attempt * 100, 2000);

export interface RedisStoreOptions {
  /** Told when the connection is lost or back (once per change, not per retry). */
  onConnectionChange?: (up: boolean, error?: Error) => void;
}

export function openRedisStore(url: string, options: RedisStoreOptions = {}): GatewayStore {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    commandTimeout: 5000,
    retryStrategy: reconnectDelay,
  });
  let up = false;
  let lastError: Error | undefined;
  redis.on('ready', () => {
    if (!up) options.onConnectionChange?.(true);
    up = true;
  });
  redis.on('error', (error: Error) => {
    lastError = error;
  });
  redis.on('close', () => {
    if (up) options.onConnectionChange?.(false, lastError);
    up = false;
  });

  /** Runs a command, or answers the 503 when Redis is not there. */
  async function use<T>(command: () => Promise<T>): Promise<T> {
    if (redis.status !== 'ready') throw storeUnavailable();
    try {
      return await command();
    } catch {
      throw storeUnavailable();
    }
  }

  return {
    kind: 'redis',
    redis,
    sessions: {
      create: (session: Session) =>
        use(async () => {
          const id = newSessionId();
          await redis.set(sessionKey(id), JSON.stringify(session), 'PX', SESSION_TTL_MS);
          return id;
        }),
      get: (id) =>
        id
          ? use(async () => {
              const value = await redis.get(sessionKey(id));
              return value ? (JSON.parse(value) as Session) : undefined;
            })
          : Promise.resolve(undefined),
      updateToken: (id: string, token: SessionToken) =>
        use(async () => {
          const value = await redis.get(sessionKey(id));
          if (!value) return;
          const session = { ...(JSON.parse(value) as Session), ...token };
          await redis.set(sessionKey(id), JSON.stringify(session), 'KEEPTTL', 'XX');
        }),
      delete: (id) =>
        id
          ? use(async () => {
              await redis.del(sessionKey(id));
            })
          : Promise.resolve(),
    },
    oauthStates: {
      put: (state, returnTo) =>
        use(async () => {
          await redis.set(stateKey(state), returnTo, 'PX', OAUTH_STATE_TTL_MS);
        }),
      take: (state) => use(async () => (await redis.getdel(stateKey(state))) ?? undefined),
    },
    cache: {
      // A cache never fails a request: an unreachable Redis is a miss.
      async get(key) {
        if (redis.status !== 'ready') return undefined;
        try {
          const value = await redis.get(cacheKey(key));
          return value ? (JSON.parse(value) as CachedResponse) : undefined;
        } catch {
          return undefined;
        }
      },
      async set(key, value, ttlMs) {
        if (redis.status !== 'ready') return;
        try {
          await redis.set(cacheKey(key), JSON.stringify(value), 'PX', ttlMs);
        } catch {
          // not cached this time
        }
      },
    },
    available: () => redis.status === 'ready',
    async ping() {
      if (redis.status !== 'ready') return false;
      try {
        return (await redis.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
