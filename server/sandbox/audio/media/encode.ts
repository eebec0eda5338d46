// PCM → MP3 / OGG: the samples go to ffmpeg on stdin (32-bit float, mono), the encoded
// file comes back on stdout.
import { runFfmpeg } from '../../lib/ffmpeg';
import { MP3_KBPS, PREVIEW_COMMENT } from './paths';
import { SAMPLE_RATE } from './dsp';

export type AudioFormat = 'mp3' | 'ogg';

const CODECS: Record<AudioFormat, string[]> = {
  // LAME's faster quality setting (-q 7): a third of the default's time, plenty for a preview.
  mp3: ['-c:a', 'libmp3lame', '-b:a', `${MP3_KBPS}k`, '-compression_level', '7', '-f', 'mp3'],
  ogg: ['-c:a', 'libvorbis', '-q:a', '2', '-f', 'ogg'],
};

/** The ffmpeg arguments that read mono 32-bit float samples from stdin. */
export const PCM_INPUT = [
  ...['-hide_banner', '-loglevel', 'error', '-nostdin'],
  ...['-f', 'f32le', '-ar', String(SAMPLE_RATE), '-ac', '1', '-i', 'pipe:0'],
];

/** The samples as the bytes ffmpeg reads on stdin. */
export function pcmBytes(pcm: Float32Array): Buffer {
  return Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);
}

export function encodeAudio(
  pcm: Float32Array,
  format: AudioFormat,
  title: string,
): Promise<Buffer> {
  const args = [
    ...PCM_INPUT,
    ...[
      '-map_metadata',
      '-1',
      '-metadata',
      `title=${title}`,
      '-metadata',
      `comment=${PREVIEW_COMMENT}`,
    ],
    ...CODECS[format],
    'pipe:1',
  ];
  return runFfmpeg(args, pcmBytes(pcm));
}
