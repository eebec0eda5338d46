// Licensed files through the gateway in real-API mode: a second sandbox stands in for
// Shutterstock (its own state, so licensing here changes no other test's counts). Its
// download links are on its own origin and carry no CORS header, as the vendor's file host:
// the app's page could not read them, the gateway fetches and streams them.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, createTestApp } from '../test/app';
import { expectVendorError } from '../test/http';
import { vendorFileHosts } from './files';

describe('licensed files through /api/files, the real API stood in for by a second sandbox', () => {
  let remote: FastifyInstance;
  let remoteUrl: string;
  let app: FastifyInstance;
  let downloadUrl: string;

  beforeAll(async () => {
    remote = await createIsolatedTestApp();
    remoteUrl = await remote.listen({ port: 0, host: '127.0.0.1' });
    const jordan = remote.sandbox.users().find((user) => user.username === 'jordan');
    app = await createTestApp({
      SHUTTERSTOCK_API_URL: remoteUrl,
      SHUTTERSTOCK_API_TOKEN: jordan?.accessToken ?? '',
    });
    const imageId = String(
      remote.sandbox.db
        .prepare(
          "SELECT id FROM images WHERE image_type = 'photo' AND is_editorial = 0 AND is_adult = 0 ORDER BY id LIMIT 1",
        )
        .pluck()
        .get(),
    );
    const licensed = await app.inject({
      method: 'POST',
      url: '/api/v2/images/licenses',
      headers: { 'content-type': 'application/json' },
      payload: { images: [{ image_id: imageId, subscription_id: 's8906300', size: 'small' }] },
    });
    expect(licensed.statusCode).toBe(200);
    const result = licensed.json<{ data: { download?: { url: string } }[] }>().data[0];
    downloadUrl = result?.download?.url ?? '';
  });
  afterAll(async () => {
    await app.close();
    await remote.close();
  });

  it('the license’s link is on the remote API’s host, which does not let another site read it', async () => {
    expect(new URL(downloadUrl).origin).toBe(new URL(remoteUrl).origin);
    const direct = await fetch(downloadUrl, { headers: { origin: 'http://localhost:3000' } });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('access-control-allow-origin')).toBeNull();
    await direct.body?.cancel();
  });

  it('streams the file through the gateway with its type, length and name', async () => {
    const direct = await fetch(downloadUrl);
    const bytes = Buffer.from(await direct.arrayBuffer());
    const response = await app.inject({
      url: `/api/files?url=${encodeURIComponent(downloadUrl)}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(direct.headers.get('content-type'));
    expect(response.headers['content-disposition']).toBe(direct.headers.get('content-disposition'));
    expect(response.headers['content-disposition']).toMatch(/attachment/);
    expect(Number(response.headers['content-length'])).toBe(bytes.length);
    expect(response.rawPayload.equals(bytes)).toBe(true);
    // No credential of the server goes to the file host, and none comes back.
    expect(JSON.stringify(response.headers)).not.toContain('Bearer');
  });

  it('passes the file host’s refusal on in the vendor’s shape (a tampered link)', async () => {
    const tampered = downloadUrl.replace(/.$/, (last) => (last === 'a' ? 'b' : 'a'));
    const response = await app.inject({ url: `/api/files?url=${encodeURIComponent(tampered)}` });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expectVendorError(response.headers['content-type'], response.body);
  });

  it.each([
    'http://evil.example/file.jpg',
    'https://shutterstock.com.evil.example/file.jpg',
    'http://127.0.0.1:1/file.jpg',
    'file:///etc/passwd',
    'data:text/plain,hello',
    '/sandbox/downloads/x',
    'not a url',
  ])('refuses %s: not the API’s file host', async (url) => {
    const response = await app.inject({ url: `/api/files?url=${encodeURIComponent(url)}` });
    expect(response.statusCode).toBe(400);
    expectVendorError(response.headers['content-type'], response.body);
  });

  it('refuses credentials in the URL and a missing url', async () => {
    const withUser = new URL(downloadUrl);
    withUser.username = 'someone';
    for (const url of [
      `/api/files?url=${encodeURIComponent(withUser.href)}`,
      '/api/files',
      '/api/files?url=',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      expectVendorError(response.headers['content-type'], response.body, url);
    }
  });
});

describe('which hosts are the vendor’s file hosts', () => {
  it('the real API: HTTPS hosts of shutterstock.com, its preview CDN and the API’s own origin', () => {
    const allowed = vendorFileHosts('https://api.shutterstock.com');
    expect(allowed(new URL('https://download.shutterstock.com/gatekeeper/x.jpg'))).toBe(true);
    expect(allowed(new URL('https://ak.picdn.net/shutterstock/videos/1/preview/x.mp4'))).toBe(
      true,
    );
    expect(allowed(new URL('http://ak.picdn.net/x.mp4'))).toBe(false);
    expect(allowed(new URL('https://evil.picdn.net/x.mp4'))).toBe(false);
    expect(allowed(new URL('https://api.shutterstock.com/x'))).toBe(true);
    expect(allowed(new URL('http://download.shutterstock.com/x.jpg'))).toBe(false);
    expect(allowed(new URL('https://evilshutterstock.com/x.jpg'))).toBe(false);
    expect(allowed(new URL('https://shutterstock.com.evil.example/x.jpg'))).toBe(false);
  });

  it('the in-process sandbox: none (its links are on this server)', async () => {
    expect(vendorFileHosts(undefined)(new URL('https://download.shutterstock.com/x'))).toBe(false);
    const sandboxApp = await createTestApp();
    try {
      const response = await sandboxApp.inject({
        url: `/api/files?url=${encodeURIComponent('https://download.shutterstock.com/x.jpg')}`,
      });
      expect(response.statusCode).toBe(400);
    } finally {
      await sandboxApp.close();
    }
  });
});
