// Comps: the watermarked preview of an asset, downloaded for mock-ups without a license.
// The largest preview the API gives for each media type, under a name that says "comp".

export type CompMedia = 'image' | 'video' | 'audio' | 'sfx' | 'editorial-image' | 'editorial-video';

export interface Comp {
  url: string;
  filename: string;
  /** "JPEG · 1500 × 1000 px", "MP4", "MP3 · 1.2 MB". */
  detail: string;
}

interface Preview {
  url?: string;
  width?: number;
  height?: number;
  file_size?: number;
}

/** Largest first: the first one the asset has is its comp. */
const PREVIEWS: Record<CompMedia, { keys: readonly string[]; ext: string; kind: string }> = {
  image: { keys: ['preview_1500', 'preview_1000', 'preview'], ext: 'jpg', kind: 'JPEG' },
  'editorial-image': { keys: ['watermark_1500', 'watermark_450'], ext: 'jpg', kind: 'JPEG' },
  video: { keys: ['preview_mp4'], ext: 'mp4', kind: 'MP4' },
  'editorial-video': { keys: ['preview_mp4'], ext: 'mp4', kind: 'MP4' },
  audio: { keys: ['preview_mp3'], ext: 'mp3', kind: 'MP3' },
  sfx: { keys: ['preview_mp3'], ext: 'mp3', kind: 'MP3' },
};

/** `shutterstock_123_comp.jpg`: the vendor's name for the asset, marked as a comp. */
export function compFilename(id: string, ext: string): string {
  return `shutterstock_${id.replace(/[^\w-]/g, '_')}_comp.${ext}`;
}

function megabytes(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${Math.round(bytes / 1000)} KB`;
}

/** The comp of an asset, or undefined when the API gives it no preview. */
export function compOf(media: CompMedia, id: string, assets: object | undefined): Comp | undefined {
  const table = PREVIEWS[media];
  const previews = (assets ?? {}) as Record<string, Preview | undefined>;
  for (const key of table.keys) {
    const preview = previews[key];
    if (!preview?.url) continue;
    const detail = [
      table.kind,
      preview.width && preview.height ? `${preview.width} × ${preview.height} px` : undefined,
      preview.file_size ? megabytes(preview.file_size) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    return { url: preview.url, filename: compFilename(id, table.ext), detail };
  }
  return undefined;
}
