// The filters of the vendor's searchVideos operation as predicates over the in-memory
// columns; all of them must hold (AND).
import { dayNumber, ethnicityBit, GENDER_CODES } from '../catalog/columns';
import { listValues } from '../catalog/filters';
import { SandboxError } from '../errors';
import { PEOPLE_AGES } from '../seed/people';
import { findVideoCategory, videoCategoryBit } from './categories';
import { ASPECT_CODES, type VideoColumns } from './columns';
import { RESOLUTION_FILTER, RESOLUTIONS } from './formats';

export interface VideoFilterParams {
  added_date?: string;
  added_date_start?: string;
  added_date_end?: string;
  aspect_ratio?: keyof typeof ASPECT_CODES;
  category?: string;
  contributor?: string[];
  duration?: number;
  duration_from?: number;
  duration_to?: number;
  fps?: number;
  fps_from?: number;
  fps_to?: number;
  license?: string[];
  model?: string[];
  people_age?: string;
  people_ethnicity?: string[];
  people_gender?: 'male' | 'female' | 'both';
  people_number?: number;
  people_model_released?: boolean;
  resolution?: string;
  safe?: boolean;
}

export type Filter = (index: number) => boolean;

/** fps values are stored as float32: compare with a little slack. */
const FPS_EPSILON = 0.005;

function badRequest(name: string, message: string, code = 'VALIDATION_ERROR'): SandboxError {
  return SandboxError.badRequest(message, `$.query.${name}`, code);
}

function checkedDay(date: string, name: string): number {
  const day = dayNumber(date);
  if (!Number.isFinite(day))
    throw badRequest(
      name,
      `${name} must be a date in the format YYYY-MM-DD`,
      'VALIDATION_INVALID_FORMAT',
    );
  return day;
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

  const contributors = listValues(params.contributor);
  if (contributors.length > 0) {
    const ids = new Set(contributorIds(contributors));
    filters.push((i) => ids.has(c.contributor[i] as number));
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

  if (params.people_number !== undefined) {
    const number = params.people_number;
    filters.push((i) => c.peopleNumber[i] === number);
  }
  if (params.people_age !== undefined) {
    const age = PEOPLE_AGES.indexOf(params.people_age as (typeof PEOPLE_AGES)[number]);
    filters.push((i) => c.peopleAge[i] === age);
  }
  if (params.people_gender !== undefined) {
    const gender = GENDER_CODES[params.people_gender];
    filters.push((i) => c.peopleGender[i] === gender);
  }
  const ethnicities = listValues(params.people_ethnicity);
  if (ethnicities.length > 0) {
    const mask = ethnicities.reduce((m, e) => m | ethnicityBit(e), 0);
    filters.push((i) => ((c.ethnicityMask[i] as number) & mask) !== 0);
  }
  if (params.people_model_released !== undefined) {
    const released = params.people_model_released ? 1 : 0;
    filters.push((i) => c.modelReleased[i] === released);
  }

  // "Videos with each of the specified models": every model must appear.
  for (const model of listValues(params.model)) {
    const with_ = new Set(c.byModel.get(model) ?? []);
    filters.push((i) => with_.has(i));
  }

  if (params.added_date !== undefined) {
    const day = checkedDay(params.added_date, 'added_date');
    filters.push((i) => c.day[i] === day);
  }
  if (params.added_date_start !== undefined) {
    const day = checkedDay(params.added_date_start, 'added_date_start');
    filters.push((i) => (c.day[i] as number) >= day);
  }
  if (params.added_date_end !== undefined) {
    const day = checkedDay(params.added_date_end, 'added_date_end');
    filters.push((i) => (c.day[i] as number) < day);
  }

  // Without license: commercial footage; license=editorial: editorial footage; both: all.
  const licenses = new Set(listValues(params.license ?? ['commercial']));
  const editorial = licenses.has('editorial');
  const commercial = licenses.has('commercial');
  if (!(editorial && commercial)) filters.push((i) => (c.editorial[i] === 1) === editorial);

  if (params.safe !== false) filters.push((i) => c.adult[i] === 0);
  return filters;
}
