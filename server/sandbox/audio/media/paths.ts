// Where the audio media live (public URLs under /sandbox/media/audio and /sandbox/media/sfx)
// and the bitrates they are encoded at.
import { SAMPLE_RATE, sampleCount } from './dsp';

export type AudioMediaKind = 'audio' | 'sfx';
export const AUDIO_MEDIA_FILES = [
  'preview.mp3',
  'preview.ogg',
  'waveform.png',
  'waveform.json',
] as const;
export type AudioMediaFile = (typeof AUDIO_MEDIA_FILES)[number];

export const isAudioMediaFile = (file: string): file is AudioMediaFile =>
  (AUDIO_MEDIA_FILES as readonly string[]).includes(file);

/** Previews are at most this long (the vendor's are 30 s too). */
export const PREVIEW_SECONDS = 30;
/** MP3 bitrate in kbit/s (mono). */
export const MP3_KBPS = 96;

export function audioMediaPath(kind: AudioMediaKind, id: string, file: AudioMediaFile): string {
  return `/sandbox/media/${kind}/${encodeURIComponent(id)}/${file}`;
}

/** The title written in an asset's sound files (their tags, and so their sizes, hold it). */
export const soundTitle = (kind: AudioMediaKind, id: string) =>
  `Stockroom sandbox ${kind === 'audio' ? 'track' : 'sound effect'} ${id}`;

/** The comment written in a preview's tags. */
export const PREVIEW_COMMENT = 'Stockroom sandbox preview';

/** The name ffmpeg (the @ffmpeg-installer build) writes in the tags as their encoder. */
const ENCODER_TAG = 'Lavf58.24.100';
/** Samples in an MP3 frame (MPEG-1 layer III). */
const MP3_FRAME_SAMPLES = 1152;

/** Bytes of an ID3v2.4 text frame: its header, the encoding byte, the text and its NUL. */
const textFrameBytes = (text: string) => 10 + 1 + Buffer.byteLength(text) + 1;

/**
 * Bytes of the ID3v2.4 tag ffmpeg writes ahead of a preview MP3, but for its title's frame:
 * the tag header, the comment (TXXX: description and value), the encoder (TSSE), padding.
 */
const TAG_BYTES_BESIDES_TITLE =
  10 + textFrameBytes(`comment\0${PREVIEW_COMMENT}`) + textFrameBytes(ENCODER_TAG) + 10;

/**
 * The exact size of a preview MP3 of `samples` samples: its tag, the Info frame, and a frame
 * for every 1,152 samples begun. At a constant bit rate a frame is 313 bytes at 96 kbit/s,
 * and LAME adds a byte to a frame whenever the frames so far fall short of the rate (the
 * Info frame never). media.test.ts holds it to ffmpeg's own output.
 */
export function previewMp3Bytes(samples: number, title: string): number {
  const frames = Math.ceil(samples / MP3_FRAME_SAMPLES);
  // A frame's bytes times the sample rate: 144 × bit rate (MPEG-1 layer III).
  const perFrame = (MP3_FRAME_SAMPLES / 8) * MP3_KBPS * 1000;
  const whole = Math.floor(perFrame / SAMPLE_RATE);
  const padding = Math.ceil((frames * (perFrame % SAMPLE_RATE)) / SAMPLE_RATE);
  return TAG_BYTES_BESIDES_TITLE + textFrameBytes(title) + whole * (frames + 1) + padding;
}

/**
 * A preview file's size, for the responses' file_size before the file exists: exact for the
 * MP3 (constant bit rate); estimated for the OGG (variable) and the waveforms, which only
 * their making tells.
 */
export function previewFileSize(
  kind: AudioMediaKind,
  id: string,
  file: AudioMediaFile,
  seconds: number,
): number {
  switch (file) {
    case 'preview.mp3':
      return previewMp3Bytes(sampleCount(seconds), soundTitle(kind, id));
    case 'preview.ogg':
      return Math.round((seconds * 80 * 1000) / 8);
    case 'waveform.png':
      return 9_000;
    case 'waveform.json':
      return 2_400;
  }
}
