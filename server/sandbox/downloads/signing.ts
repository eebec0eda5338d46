// Signed, expiring download URLs. A URL names what was licensed (media type, asset,
// size, format, license) and when it stops working, and carries an HMAC over both with
// a secret kept in the data directory, so URLs outlive a restart but cannot be forged,
// changed or used after they expire.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type DownloadMedia =
  'image' | 'video' | 'audio' | 'sfx' | 'editorial-image' | 'editorial-video';

export interface DownloadTarget {
  media: DownloadMedia;
  assetId: string;
  /** The licensed size, as the vendor names it (small, huge, vector, hd, 4k, …). */
  size: string;
  /** The file format (jpg, eps, mov, mp3, wav, …). */
  format: string;
  licenseId: string;
}

/** The vendor's download links are valid for 8 hours. */
export const DOWNLOAD_TTL_MS = 8 * 60 * 60 * 1000;
export const DOWNLOADS_PATH = '/sandbox/downloads';
const SECRET_FILE = 'download-secret';

export type VerifiedDownload =
  | { ok: true; target: DownloadTarget; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'tampered' | 'expired'; expiresAt?: Date };

interface Payload {
  m: DownloadMedia;
  a: string;
  s: string;
  f: string;
  l: string;
  /** expiry, ms since the epoch */
  e: number;
  /** makes every signed URL unique, so a re-download is a new link */
  n: string;
}

export class DownloadSigner {
  constructor(private readonly secret: Buffer) {}

  /** The signer for a data directory: its secret is made once and kept there. */
  static open(dataDir: string): DownloadSigner {
    const file = path.join(dataDir, SECRET_FILE);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dataDir, { recursive: true });
      try {
        fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
      } catch (error) {
        // Another process made it first: use theirs.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    return new DownloadSigner(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex'));
  }

  /** A fresh URL for the target at the given origin, valid for ttlMs. */
  sign(
    origin: string,
    target: DownloadTarget,
    now = Date.now(),
    ttlMs = DOWNLOAD_TTL_MS,
  ): { url: string; expiresAt: Date } {
    const payload: Payload = {
      m: target.media,
      a: target.assetId,
      s: target.size,
      f: target.format,
      l: target.licenseId,
      e: now + ttlMs,
      n: crypto.randomBytes(6).toString('base64url'),
    };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return {
      url: `${origin}${DOWNLOADS_PATH}/${body}.${this.mac(body)}`,
      expiresAt: new Date(payload.e),
    };
  }

  /** Checks a token (the last path segment of a signed URL). */
  verify(token: string, now = Date.now()): VerifiedDownload {
    const [body, mac, ...rest] = token.split('.');
    if (!body || !mac || rest.length > 0) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      return { ok: false, reason: 'tampered' };
    }
    let payload: Payload;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const expiresAt = new Date(payload.e);
    if (!(payload.e > now)) return { ok: false, reason: 'expired', expiresAt };
    return {
      ok: true,
      expiresAt,
      target: {
        media: payload.m,
        assetId: payload.a,
        size: payload.s,
        format: payload.f,
        licenseId: payload.l,
      },
    };
  }

  private mac(body: string): string {
    return crypto.createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
