// Where the gateway keeps what must outlive a request: sessions, sign-ins under way, and
// (with Redis) rate-limit counters and a short cache of catalog answers. One instance on
// one machine keeps them in a SQLite file of its own (gateway.sqlite in the data
// directory); several instances share Redis (STOCKROOM_REDIS_URL).
import { openLocalStore } from './local';
import { openRedisStore, type RedisStoreOptions } from './redis';
import type { GatewayStore } from './store';

export { STORE_UNAVAILABLE_MESSAGE, storeUnavailable, type GatewayStore } from './store';

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
