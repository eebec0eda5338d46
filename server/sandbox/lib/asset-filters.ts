// What image and video search share beyond the engine: the columns every asset catalog
// keeps (contributor, people, date added, editorial, adult), the filters over them, the
// result orders and the id lookup. Each catalog adds its own columns and filters.
import { SandboxError } from '../errors';
import { PEOPLE_AGES } from '../seed/people';
import { dayNumber, ethnicityBit, GENDER_CODES, type AssetColumns } from './asset-columns';
import type { Filter } from './catalog-search';

export interface AssetFilterParams {
  contributor?: string[];
  people_number?: number;
  people_age?: string;
  people_gender?: 'male' | 'female' | 'both';
  people_ethnicity?: string[];
  people_model_released?: boolean;
  added_date?: string;
  added_date_start?: string;
  added_date_end?: string;
  license?: string[];
  safe?: boolean;
}

/** Values of an array parameter, whether repeated (a=1&a=2) or comma-separated (a=1,2). */
export function listValues(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/**
 * The filters every asset search has, after the catalog's own: contributor, people, date
 * added, license (editorial assets for license=editorial; `commercial` names the licenses
 * that cover the rest), and safe search.
 */
export function assetFilters(
  c: AssetColumns,
  params: AssetFilterParams,
  contributorIds: (namesOrIds: string[]) => number[],
  commercial: readonly string[],
): Filter[] {
  const filters: Filter[] = [];
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

  const licenses = new Set(listValues(params.license ?? ['commercial']));
  const editorial = licenses.has('editorial');
  const covered = commercial.some((name) => licenses.has(name));
  if (!(editorial && covered)) filters.push((i) => (c.editorial[i] === 1) === editorial);

  if (params.safe !== false) filters.push((i) => c.adult[i] === 0);
  return filters;
}

/** A date parameter's day number; a 400 naming the parameter when it is not a date. */
export function checkedDay(date: string, name: string): number {
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
