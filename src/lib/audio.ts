/** 125 → "2:05"; 3725 → "1:02:05". */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '–:––';
  // A sound under a second still shows as lasting one.
  const total = seconds > 0 && seconds < 1 ? 1 : Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Previews are at most 30 seconds long (the vendor's and the sandbox's). */
export const PREVIEW_SECONDS = 30;

export function previewLength(duration: number | undefined): number {
  return Math.min(PREVIEW_SECONDS, duration && duration > 0 ? duration : PREVIEW_SECONDS);
}

/** Where a keyboard key moves a seek slider of `length` seconds from `time`, or null. */
export function seekTarget(key: string, time: number, length: number): number | null {
  const step = length >= 20 ? 5 : 1;
  const big = Math.max(step, length / 10);
  let next: number;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = time - step;
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = time + step;
      break;
    case 'PageDown':
      next = time - big;
      break;
    case 'PageUp':
      next = time + big;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = length - 0.1;
      break;
    default:
      return null;
  }
  return Math.min(Math.max(0, next), Math.max(0, length - 0.1));
}
