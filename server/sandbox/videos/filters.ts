// The filters of the vendor's searchVideos operation as predicates over the in-memory
// columns; all of them must hold (AND).
import { SandboxError } from '../errors';
import { assetFilters, listValues, type AssetFilterParams } from '../lib/asset-filters';
import { findVideoCategory, videoCategoryBit } from './categories';
import { ASPECT_CODES, type VideoColumns } from './columns';
import { RESOLUTION_FILTER, RESOLUTIONS } from './formats';
import type { Filter } from '../lib/catalog-search';

export interface VideoFilterParams extends AssetFilterParams {
  aspect_ratio?: keyof typeof ASPECT_CODES;
  category?: string;
  duration?: number;
  duration_from?: number;
  duration_to?: number;
  fps?: number;
  fps_from?: number;
  fps_to?: number;
  model?: string[];
  resolution?: string;
}

/** fps values are stored as float32: compare with a little slack. */
const FPS_EPSILON = 0.005;

function badRequest(name: string, message: string, code = 'VALIDATION_ERROR'): SandboxError {
  return SandboxError.badRequest(message, `$.query.${name}`, code);
}

function checkRange(from: number | undefined, to: number | undefined, name: string): void {
  if (from !== undefined && to !== undefined && from > to)
    throw badRequest(`${name}_from`, `${name}_from must not be greater than ${name}_to`);
}

export function buildVideoFilters(
  c: VideoColumns,
  params: VideoFilterParams,
  contributorIds: (namesOrIds: string[]) => number[],
): Filter[] {
  const filters: Filter[] = [];

  const categories = listValues(params.category === undefined ? undefined : [params.category]);
  if (categories.length > 0) {
    let mask = 0;
    for (const value of categories) {
      const category = findVideoCategory(value);
      if (!category)
        throw badRequest(
          'category',
          `Unknown category "${value}"; see GET /v2/videos/categories`,
          'VALIDATION_ENUM_MISMATCH',
        );
      mask |= videoCategoryBit(category.id);
    }
    filters.push((i) => ((c.categoryMask[i] as number) & mask) !== 0);
  }

  if (params.resolution !== undefined) {
    const wanted = RESOLUTIONS.indexOf(RESOLUTION_FILTER[params.resolution] ?? 'hd');
    filters.push((i) => c.resolution[i] === wanted);
  }
  if (params.aspect_ratio !== undefined) {
    const wanted = ASPECT_CODES[params.aspect_ratio];
    filters.push((i) => c.aspect[i] === wanted);
  }

  checkRange(params.duration_from, params.duration_to, 'duration');
  if (params.duration !== undefined) {
    const seconds = params.duration;
    filters.push((i) => Math.floor(c.duration[i] as number) === seconds);
  }
  if (params.duration_from !== undefined) {
    const from = params.duration_from;
    filters.push((i) => (c.duration[i] as number) >= from);
  }
  if (params.duration_to !== undefined) {
    const to = params.duration_to;
    filters.push((i) => (c.duration[i] as number) <= to + 0.999);
  }

  checkRange(params.fps_from, params.fps_to, 'fps');
  if (params.fps !== undefined) {
    const fps = params.fps;
    filters.push((i) => Math.abs((c.fps[i] as number) - fps) < FPS_EPSILON);
  }
  if (params.fps_from !== undefined) {
    const from = params.fps_from - FPS_EPSILON;
    filters.push((i) => (c.fps[i] as number) >= from);
  }
  if (params.fps_to !== undefined) {
    const to = params.fps_to + FPS_EPSILON;
    filters.push((i) => (c.fps[i] as number) <= to);
  }

  // "Videos with each of the specified models": every model must appear.
  for (const model of listValues(params.model)) {
    const with_ = new Set(c.byModel.get(model) ?? []);
    filters.push((i) => with_.has(i));
  }

  // Without license: commercial footage; license=editorial: editorial footage; both: all.
  filters.push(...assetFilters(c, params, contributorIds, ['commercial']));
  return filters;
}
