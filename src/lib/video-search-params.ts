import type { VideoSearchParams } from '@/api/video-types';
import { normalizeUrlState, parseUrlState, urlStateHref, type UrlSchema } from './url-state';

export const VIDEO_RESOLUTIONS = ['4k', 'high_definition', 'standard_definition'] as const;
export const VIDEO_ASPECT_RATIOS = ['16_9', '4_3', 'nonstandard'] as const;
export const VIDEO_SORTS = ['relevance', 'popular', 'newest', 'random'] as const;
export const VIDEO_LICENSES = ['commercial', 'editorial'] as const;

/** Every URL search parameter of the video search page, in the order they are written. */
export const VIDEO_SCHEMA = {
  query: { type: 'string' },
  duration_from: { type: 'int', min: 0 },
  duration_to: { type: 'int', min: 0 },
  resolution: { type: 'enum', values: VIDEO_RESOLUTIONS },
  fps_from: { type: 'number', min: 0 },
  fps_to: { type: 'number', min: 0 },
  aspect_ratio: { type: 'enum', values: VIDEO_ASPECT_RATIOS },
  category: { type: 'string' },
  people_number: { type: 'int', min: 0, max: 4 },
  people_model_released: { type: 'boolean' },
  contributor: { type: 'strings' },
  added_date_start: { type: 'date' },
  added_date_end: { type: 'date' },
  license: { type: 'enum', values: VIDEO_LICENSES },
  safe: { type: 'boolean' },
  sort: { type: 'enum', values: VIDEO_SORTS },
} as const satisfies Record<keyof VideoSearchParams, UrlSchema[string]>;

export const parseVideoParams = (search: URLSearchParams | string) =>
  parseUrlState<VideoSearchParams>(VIDEO_SCHEMA, search);
export const normalizeVideoParams = (params: VideoSearchParams) =>
  normalizeUrlState(VIDEO_SCHEMA, params);
export const videoSearchHref = (params: VideoSearchParams) =>
  urlStateHref(VIDEO_SCHEMA, params, '/videos');
export const effectiveVideoSort = (params: VideoSearchParams) =>
  params.sort ?? (params.query ? 'relevance' : 'popular');
