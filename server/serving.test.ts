// Served like a production site: the build's brotli and gzip twins by content negotiation
// (the same bytes once decoded), hashed assets cached for good and the rest revalidated,
// large API answers compressed, and files that must stay as they are (media, licensed
// downloads with their length, byte ranges) left alone.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { readConfig } from './config';
import { noncePlaceholder } from './lib/csp-nonce';
import { SMALL_CATALOG, SMALL_TEST_DATA_DIR } from './test/app';
import { ensureBuilt } from './test/dist';

let outDir = '';
let app: FastifyInstance;
let token: string;

beforeAll(async () => {
  outDir = await ensureBuilt();
  const previousDist = process.env.STOCKROOM_DIST_DIR;
  process.env.STOCKROOM_DIST_DIR = outDir;
  try {
    app = await buildApp({
      config: readConfig({
        STOCKROOM_DATA_DIR: SMALL_TEST_DATA_DIR,
        STOCKROOM_SEED_HISTORY: '0',
      }),
      spa: 'static',
      catalog: SMALL_CATALOG,
    });
    await app.ready();
  } finally {
    if (previousDist === undefined) delete process.env.STOCKROOM_DIST_DIR;
    else process.env.STOCKROOM_DIST_DIR = previousDist;
  }
  token = app.sandbox.defaultUser().accessToken;
}, 240_000);
afterAll(async () => {
  await app?.close();
});

/** The built JavaScript and CSS files, largest first. */
function builtAssets(): string[] {
  return fs
    .readdirSync(path.join(outDir, 'assets'))
    .filter((name) => /\.(?:js|css)$/.test(name))
    .sort(
      (a, b) =>
        fs.statSync(path.join(outDir, 'assets', b)).size -
        fs.statSync(path.join(outDir, 'assets', a)).size,
    );
}

const decoders: Record<string, (body: Buffer) => Buffer> = {
  br: (body) => zlib.brotliDecompressSync(body),
  gzip: (body) => zlib.gunzipSync(body),
};

