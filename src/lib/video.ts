import type { Video, VideoAssets, VideoSizeDetails } from '@/api/video-types';

export type ResolutionBadge = '4K' | 'HD' | 'SD';

/** The best size a video is offered in, from its assets (full view). */
export function bestSize(
  assets: VideoAssets,
): { badge: ResolutionBadge; size: VideoSizeDetails } | undefined {
  if (assets['4k']) return { badge: '4K', size: assets['4k'] };
  if (assets.hd) return { badge: 'HD', size: assets.hd };
  const sd = assets.sd ?? assets.web;
  return sd ? { badge: 'SD', size: sd } : undefined;
}

/** 83.4 → "1:23"; 3725 → "1:02:05". */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '';
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function videoAspect(video: Pick<Video, 'aspect'>): number {
  return video.aspect && video.aspect > 0 ? video.aspect : 16 / 9;
}

export function formatFps(fps: number | undefined): string | undefined {
  if (fps === undefined) return undefined;
  return `${Number.isInteger(fps) ? fps : fps.toFixed(2).replace(/0+$/, '')} fps`;
}

/** A video's name in the app: its description, or its id when it has none. */
export function videoTitle(video: Pick<Video, 'id' | 'description'>): string {
  return video.description?.trim() || `Video ${video.id}`;
}
