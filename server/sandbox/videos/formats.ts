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

/** Renditions a video of this resolution offers, smallest first. */
export function renditions(resolution: Resolution): Resolution[] {
  return RESOLUTIONS.slice(0, RESOLUTIONS.indexOf(resolution) + 1);
}
