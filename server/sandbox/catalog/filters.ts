// The image search filters of the vendor's searchImages operation, as predicates over
// the in-memory columns. Each filter narrows the result; all of them must hold (AND).
import { findCategory, categoryBit } from '../categories';
import { colorDistance, parseHex, saturation } from '../colors';
import { PEOPLE_AGES } from '../seed/people';
import { SandboxError } from '../errors';
import {
  dayNumber,
  ethnicityBit,
  GENDER_CODES,
  IMAGE_TYPES,
  MAX_COLORS,
  type CatalogColumns,
  type ImageTypeName,
} from './columns';

export interface ImageFilterParams {
  image_type?: string[];
  orientation?: 'horizontal' | 'vertical';
  category?: string[];
  color?: string;
  contributor?: string[];
  people_number?: number;
  people_age?: string;
  people_gender?: 'male' | 'female' | 'both';
  people_ethnicity?: string[];
  people_model_released?: boolean;
  added_date?: string;
  added_date_start?: string;
  added_date_end?: string;
  width?: number;
  width_from?: number;
  width_to?: number;
  height?: number;
  height_from?: number;
  height_to?: number;
  aspect_ratio?: number;
  aspect_ratio_min?: number;
  aspect_ratio_max?: number;
  license?: string[];
  safe?: boolean;
}

export type Filter = (index: number) => boolean;

/** How close (redmean distance) an image's nearest dominant colour must be to the asked colour. */
export const COLOR_MATCH_DISTANCE = 110;
/** Tolerance of an exact aspect_ratio, as the vendor rounds aspects to 4 decimals in practice. */
const ASPECT_TOLERANCE = 0.01;

/** Values of an array parameter, whether repeated (a=1&a=2) or comma-separated (a=1,2). */
export function listValues(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

export function buildFilters(
  columns: CatalogColumns,
  params: ImageFilterParams,
  contributorIds: (namesOrIds: string[]) => number[],
): Filter[] {
  const c = columns;
  const filters: Filter[] = [];

  const types = listValues(params.image_type);
  if (types.length > 0) {
    const wanted = new Set(types.map((type) => IMAGE_TYPES.indexOf(type as ImageTypeName)));
    filters.push((i) => wanted.has(c.type[i] as number));
  }

  if (params.orientation === 'horizontal') filters.push((i) => (c.aspect[i] as number) > 1);
  if (params.orientation === 'vertical') filters.push((i) => (c.aspect[i] as number) < 1);

  const categories = listValues(params.category);
  if (categories.length > 0) {
    let mask = 0;
    for (const value of categories) {
      const category = findCategory(value);
      if (!category) {
        throw SandboxError.badRequest(
          `Unknown category "${value}"; see GET /v2/images/categories`,
          '$.query.category',
          'VALIDATION_ENUM_MISMATCH',
        );
      }
      mask |= categoryBit(category.id);
    }
    filters.push((i) => ((c.categoryMask[i] as number) & mask) !== 0);
  }

  if (params.color !== undefined) filters.push(colorFilter(c, params.color));

  const contributors = listValues(params.contributor);
  if (contributors.length > 0) {
    const ids = new Set(contributorIds(contributors));
    filters.push((i) => ids.has(c.contributor[i] as number));
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
    let include = 0;
    let exclude = 0;
    for (const value of ethnicities) {
      const negated = /^NOT\s+/i.exec(value);
      if (negated) exclude |= ethnicityBit(value.slice(negated[0].length).toLowerCase());
      else include |= ethnicityBit(value.toLowerCase());
    }
    if (include !== 0) filters.push((i) => ((c.ethnicityMask[i] as number) & include) !== 0);
    if (exclude !== 0) filters.push((i) => ((c.ethnicityMask[i] as number) & exclude) === 0);
  }
  if (params.people_model_released !== undefined) {
    const released = params.people_model_released ? 1 : 0;
    filters.push((i) => c.modelReleased[i] === released);
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

  range(filters, c.width, params.width, params.width_from, params.width_to);
  range(filters, c.height, params.height, params.height_from, params.height_to);
  if (params.aspect_ratio !== undefined) {
    const aspect = params.aspect_ratio;
    filters.push((i) => Math.abs((c.aspect[i] as number) - aspect) <= ASPECT_TOLERANCE);
  }
  if (params.aspect_ratio_min !== undefined) {
    const min = params.aspect_ratio_min;
    filters.push((i) => (c.aspect[i] as number) >= min);
  }
  if (params.aspect_ratio_max !== undefined) {
    const max = params.aspect_ratio_max;
    filters.push((i) => (c.aspect[i] as number) <= max);
  }

  // Editorial images are licensed editorially; commercial and enhanced licenses cover the rest.
  const licenses = new Set(listValues(params.license ?? ['commercial']));
  const editorial = licenses.has('editorial');
  const commercial = licenses.has('commercial') || licenses.has('enhanced');
  if (!(editorial && commercial)) filters.push((i) => (c.editorial[i] === 1) === editorial);

  if (params.safe !== false) filters.push((i) => c.adult[i] === 0);
  return filters;
}

function range(
  filters: Filter[],
  column: Int32Array,
  exact?: number,
  from?: number,
  to?: number,
): void {
  if (exact !== undefined) filters.push((i) => column[i] === exact);
  if (from !== undefined) filters.push((i) => (column[i] as number) >= from);
  if (to !== undefined) filters.push((i) => (column[i] as number) <= to);
}

function checkedDay(date: string, name: string): number {
  const day = dayNumber(date);
  if (!Number.isFinite(day)) {
    throw SandboxError.badRequest(
      `${name} must be a date in the format YYYY-MM-DD`,
      `$.query.${name}`,
      'VALIDATION_INVALID_FORMAT',
    );
  }
  return day;
}

function colorFilter(c: CatalogColumns, value: string): Filter {
  if (value.toLowerCase() === 'grayscale') {
    return (i) => {
      for (let k = 0; k < MAX_COLORS; k++) {
        const color = c.colors[i * MAX_COLORS + k] as number;
        if (color >= 0 && saturation(color) > 0.12) return false;
      }
      return true;
    };
  }
  const wanted = parseHex(value);
  if (wanted === undefined) {
    throw SandboxError.badRequest(
      'color must be a hexadecimal colour such as 4F21EA, or grayscale',
      '$.query.color',
      'VALIDATION_INVALID_FORMAT',
    );
  }
  return (i) => {
    for (let k = 0; k < MAX_COLORS; k++) {
      const color = c.colors[i * MAX_COLORS + k] as number;
      if (color >= 0 && colorDistance(color, wanted) <= COLOR_MATCH_DISTANCE) return true;
    }
    return false;
  };
}
