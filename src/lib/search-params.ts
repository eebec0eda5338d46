import type {
  ImageLicense,
  ImageOrientation,
  ImageSearchParams,
  ImageSort,
  ImageType,
  PeopleAge,
  PeopleEthnicityName,
  PeopleGender,
} from '@/api/types';
import {
  normalizeUrlState,
  parseUrlState,
  urlStateHref,
  writeUrlState,
  type UrlKind,
} from './url-state';

export const IMAGE_TYPES: readonly ImageType[] = ['photo', 'illustration', 'vector'];
export const ORIENTATIONS: readonly ImageOrientation[] = ['horizontal', 'vertical'];
export const LICENSES: readonly ImageLicense[] = ['commercial', 'editorial', 'enhanced'];
export const SORTS: readonly ImageSort[] = ['relevance', 'popular', 'newest', 'random'];
/** The people counts a search can ask for: 4 stands for four or more. */
export const PEOPLE_NUMBERS = [0, 1, 2, 3, 4] as const;

export function peopleNumberLabel(n: number): string {
  return n === 0 ? 'No people' : n === 4 ? '4+ people' : n === 1 ? '1 person' : `${n} people`;
}

export const PEOPLE_AGES: readonly PeopleAge[] = [
  'infants',
  'children',
  'teenagers',
  '20s',
  '30s',
  '40s',
  '50s',
  '60s',
  'older',
];
export const PEOPLE_GENDERS: readonly PeopleGender[] = ['male', 'female', 'both'];
export const PEOPLE_ETHNICITIES: readonly PeopleEthnicityName[] = [
  'african',
  'african_american',
  'black',
  'brazilian',
  'chinese',
  'caucasian',
  'east_asian',
  'hispanic',
  'japanese',
  'middle_eastern',
  'native_american',
  'pacific_islander',
  'south_asian',
  'southeast_asian',
  'other',
];

/** Every URL search parameter of the search page, in the order they are written. */
const SCHEMA = {
  query: { type: 'string' },
  image_type: { type: 'enums', values: IMAGE_TYPES },
  orientation: { type: 'enum', values: ORIENTATIONS },
  category: { type: 'string' },
  color: { type: 'color' },
  people_number: { type: 'int', min: 0, max: 4 },
  people_age: { type: 'enum', values: PEOPLE_AGES },
  people_gender: { type: 'enum', values: PEOPLE_GENDERS },
  people_ethnicity: {
    type: 'enums',
    values: [...PEOPLE_ETHNICITIES, ...PEOPLE_ETHNICITIES.map((name) => `NOT ${name}`)],
  },
  people_model_released: { type: 'boolean' },
  contributor: { type: 'strings' },
  added_date: { type: 'date' },
  added_date_start: { type: 'date' },
  added_date_end: { type: 'date' },
  width_from: { type: 'int', min: 0 },
  width_to: { type: 'int', min: 0 },
  height_from: { type: 'int', min: 0 },
  height_to: { type: 'int', min: 0 },
  aspect_ratio_min: { type: 'number', positive: true },
  aspect_ratio_max: { type: 'number', positive: true },
  license: { type: 'enums', values: LICENSES },
  safe: { type: 'boolean' },
  sort: { type: 'enum', values: SORTS },
  spellcheck_query: { type: 'boolean' },
} as const satisfies Record<keyof ImageSearchParams, UrlKind>;

export type SearchParamKey = keyof ImageSearchParams;
export const SEARCH_PARAM_KEYS = Object.keys(SCHEMA) as SearchParamKey[];

/** Reads the search state from a URL's search params; unknown or malformed values are dropped. */
export const parseSearchParams = (search: URLSearchParams | string): ImageSearchParams =>
  parseUrlState(SCHEMA, search);

/** Writes the search state as URL search params, in a stable order, arrays repeated. */
export const toSearchParams = (params: ImageSearchParams): URLSearchParams =>
  writeUrlState(SCHEMA, params);

/** `?query=…&…` for a link, or the bare pathname when there is no state. */
export const searchHref = (params: ImageSearchParams, pathname = '/'): string =>
  urlStateHref(SCHEMA, params, pathname);

/** The sort actually used: explicit, else relevance for a query and popularity for browsing. */
export function effectiveSort(params: ImageSearchParams): ImageSort {
  return params.sort ?? (params.query ? 'relevance' : 'popular');
}

/** The filters (everything but query and sort), for counting and chips. */
export function filterKeys(params: ImageSearchParams): SearchParamKey[] {
  return SEARCH_PARAM_KEYS.filter(
    (key) =>
      key !== 'query' && key !== 'sort' && key !== 'spellcheck_query' && params[key] !== undefined,
  );
}

/** A copy without undefined members, so equal states compare and hash equal. */
export const normalizeParams = (params: ImageSearchParams): ImageSearchParams =>
  normalizeUrlState(SCHEMA, params);
