// Video technical facts: resolutions with real pixel sizes per aspect ratio, frame
// rates, and the vendor's aspect_ratio filter values (4_3, 16_9, nonstandard).

export type Resolution = 'sd' | 'hd' | '4k';
export const RESOLUTIONS: readonly Resolution[] = ['sd', 'hd', '4k'];
/** The search filter's names for each resolution. */
export const RESOLUTION_FILTER: Record<string, Resolution> = {
  standard_definition: 'sd',
  high_definition: 'hd',
  '4k': '4k',
};

export const FPS_VALUES = [23.976, 24, 25, 29.97, 30, 50, 59.94, 60] as const;

export interface AspectFormat {
  /** As the Video's aspect_ratio field says it. */
  ratio: string;
  /** Pixel sizes of the sd, hd and 4k renditions. */
  sizes: Record<Resolution, [number, number]>;
}

// prettier-ignore
export const ASPECT_FORMATS: readonly AspectFormat[] = [
  { ratio: '16:9', sizes: { sd: [852, 480], hd: [1920, 1080], '4k': [3840, 2160] } },
  { ratio: '4:3', sizes: { sd: [640, 480], hd: [1440, 1080], '4k': [2880, 2160] } },
  { ratio: '9:16', sizes: { sd: [480, 852], hd: [1080, 1920], '4k': [2160, 3840] } },
  { ratio: '1:1', sizes: { sd: [480, 480], hd: [1080, 1080], '4k': [2160, 2160] } },
  { ratio: '21:9', sizes: { sd: [1120, 480], hd: [2560, 1080], '4k': [5120, 2160] } },
  { ratio: '17:9', sizes: { sd: [906, 480], hd: [2048, 1080], '4k': [4096, 2160] } },
];

/** The vendor's aspect_ratio filter value of a ratio: 4_3, 16_9 or nonstandard. */
export function aspectFilterValue(ratio: string): '4_3' | '16_9' | 'nonstandard' {
  return ratio === '4:3' ? '4_3' : ratio === '16:9' ? '16_9' : 'nonstandard';
}

export function formatByRatio(ratio: string): AspectFormat {
  return (
    ASPECT_FORMATS.find((format) => format.ratio === ratio) ?? (ASPECT_FORMATS[0] as AspectFormat)
  );
}

/** H.264 in 4:2:0 needs even sides: a side rounded to the nearest even number (at least 2). */
export function evenSide(n: number): number {
  return Math.max(2, 2 * Math.round(n / 2));
}

export type Rendition = Resolution | 'web';

/**
 * Bits a second of each licensed rendition. Licensed clips are encoded at a constant bit
 * rate (x264 CBR with filler), so a clip's file size is this rate times its duration,
 * plus a little container overhead: the file_size the API announces is what is delivered.
 */
export const RENDITION_BITS_PER_SECOND: Record<Rendition, number> = {
  web: 600_000,
  sd: 2_000_000,
  hd: 6_000_000,
  '4k': 16_000_000,
};

/** Bytes of a licensed clip's container (MOV header and sample tables) per frame, measured. */
const CONTAINER_BYTES_PER_FRAME = 12;
const CONTAINER_BYTES = 1_200;

/** The size in bytes of a licensed clip of this rendition, duration and frame rate. */
export function renditionFileSize(rendition: Rendition, seconds: number, fps: number): number {
  const frames = Math.max(1, Math.round(seconds * fps));
  return Math.round(
    (RENDITION_BITS_PER_SECOND[rendition] / 8) * (frames / fps) +
      CONTAINER_BYTES +
      CONTAINER_BYTES_PER_FRAME * frames,
  );
}

/** Renditions a video of this resolution offers, smallest first. */
export function renditions(resolution: Resolution): Resolution[] {
  return RESOLUTIONS.slice(0, RESOLUTIONS.indexOf(resolution) + 1);
}
