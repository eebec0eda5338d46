import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_TTL_MS, DownloadSigner, type DownloadTarget } from './signing';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-signing-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const target: DownloadTarget = {
  media: 'image',
  assetId: '1000123',
  size: 'huge',
  format: 'jpg',
  licenseId: 'i1234',
};
const tokenOf = (url: string) => url.split('/').pop() ?? '';

describe('signed download URLs', () => {
  it('round-trips what was licensed, and each signing is a new URL', () => {
    const signer = DownloadSigner.open(dir);
    const first = signer.sign('http://127.0.0.1:3000', target, 1_000);
    const second = signer.sign('http://127.0.0.1:3000', target, 1_000);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/sandbox\/downloads\//);
    expect(first.url).not.toBe(second.url);
    expect(first.expiresAt.getTime()).toBe(1_000 + DOWNLOAD_TTL_MS);
    expect(signer.verify(tokenOf(first.url), 2_000)).toEqual({
      ok: true,
      target,
      expiresAt: first.expiresAt,
    });
  });

  it('keeps its secret across restarts, so URLs outlive the process', () => {
    const { url } = DownloadSigner.open(dir).sign('http://h', target, 0);
    expect(DownloadSigner.open(dir).verify(tokenOf(url), 1).ok).toBe(true);
  });

  it('refuses a changed, forged or expired URL', () => {
    const signer = DownloadSigner.open(dir);
    const token = tokenOf(signer.sign('http://h', target, 0).url);
    const [body, mac] = token.split('.') as [string, string];
    const changed = Buffer.from(
      Buffer.from(body, 'base64url').toString().replace('huge', 'vector'),
    ).toString('base64url');
    expect(signer.verify(`${changed}.${mac}`, 1)).toEqual({ ok: false, reason: 'tampered' });
    const other = new DownloadSigner(Buffer.alloc(32, 7));
    expect(other.verify(token, 1)).toEqual({ ok: false, reason: 'tampered' });
    expect(signer.verify(token, DOWNLOAD_TTL_MS + 1)).toMatchObject({
      ok: false,
      reason: 'expired',
    });
    expect(signer.verify('nonsense', 1)).toEqual({ ok: false, reason: 'malformed' });
  });
});
