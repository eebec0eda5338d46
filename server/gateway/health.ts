// Liveness and readiness, for the proxy and the orchestrator:
//   GET /healthz  200 while the process answers at all (restart it when this fails)
//   GET /readyz   200 when the shared store and the upstream API both answer, else 503 with
//                 what is missing (send no traffic here meanwhile); while the server shuts
//                 down, Fastify answers 503 to new requests, this one included.
import type { FastifyPluginAsync } from 'fastify';
import type { GatewayStore } from './store';
import type { Upstream } from './upstream';

/** Whether the upstream API answers at all (any HTTP answer below 500 counts). */
async function upstreamAnswers(upstream: Upstream, timeoutMs: number): Promise<boolean> {
  if (!upstream.baseUrl) return true; // the in-process sandbox
  try {
    const response = await fetch(`${upstream.baseUrl}/v2/images/categories`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.status < 500;
  } catch {
    return false;
  }
}

export const healthRoutes: FastifyPluginAsync<{
  store: GatewayStore;
  upstream: Upstream;
  timeoutMs?: number;
}> = async (app, { store, upstream, timeoutMs = 3000 }) => {
  const noStore = { 'cache-control': 'no-store' };
  app.get('/healthz', async (_request, reply) => reply.headers(noStore).send({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const [storeUp, upstreamUp] = await Promise.all([
      store.ping(),
      upstreamAnswers(upstream, timeoutMs),
    ]);
    const checks = {
      store: { kind: store.kind, ok: storeUp },
      upstream: { kind: upstream.kind, ok: upstreamUp },
    };
    if (storeUp && upstreamUp) return reply.headers(noStore).send({ status: 'ready', checks });
    const missing = [
      ...(storeUp ? [] : [`the ${store.kind === 'redis' ? 'Redis' : 'session'} store`]),
      ...(upstreamUp ? [] : ['the Shutterstock API']),
    ];
    const message = `Not ready: ${missing.join(' and ')} cannot be reached`;
    return reply
      .code(503)
      .headers(noStore)
      .send({ message, errors: [{ code: 'NOT_READY', message }], checks });
  });
};
