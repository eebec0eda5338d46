// Reading the files the app hands over, so specs can check their bytes: a download's
// contents, a ZIP's entries, and ffmpeg's reading of a clip (container, streams, length).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import type { Download } from '@playwright/test';

export async function fileOf(download: Download): Promise<Buffer> {
  return fs.readFileSync(await download.path());
}

/** ffmpeg's reading of a clip (its stderr lists the container and streams). */
export function probeClip(file: Buffer): string {
  const input = path.join(
    os.tmpdir(),
    `stockroom-e2e-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  fs.writeFileSync(input, file);
  try {
    return spawnSync(ffmpegInstaller.path, ['-hide_banner', '-i', input]).stderr.toString();
  } finally {
    fs.rmSync(input, { force: true });
  }
}

/** A clip's length in seconds, from ffmpeg's reading. */
export function durationOf(probe: string): number {
  const [, h = '0', m = '0', s = '0'] = /Duration: (\d+):(\d+):([\d.]+)/.exec(probe) ?? [];
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** Each stored entry of a ZIP (client-zip stores without compression): name → bytes. */
export function zipFiles(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0;) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    let size = zip.readUInt32LE(at + 20);
    let offset = zip.readUInt32LE(at + 42);
    // Zip64: the sizes and offset that did not fit are in the 0x0001 extra field, in order.
    const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length;) {
      const id = extra.readUInt16LE(e);
      const length = extra.readUInt16LE(e + 2);
      if (id === 1) {
        let field = e + 4;
        if (zip.readUInt32LE(at + 24) === 0xffffffff) field += 8;
        if (size === 0xffffffff) size = Number(extra.readBigUInt64LE((field += 8) - 8));
        if (offset === 0xffffffff) offset = Number(extra.readBigUInt64LE(field));
      }
      e += 4 + length;
    }
    const local = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    files.set(name, zip.subarray(local, local + size));
    at = zip.indexOf('PK\x01\x02', at + 46 + nameLength + extraLength + commentLength, 'latin1');
  }
  return files;
}
