// The gateway: what the browser talks to. It adds credentials on the server, passes the
// API's answers (errors included) through untouched, and turns an upstream that fails or
// hangs into a clear error instead of a hang.
import net from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, startTestServer } from '../test/app';
import { gatewayPlugin, remoteUpstream } from '.';

interface SearchBody {
  total_count: number;
  data: { id: string; assets: { large_thumb: { url: string } } }[];
}

describe('gateway to the in-process sandbox', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers without any credential from the browser: the server adds them', async () => {
    const response = await app.inject({ url: '/api/v2/images/search?query=mountain&per_page=3' });
    expect(response.statusCode).toBe(200);
    const body = response.json<SearchBody>();
    expect(body.data).toHaveLength(3);
    expect(body.total_count).toBeGreaterThan(3);
  });

  it('ignores a credential the browser sends, and never echoes the server token', async () => {
    const response = await app.inject({
      url: '/api/v2/user',
      headers: { authorization: 'Bearer someone-elses-token', cookie: 'a=b' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ username: string }>().username).toBe(app.sandbox.defaultUser().username);
    expect(response.body).not.toContain(app.sandbox.defaultUser().accessToken);
    expect(JSON.stringify(response.headers)).not.toContain(app.sandbox.defaultUser().accessToken);
  });

  it('builds media URLs for the host the browser used', async () => {
    const response = await app.inject({
      url: '/api/v2/images/search?query=city&per_page=1',
      headers: { host: 'stockroom.example:8080' },
    });
    const url = response.json<SearchBody>().data[0]?.assets.large_thumb.url;
    expect(url).toMatch(/^http:\/\/stockroom\.example:8080\/sandbox\/media\/images\/\d+\//);
  });

  it("passes the API's errors through with their status and body", async () => {
    const response = await app.inject({ url: '/api/v2/images/search?per_page=100000' });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ message: string; errors: { path?: string }[] }>();
    expect(body.message).toBeTruthy();
    expect(body.errors.some((error) => error.path?.includes('per_page'))).toBe(true);
  });

  it('passes request bodies and empty answers through (create, then delete a collection)', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v2/images/collections',
      payload: { name: 'Gateway round trip' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    const deleted = await app.inject({ method: 'DELETE', url: `/api/v2/images/collections/${id}` });
    expect(deleted.statusCode).toBe(204);
    const gone = await app.inject({ url: `/api/v2/images/collections/${id}` });
    expect(gone.statusCode).toBe(404);
  });

  it('says which upstream it uses', async () => {
    const response = await app.inject({ url: '/api/status', headers: { host: 'localhost:3000' } });
    expect(response.json()).toEqual({
      upstream: 'sandbox',
      api_url: 'http://localhost:3000/v2',
      sign_in: true,
    });
  });
});

describe('gateway to a remote API (a second sandbox standing in for Shutterstock)', () => {
  let remote: { app: FastifyInstance; baseUrl: string };
  const gateways: FastifyInstance[] = [];

  async function gatewayTo(baseUrl: string, token: string, timeoutMs?: number) {
    const gateway = Fastify();
    await gateway.register(gatewayPlugin, {
      prefix: '/api',
      upstream: remoteUpstream({ baseUrl, token, ...(timeoutMs ? { timeoutMs } : {}) }),
    });
    gateways.push(gateway);
    return gateway;
  }

  beforeAll(async () => {
    remote = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await remote.app.close();
  });

  it('sends the configured token to the remote API', async () => {
    const user = remote.app.sandbox.users()[1];
    if (!user) throw new Error('the sandbox seeds several users');
    const gateway = await gatewayTo(remote.baseUrl, user.accessToken);
    const response = await gateway.inject({ url: '/api/v2/user' });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ username: string }>().username).toBe(user.username);
    expect((await gateway.inject({ url: '/api/status' })).json()).toEqual({
      upstream: 'shutterstock',
      api_url: remote.baseUrl,
      sign_in: false,
    });
  });

  it("passes the remote API's refusal through (a wrong token is a 401)", async () => {
    const gateway = await gatewayTo(remote.baseUrl, 'not-a-token');
    const response = await gateway.inject({ url: '/api/v2/user' });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ message: string }>().message).toBeTruthy();
  });

  it('answers 502 with a clear message when the remote API cannot be reached', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const gateway = await gatewayTo(`http://127.0.0.1:${port}`, 'token');
    const response = await gateway.inject({ url: '/api/v2/images/search' });
    expect(response.statusCode).toBe(502);
    expect(response.json<{ message: string }>().message).toMatch(/could not be reached/);
  });

  it('answers 504 instead of hanging when the remote API does not answer', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const gateway = await gatewayTo(`http://127.0.0.1:${port}`, 'token', 300);
      const response = await gateway.inject({ url: '/api/v2/images/search' });
      expect(response.statusCode).toBe(504);
      expect(response.json<{ message: string }>().message).toMatch(/did not answer in time/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
