// Uploaded pictures for reverse image search: checked (base64, JPEG or PNG, at most
// 10 MB and 10,000 pixels a side), kept per user as a file under <dataDir>/cv/ with a
// small record of its owner, and their features held in memory (LRU) once computed.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { LruCache } from '../lib/lru';
import { SandboxError } from '../errors';
import { featuresOfPicture, type VisualFeatures } from './features';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_SIDE = 10_000;
/** The JSON body of the largest allowed upload, base64 and all, with room to spare. */
export const UPLOAD_BODY_LIMIT = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 1024 * 1024;
export const UPLOAD_ID = /^U[0-9a-f]{32}$/;

const PATH = '$.body.base64_image';

/** Formats told apart by their first bytes: the two the vendor takes, and others it refuses. */
const SIGNATURES: { format: string; accepted: boolean; test: (b: Buffer) => boolean }[] = [
  { format: 'jpeg', accepted: true, test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { format: 'png', accepted: true, test: (b) => b.subarray(0, 8).equals(PNG) },
  { format: 'gif', accepted: false, test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  {
    format: 'webp',
    accepted: false,
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { format: 'bmp', accepted: false, test: (b) => b.subarray(0, 2).toString('latin1') === 'BM' },
  {
    format: 'tiff',
    accepted: false,
    test: (b) => ['II*\0', 'MM\0*'].includes(b.subarray(0, 4).toString('latin1')),
  },
  {
    format: 'heic or avif',
    accepted: false,
    test: (b) => b.subarray(4, 8).toString('latin1') === 'ftyp',
  },
  {
    format: 'svg',
    accepted: false,
    test: (b) => /^\s*(<\?xml[^>]*>\s*)?<svg/i.test(b.subarray(0, 256).toString('utf8')),
  },
];
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface CheckedUpload {
  bytes: Buffer;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
}

/** Decodes and checks `base64_image`, or throws the vendor's error naming the problem. */
export async function checkUpload(base64: string): Promise<CheckedUpload> {
  // A data URL's prefix is tolerated; whitespace (line-wrapped base64) too.
  const text = base64.replace(/^data:[\w/+.-]*;base64,/, '').replace(/\s+/g, '');
  if (text === '') throw SandboxError.badRequest('base64_image is empty', PATH);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw SandboxError.badRequest(
      'base64_image is not valid base64',
      PATH,
      'VALIDATION_INVALID_FORMAT',
    );
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new SandboxError(413, 'Payload Too Large', [
      {
        code: 'PAYLOAD_TOO_LARGE',
        message: `The image is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; images can be at most 10 MB`,
        path: PATH,
      },
    ]);
  }
  const kind = SIGNATURES.find((signature) => signature.test(bytes));
  if (!kind) {
    throw SandboxError.badRequest(
      'base64_image is not an image: upload a JPEG or PNG',
      PATH,
      'INVALID_IMAGE',
    );
  }
  if (!kind.accepted) {
    throw new SandboxError(415, 'Unsupported Media Type', [
      {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: `The image is ${kind.format.toUpperCase()}; upload a JPEG or PNG`,
        path: PATH,
        data: kind.format,
      },
    ]);
  }
  let width = 0;
  let height = 0;
  try {
    const meta = await sharp(bytes).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch {
    // Reported below as an image that cannot be read.
  }
  if (width === 0 || height === 0) {
    throw SandboxError.badRequest(
      `base64_image is a damaged ${kind.format.toUpperCase()} that cannot be read`,
      PATH,
      'INVALID_IMAGE',
    );
  }
  if (width > MAX_UPLOAD_SIDE || height > MAX_UPLOAD_SIDE) {
    throw new SandboxError(413, 'Payload Too Large', [
      {
        code: 'PAYLOAD_TOO_LARGE',
        message: `The image is ${width}×${height} pixels; images can be at most 10,000 pixels wide or high`,
        path: PATH,
      },
    ]);
  }
  return { bytes, format: kind.format as 'jpeg' | 'png', width, height };
}

interface UploadRecord {
  user_id: string;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  created_time: string;
}

export class CvUploads {
  private readonly features = new LruCache<string, Promise<VisualFeatures>>(200);

  constructor(private readonly dir: string) {}

  /** Keeps a checked upload for `userId`; answers its upload id. */
  async add(userId: string, upload: CheckedUpload): Promise<string> {
    // Features first: a picture sharp cannot decode fully is refused before it is kept.
    let features: VisualFeatures;
    try {
      features = await featuresOfPicture(upload.bytes);
    } catch {
      throw SandboxError.badRequest(
        `base64_image is a damaged ${upload.format.toUpperCase()} that cannot be read`,
        PATH,
        'INVALID_IMAGE',
      );
    }
    const id = `U${randomBytes(16).toString('hex')}`;
    const record: UploadRecord = {
      user_id: userId,
      format: upload.format,
      width: upload.width,
      height: upload.height,
      created_time: new Date().toISOString(),
    };
    await fs.promises.mkdir(this.dir, { recursive: true });
    await fs.promises.writeFile(this.file(id, upload.format), upload.bytes);
    await fs.promises.writeFile(this.file(id, 'json'), JSON.stringify(record));
    this.features.set(id, Promise.resolve(features));
    return id;
  }

  /** The features of `userId`'s upload, or a 404 when there is none (or it is someone else's). */
  async featuresOf(userId: string, uploadId: string, path: string): Promise<VisualFeatures> {
    const record = UPLOAD_ID.test(uploadId) ? await this.record(uploadId) : undefined;
    if (!record || record.user_id !== userId) {
      throw SandboxError.notFound(`Upload ${uploadId} not found`, path);
    }
    let made = this.features.get(uploadId);
    if (!made) {
      made = fs.promises
        .readFile(this.file(uploadId, record.format))
        .then((bytes) => featuresOfPicture(bytes));
      this.features.set(uploadId, made);
    }
    return made;
  }

  private async record(uploadId: string): Promise<UploadRecord | undefined> {
    try {
      return JSON.parse(
        await fs.promises.readFile(this.file(uploadId, 'json'), 'utf8'),
      ) as UploadRecord;
    } catch {
      return undefined;
    }
  }

  private file(uploadId: string, extension: string): string {
    return path.join(this.dir, `${uploadId}.${extension === 'jpeg' ? 'jpg' : extension}`);
  }
}
