// Graceful shutdown, for real: a gateway process (real-API mode) is sent SIGTERM while a
// request is in flight at the API. It stops taking connections at once, still answers the
// request in flight when the API does, then exits cleanly.
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, waitFor } from '../test/processes';

describe('SIGTERM', () => {
  const api = Fastify();
  afterAll(async () => {
    await api.close();
  });

  it('finishes the request in flight, refuses new connections, then exits', async () => {
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    api.get('/v2/images/search', async () => {
      arrived();
      await released;
      return { data: [{ id: '1' }], total_count: 1 };
    });
    const apiUrl = await api.listen({ port: 0, host: '127.0.0.1' });
    const gateway = await startServer('server/main.ts', ['--api-only'], {
      SHUTTERSTOCK_API_URL: apiUrl,
      SHUTTERSTOCK_API_TOKEN: 'server-token',
      STOCKROOM_LOG: 'off',
    });
    const exited = new Promise<number | null>((resolve) =>
      gateway.process.once('exit', (code) => resolve(code)),
    );

    const inFlight = fetch(`${gateway.url}/api/v2/images/search?query=harbor`);
    await requestArrived;
    gateway.process.kill('SIGTERM');
    // No new connection is taken once it is closing…
    await waitFor('the gateway to stop listening', async () => {
      try {
        await fetch(`${gateway.url}/healthz`);
        return false;
      } catch {
        return true;
      }
    });
    // …and the one in flight still gets its answer.
    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: [{ id: '1' }], total_count: 1 });
    expect(await exited).toBe(0);
  });
});
