// PCM → MP3 / OGG with the ffmpeg binary of @ffmpeg-installer/ffmpeg: the samples go in
// on stdin (32-bit float, mono), the encoded file comes back on stdout. Bounded in time.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { MP3_KBPS } from './paths';
import { SAMPLE_RATE } from './dsp';

const require = createRequire(import.meta.url);
export const FFMPEG_PATH = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;

export type AudioFormat = 'mp3' | 'ogg';

const CODECS: Record<AudioFormat, string[]> = {
  // LAME's faster quality setting (-q 7): a third of the default's time, plenty for a preview.
  mp3: ['-c:a', 'libmp3lame', '-b:a', `${MP3_KBPS}k`, '-compression_level', '7', '-f', 'mp3'],
  ogg: ['-c:a', 'libvorbis', '-q:a', '2', '-f', 'ogg'],
};

const TIMEOUT_MS = 20_000;

export function encodeAudio(
  pcm: Float32Array,
  format: AudioFormat,
  title: string,
): Promise<Buffer> {
  const args = [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin'],
    ...['-f', 'f32le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-i', 'pipe:0'],
    ...[
      '-map_metadata',
      '-1',
      '-metadata',
      `title=${title}`,
      '-metadata',
      'comment=Stockroom sandbox preview',
    ],
    ...CODECS[format],
    'pipe:1',
  ];
  return runFfmpeg(args, Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength));
}

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