describe('the built app', () => {
  it('has a brotli and a gzip twin of every script and stylesheet, smaller than it', () => {
    for (const name of builtAssets()) {
      const file = path.join(outDir, 'assets', name);
      const size = fs.statSync(file).size;
      if (size < 1024) continue;
      expect(fs.statSync(`${file}.br`).size, name).toBeLessThan(size);
      expect(fs.statSync(`${file}.gz`).size, name).toBeLessThan(size);
    }
  });

  it("is the bundle that ships: React's production build, whatever NODE_ENV the tests run in", () => {
    for (const name of builtAssets().filter((file) => file.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(outDir, 'assets', name), 'utf8');
      expect(code, name).not.toMatch(/\bjsxDEV\b|react-dom\.development|checkPropTypes/);
    }
  });

  it('sends the encoding the browser prefers, with the same bytes once decoded', async () => {
    const [largest = ''] = builtAssets();
    const original = fs.readFileSync(path.join(outDir, 'assets', largest));
    const cases = [
      { accept: 'gzip, deflate, br, zstd', encoding: 'br' },
      { accept: 'br', encoding: 'br' },
      { accept: 'gzip', encoding: 'gzip' },
      { accept: 'gzip;q=1, br;q=0.5', encoding: 'gzip' },
    ];
    for (const { accept, encoding } of cases) {
      const response = await app.inject({
        url: `/assets/${largest}`,
        headers: { 'accept-encoding': accept },
      });
      expect(response.statusCode, accept).toBe(200);
      expect(response.headers['content-encoding'], accept).toBe(encoding);
      expect(response.headers['content-type'], accept).toMatch(/javascript|css/);
      expect(response.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(response.rawPayload.length, accept).toBeLessThan(original.length);
      expect(decoders[encoding]?.(response.rawPayload).equals(original), accept).toBe(true);
    }
    const plain = await app.inject({ url: `/assets/${largest}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
  });

  it('caches hashed assets for a year without revalidation, and revalidates the rest', async () => {
    for (const name of builtAssets().slice(0, 3)) {
      for (const accept of ['br', 'gzip', '']) {
        const response = await app.inject({
          url: `/assets/${name}`,
          headers: accept ? { 'accept-encoding': accept } : {},
        });
        expect(response.headers['cache-control'], `${name} ${accept}`).toBe(
          'public, max-age=31536000, immutable',
        );
      }
    }
    for (const url of ['/', '/index.html', '/videos?query=sea', '/theme-init.js', '/favicon.svg']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('gives every page it sends a fresh nonce for its styles, in the page and in its policy', async () => {
    const placeholder = noncePlaceholder(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8'));
    expect(placeholder).toBeTruthy();
    const nonces: string[] = [];
    for (const url of ['/', '/index.html', '/videos?query=sea']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.body, url).not.toContain(placeholder);
      // The app reads it here and hands it to what writes <style> elements (main.tsx).
      const nonce = /<meta property="csp-nonce" nonce="([^"]+)"/.exec(response.body)?.[1] ?? '';
      expect(nonce, url).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      const policy = String(response.headers['content-security-policy']);
      expect(/(?:^|;)style-src ([^;]*)/.exec(policy)?.[1], url).toBe(`'self' 'nonce-${nonce}'`);
      expect(policy, url).toContain("script-src 'self';");
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
    // Nothing else the server sends allows a style of its own.
    for (const url of ['/theme-init.js', `/assets/${builtAssets()[0]}`, '/api/session']) {
      const policy = String((await app.inject({ url })).headers['content-security-policy']);
      expect(/(?:^|;)style-src ([^;]*)/.exec(policy)?.[1], url).toBe("'self'");
    }
  });

  it('answers HEAD as it answers GET: pages and files of the build (Node leaves out the body)', async () => {
    for (const url of ['/', '/collections', '/theme-init.js', `/assets/${builtAssets()[0]}`]) {
      const get = await app.inject({ url });
      const head = await app.inject({ method: 'HEAD', url });
      expect(head.statusCode, url).toBe(200);
      for (const header of ['content-type', 'content-length', 'cache-control']) {
        expect(head.headers[header], `${url} ${header}`).toBe(get.headers[header]);
      }
    }
    const api = await app.inject({ method: 'HEAD', url: '/api/no-such-thing' });
    expect(api.statusCode).toBe(404);
  });

  it('does not serve the compressed twins as files of their own', async () => {
    const [largest = ''] = builtAssets();
    for (const suffix of ['.br', '.gz']) {
      const response = await app.inject({ url: `/assets/${largest}${suffix}` });
      expect(response.headers['content-type'], suffix).toMatch(/text\/html/);
    }
  });

  it('keeps what the first page needs in index.html, and nothing render-blocking besides', () => {
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const blocking = [
      ...html.matchAll(/<script\b(?![^>]*(?:type="module"|\basync\b|\bdefer\b))[^>]*>/g),
    ];
    // theme-init.js sets the colour scheme before the first paint, or the page would flash.
    expect(blocking.map((m) => /src="([^"]+)"/.exec(m[0])?.[1])).toEqual(['/theme-init.js']);
    const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)];
    expect(stylesheets).toHaveLength(1);
  });
});

describe('API answers', () => {
  it('compresses a large search answer for a client that accepts it, and not for one that does not', async () => {
    for (const url of ['/api/v2/images/search?per_page=100', '/v2/images/search?per_page=100']) {
      const headers = { authorization: `Bearer ${token}` };
      const plain = await app.inject({ url, headers });
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      for (const encoding of ['br', 'gzip']) {
        const response = await app.inject({
          url,
          headers: { ...headers, 'accept-encoding': encoding },
        });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-encoding'], url).toBe(encoding);
        expect(response.headers.vary, url).toMatch(/accept-encoding/i);
        const decoded = decoders[encoding]?.(response.rawPayload) ?? Buffer.alloc(0);
        expect(response.rawPayload.length, url).toBeLessThan(decoded.length / 3);
        const { search_id: _a, ...answer } = JSON.parse(decoded.toString('utf8')) as object & {
          search_id?: string;
        };
        const { search_id: _b, ...expected } = plain.json<object & { search_id?: string }>();
        expect(answer).toEqual(expected);
      }
    }
  });

  it('leaves a small answer as it is', async () => {
    const response = await app.inject({
      url: '/api/status',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('files', () => {
  const one = (sql: string) =>
    String((app.sandbox.db.prepare(sql).get() as { id: number | string }).id);

  it('sends a preview image as it is', async () => {
    const id = one('SELECT id FROM images LIMIT 1');
    const response = await app.inject({
      url: `/sandbox/media/images/${id}/small_thumb.jpg`,
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('sends a licensed file with its length, and byte ranges of it, uncompressed', async () => {
    const id = one("SELECT id FROM images WHERE image_type = 'vector' LIMIT 1");
    const { url } = app.sandbox.downloads.sign('http://sandbox.test', {
      media: 'image',
      assetId: id,
      size: 'vector',
      format: 'eps',
      licenseId: 'i1',
    });
    const link = new URL(url).pathname + new URL(url).search;
    const headers = { 'accept-encoding': 'br, gzip' };
    const whole = await app.inject({ url: link, headers });
    expect(whole.statusCode, whole.body.slice(0, 200)).toBe(200);
    // A compressible type (PostScript), sent as it is: the length is what arrives.
    expect(whole.headers['content-type']).toBe('application/postscript');
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(Number(whole.headers['content-length'])).toBe(whole.rawPayload.length);
    expect(whole.rawPayload.length).toBeGreaterThan(2048);

    const part = await app.inject({ url: link, headers: { ...headers, range: 'bytes=100-1123' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 100-1123/${whole.rawPayload.length}`);
    expect(part.rawPayload.equals(whole.rawPayload.subarray(100, 1124))).toBe(true);
  });
});
