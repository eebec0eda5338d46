// sendMedia against a tiny Fastify app: the ETag and its 304, byte ranges (206, 416, the
// whole file when a range is ignored), If-Range, HEAD, and files streamed from disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, refuseMedia, sendMedia } from './send-media';

const bytes = Buffer.from('0123456789abcdefghij'); // 20 bytes
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-send-media-'));
const filePath = path.join(dir, 'clip.mov');
fs.writeFileSync(filePath, bytes);
const modified = new Date('2026-01-02T03:04:05Z');

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  app.get('/bytes', (request, reply) =>
    sendMedia(request, reply, bytes, { type: 'audio/mpeg', cacheControl: IMMUTABLE }),
  );
  app.get('/picture', (request, reply) =>
    sendMedia(request, reply, bytes, {
      type: 'image/jpeg',
      cacheControl: IMMUTABLE,
      ranges: false,
    }),
  );
  app.get('/untagged', (request, reply) =>
    sendMedia(request, reply, bytes, {
      type: 'audio/mpeg',
      cacheControl: 'private, max-age=3600',
      etag: false,
      headers: { 'Content-Disposition': 'attachment; filename="a.mp3"' },
    }),
  );
  app.route({
    method: ['GET', 'HEAD'],
    url: '/file',
    handler: (request, reply) =>
      sendMedia(
        request,
        reply,
        { path: filePath, size: bytes.length, modified },
        {
          type: 'video/quicktime',
          cacheControl: 'private, max-age=60, immutable',
          headers: { 'Content-Disposition': 'attachment; filename="clip.mov"' },
          unsatisfiable: (size) => ({
            message: 'Range not satisfiable',
            errors: [{ code: 'RANGE_NOT_SATISFIABLE', message: `The file has ${size} bytes` }],
          }),
        },
      ),
  });
  app.get('/refused', (_request, reply) =>
    refuseMedia(reply, 404, 'Not found', 'NOT_FOUND', 'No such file'),
  );
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('sendMedia with bytes', () => {
  it('sends the whole file with its type, caching, a strong ETag and Accept-Ranges', async () => {
    const response = await app.inject({ url: '/bytes' });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload).toEqual(bytes);
    expect(response.headers['content-type']).toBe('audio/mpeg');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['accept-ranges']).toBe('bytes');
    expect(response.headers['content-length']).toBe('20');
    expect(response.headers.etag).toMatch(/^"[\w-]{22}"$/);
  });

  it('answers 304 when If-None-Match names the ETag (in a list, weak, or *), 200 otherwise', async () => {
    const etag = String((await app.inject({ url: '/bytes' })).headers.etag);
    for (const header of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const response = await app.inject({ url: '/bytes', headers: { 'if-none-match': header } });
      expect(response.statusCode, header).toBe(304);
      expect(response.rawPayload.length, header).toBe(0);
      expect(response.headers.etag, header).toBe(etag);
    }
    const other = await app.inject({ url: '/bytes', headers: { 'if-none-match': '"other"' } });
    expect(other.statusCode).toBe(200);
  });

  it('answers one byte range with 206 and its Content-Range', async () => {
    const cases: Array<[string, string, string]> = [
      ['bytes=2-5', '2345', 'bytes 2-5/20'],
      ['bytes=15-', 'fghij', 'bytes 15-19/20'],
      ['bytes=-3', 'hij', 'bytes 17-19/20'],
      ['bytes=18-99', 'ij', 'bytes 18-19/20'],
    ];
    for (const [range, body, contentRange] of cases) {
      const response = await app.inject({ url: '/bytes', headers: { range } });
      expect(response.statusCode, range).toBe(206);
      expect(response.body, range).toBe(body);
      expect(response.headers['content-range'], range).toBe(contentRange);
      expect(response.headers['content-length'], range).toBe(String(body.length));
    }
  });

  it('answers an unsatisfiable range with 416 and the size, an ignored one with the whole file', async () => {
    const beyond = await app.inject({ url: '/bytes', headers: { range: 'bytes=20-' } });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe('bytes */20');
    expect(beyond.rawPayload.length).toBe(0);
    for (const range of ['bytes=0-1,4-5', 'items=0-1', 'bytes=9-1']) {
      const response = await app.inject({ url: '/bytes', headers: { range } });
      expect(response.statusCode, range).toBe(200);
      expect(response.rawPayload, range).toEqual(bytes);
    }
  });

  it('honours If-Range: the range for the current ETag, the whole file for another', async () => {
    const etag = String((await app.inject({ url: '/bytes' })).headers.etag);
    const same = await app.inject({
      url: '/bytes',
      headers: { range: 'bytes=0-1', 'if-range': etag },
    });
    expect(same.statusCode).toBe(206);
    const stale = await app.inject({
      url: '/bytes',
      headers: { range: 'bytes=0-1', 'if-range': '"stale"' },
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload).toEqual(bytes);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await app.inject({ method: 'HEAD', url: '/bytes' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-length']).toBe('20');
    expect(response.headers.etag).toMatch(/^"/);
    expect(response.rawPayload.length).toBe(0);
  });

  it('ignores ranges when they are off: no Accept-Ranges, the whole file', async () => {
    const response = await app.inject({ url: '/picture', headers: { range: 'bytes=0-1' } });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload).toEqual(bytes);
    expect(response.headers['accept-ranges']).toBeUndefined();
    expect(response.headers.etag).toMatch(/^"/);
  });

  it('sends no ETag when it is off, and never 304', async () => {
    const response = await app.inject({ url: '/untagged', headers: { 'if-none-match': '*' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers['content-disposition']).toBe('attachment; filename="a.mp3"');
    expect(response.headers['cache-control']).toBe('private, max-age=3600');
  });
});

describe('sendMedia with a file on disk', () => {
  it('streams the file with its length, Last-Modified and headers, and no ETag', async () => {
    const response = await app.inject({ url: '/file' });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload).toEqual(bytes);
    expect(response.headers['content-length']).toBe('20');
    expect(response.headers['last-modified']).toBe(modified.toUTCString());
    expect(response.headers['content-type']).toBe('video/quicktime');
    expect(response.headers['content-disposition']).toBe('attachment; filename="clip.mov"');
    expect(response.headers.etag).toBeUndefined();
  });

  it('streams a byte range with 206', async () => {
    const response = await app.inject({ url: '/file', headers: { range: 'bytes=10-12' } });
    expect(response.statusCode).toBe(206);
    expect(response.body).toBe('abc');
    expect(response.headers['content-range']).toBe('bytes 10-12/20');
    expect(response.headers['content-length']).toBe('3');
  });

  it('answers HEAD with the length and no body, for the whole file and for a range', async () => {
    const whole = await app.inject({ method: 'HEAD', url: '/file' });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-length']).toBe('20');
    expect(whole.rawPayload.length).toBe(0);
    const part = await app.inject({
      method: 'HEAD',
      url: '/file',
      headers: { range: 'bytes=0-4' },
    });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-length']).toBe('5');
    expect(part.rawPayload.length).toBe(0);
  });

  it('answers an unsatisfiable range with 416 and its JSON body, not as an attachment', async () => {
    const response = await app.inject({ url: '/file', headers: { range: 'bytes=30-' } });
    expect(response.statusCode).toBe(416);
    expect(response.headers['content-range']).toBe('bytes */20');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBeUndefined();
    expect(response.json()).toEqual({
      message: 'Range not satisfiable',
      errors: [{ code: 'RANGE_NOT_SATISFIABLE', message: 'The file has 20 bytes' }],
    });
  });
});

describe('refuseMedia', () => {
  it('answers in the vendor error shape, never cached', async () => {
    const response = await app.inject({ url: '/refused' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      message: 'Not found',
      errors: [{ code: 'NOT_FOUND', message: 'No such file' }],
    });
  });
});
