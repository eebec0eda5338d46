// Where the audio media live (public URLs under /sandbox/media/audio and /sandbox/media/sfx)
// and the bitrates they are encoded at.

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

/** The approximate size of a generated file, for the responses' file_size (before it exists). */
export function estimatedSize(file: AudioMediaFile, seconds: number): number {
  switch (file) {
    case 'preview.mp3':
      return Math.round((seconds * MP3_KBPS * 1000) / 8);
    case 'preview.ogg':
      return Math.round((seconds * 80 * 1000) / 8);
    case 'waveform.png':
      return 9_000;
    case 'waveform.json':
      return 2_400;
  }
}
