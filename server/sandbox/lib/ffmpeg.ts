// The one way the sandbox runs ffmpeg (the binary of @ffmpeg-installer/ffmpeg): input on
// stdin when given, the output on stdout (or in the file the arguments name), bounded in
// time. Audio previews, licensed sounds, custom music and video clips all go through it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const FFMPEG_PATH = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;

const TIMEOUT_MS = 20_000;

/** Runs ffmpeg with `input` on stdin; resolves with stdout, rejects on failure or timeout. */
export function runFfmpeg(args: string[], input?: Buffer, timeoutMs = TIMEOUT_MS): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(FFMPEG_PATH, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let errors = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`ffmpeg failed (${signal ?? code}): ${errors.trim().slice(0, 500)}`));
    });
    child.stdin.on('error', () => {
      // ffmpeg exited early; 'close' reports why.
    });
    child.stdin.end(input);
  });
}
