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

type Kind =
  | { type: 'string' }
  | { type: 'strings' }
  | { type: 'int'; min?: number; max?: number }
  | { type: 'number'; positive?: boolean }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'enums'; values: readonly string[] }
  | { type: 'color' };

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
} as const satisfies Record<keyof ImageSearchParams, Kind>;

export type SearchParamKey = keyof ImageSearchParams;
export const SEARCH_PARAM_KEYS = Object.keys(SCHEMA) as SearchParamKey[];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEX = /^[0-9a-f]{6}$/i;

function parseOne(kind: Kind, values: string[]): unknown {
  const first = values[0]?.trim();
  switch (kind.type) {
    case 'string':
      return first ? first : undefined;
    case 'strings': {
      const list = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      return list.length ? [...new Set(list)] : undefined;
    }
    case 'int': {
      if (!first || !/^-?\d+$/.test(first)) return undefined;
      const n = Number(first);
      if (kind.min !== undefined && n < kind.min) return undefined;
      if (kind.max !== undefined && n > kind.max) return undefined;
      return n;
    }
    case 'number': {
      if (!first) return undefined;
      const n = Number(first);
      if (!Number.isFinite(n) || (kind.positive && n <= 0)) return undefined;
      return n;
    }
    case 'boolean':
      return first === 'true' ? true : first === 'false' ? false : undefined;
    case 'date':
      return first && DATE.test(first) ? first : undefined;
    case 'enum':
      return first && kind.values.includes(first) ? first : undefined;
    case 'enums': {
      const list = values.filter((v) => kind.values.includes(v));
      return list.length ? [...new Set(list)] : undefined;
    }
    case 'color': {
      if (!first) return undefined;
      const hex = first.replace(/^#/, '');
      if (hex.toLowerCase() === 'grayscale') return 'grayscale';
      return HEX.test(hex) ? hex.toUpperCase() : undefined;
    }
  }
}

/** Reads the search state from a URL's search params; unknown or malformed values are dropped. */
export function parseSearchParams(search: URLSearchParams | string): ImageSearchParams {
  const source = typeof search === 'string' ? new URLSearchParams(search) : search;
  const result: Record<string, unknown> = {};
  for (const key of SEARCH_PARAM_KEYS) {
    const values = source.getAll(key);
    if (values.length === 0) continue;
    const value = parseOne(SCHEMA[key], values);
    if (value !== undefined) result[key] = value;
  }
  return result as ImageSearchParams;
}

/** Writes the search state as URL search params, in a stable order, arrays repeated. */
export function toSearchParams(params: ImageSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of SEARCH_PARAM_KEYS) {
    const value = params[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) out.append(key, String(item));
    } else {
      out.append(key, String(value));
    }
  }
  return out;
}

/** `?query=…&…` for a link, or '' when there is no state. */
export function searchHref(params: ImageSearchParams, pathname = '/'): string {
  const text = toSearchParams(params).toString();
  return text ? `${pathname}?${text}` : pathname;
}

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
export function normalizeParams(params: ImageSearchParams): ImageSearchParams {
  return parseSearchParams(toSearchParams(params));
}
