// Where generated video media live: /sandbox/media/{videos|editorial-videos}/:id/<file>.

export type VideoMediaKind = 'videos' | 'editorial-videos';

/** Frames in a video's thumb_jpgs strip. */
export const FRAME_COUNT = 12;

export const VIDEO_MEDIA_FILES = [
  'thumb.jpg',
  'preview.jpg',
  'preview.mp4',
  'preview.webm',
  'thumb.mp4',
  'thumb.webm',
  ...Array.from({ length: FRAME_COUNT }, (_, i) => `frames-${i + 1}.jpg`),
] as const;

export function videoMediaPath(kind: VideoMediaKind, id: string, file: string): string {
  return `/sandbox/media/${kind}/${encodeURIComponent(id)}/${file}`;
}

export function videoMediaUrls(kind: VideoMediaKind, id: string, origin: string) {
  const url = (file: string) => origin + videoMediaPath(kind, id, file);
  return {
    thumbJpg: url('thumb.jpg'),
    previewJpg: url('preview.jpg'),
    previewMp4: url('preview.mp4'),
    previewWebm: url('preview.webm'),
    thumbMp4: url('thumb.mp4'),
    thumbWebm: url('thumb.webm'),
    frames: Array.from({ length: FRAME_COUNT }, (_, i) => url(`frames-${i + 1}.jpg`)),
  };
}
