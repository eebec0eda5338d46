// Security a browser relies on: headers on every response (app, gateway, sandbox), CSRF
// refusals, request size and rate limits, and no secret in the built JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { readConfig } from './config';
import { createTestApp, SMALL_CATALOG, SMALL_TEST_DATA_DIR } from './test/app';
import { BUILD_SECRETS, ensureBuilt } from './test/dist';

function expectSecurityHeaders(headers: Record<string, unknown>, where: string) {
  const csp = String(headers['content-security-policy'] ?? '');
  expect(csp, where).toContain("script-src 'self'");
  expect(csp, where).not.toContain('unsafe-inline');
  expect(csp, where).not.toContain('unsafe-eval');
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toMatch(/media-src 'self' blob:/);
  expect(headers['referrer-policy'], where).toBe('same-origin');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['x-frame-options'], where).toBe('DENY');
}

describe('security headers, CSRF and limits', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp({ STOCKROOM_RATE_LIMIT: '40' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('sets the headers on gateway, sandbox, media, sign-in and error responses', async () => {
    const urls = [
      '/api/status',
      '/api/v2/images/search?per_page=1',
      '/api/v2/images/search?per_page=100000',
      '/v2/test',
      '/v2/user',
      '/v2/oauth/consent.css',
      '/auth/signin',
      '/nowhere',
    ];
    for (const url of urls) {
      const response = await app.inject({ url });
      expectSecurityHeaders(response.headers, url);
    }
  });

  it('refuses a changing API call from another site, whatever the credentials', async () => {
    const attempts = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://sub.localhost' },
    ];
    for (const headers of attempts) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v2/images/collections',
        headers: { 'content-type': 'application/json', ...headers },
        payload: { name: 'CSRF' },
      });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
    }
    const sameOrigin = await app.inject({
      method: 'POST',
      url: '/api/v2/images/collections',
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:80',
        'sec-fetch-site': 'same-origin',
      },
      payload: { name: 'Same origin' },
    });
    expect(sameOrigin.statusCode).toBe(201);
  });

  it('refuses a request body over 1 MB with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v2/images/collections',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    });
    expect(response.statusCode).toBe(413);
    // An image upload for reverse search may be larger (the vendor's 10 MB, as base64).
    const upload = await app.inject({
      method: 'POST',
      url: '/api/v2/cv/images',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ base64_image: 'A'.repeat(2_000_000) }),
    });
    expect(upload.statusCode).not.toBe(413);
  });

  it('rate-limits the gateway per client (429 with Retry-After)', async () => {
    let last = 0;
    let retryAfter: unknown;
    for (let i = 0; i < 45 && last !== 429; i++) {
      const response = await app.inject({ url: '/api/v2/test', remoteAddress: '10.0.0.7' });
      last = response.statusCode;
      retryAfter = response.headers['retry-after'];
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Another client is not affected.
    const other = await app.inject({ url: '/api/v2/test', remoteAddress: '10.0.0.8' });
    expect(other.statusCode).toBe(200);
  });

  it('rate-limits sign-in (30 a minute per client)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const response = await app.inject({ url: '/auth/signin', remoteAddress: '10.0.0.9' });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 30).every((status) => status === 302)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('the built app', () => {
  // Built with a server's secrets in the environment (./test/dist.ts): none may reach the bundle.
  const secrets = BUILD_SECRETS;
  let outDir = '';
  let app: FastifyInstance;

  beforeAll(async () => {
    outDir = await ensureBuilt();
    const previousDist = process.env.STOCKROOM_DIST_DIR;
    process.env.STOCKROOM_DIST_DIR = outDir;
    try {
      app = await buildApp({
        config: readConfig({ STOCKROOM_DATA_DIR: SMALL_TEST_DATA_DIR }),
        spa: 'static',
        catalog: SMALL_CATALOG,
      });
      await app.ready();
    } finally {
      if (previousDist === undefined) delete process.env.STOCKROOM_DIST_DIR;
      else process.env.STOCKROOM_DIST_DIR = previousDist;
    }
  }, 240_000);
  afterAll(async () => {
    await app?.close();
  });

  function builtFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      return entry.isDirectory() ? builtFiles(file) : [file];
    });
  }

  it('holds no token, secret or password in any built file', () => {
    const credentials = JSON.parse(fs.readFileSync(app.sandbox.credentialsFile, 'utf8')) as {
      users: { access_token: string; password?: string }[];
      client: { client_secret: string };
    };
    const needles = [
      ...Object.values(secrets),
      credentials.client.client_secret,
      ...credentials.users.flatMap((user) => [user.access_token, user.password ?? '']),
    ].filter((needle) => needle.length >= 8);
    const files = builtFiles(outDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const text = fs.readFileSync(file, 'latin1');
      for (const needle of needles)
        expect(text.includes(needle), `${file} holds a secret`).toBe(false);
      expect(text, file).not.toMatch(/client_secret/);
    }
  });

  it('has no inline script in index.html, and serves it with the headers', async () => {
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    for (const url of ['/', '/account', '/theme-init.js']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expectSecurityHeaders(response.headers, url);
    }
  });
});
