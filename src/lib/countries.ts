// Countries for editorial search (the API wants ISO 3166-1 alpha-3), with the default taken
// from the browser's locale region (en-GB → GBR) and the user's choice remembered.

/** ISO 3166-1 alpha-2 → alpha-3, for the countries offered. */
const ALPHA3: Record<string, string> = {
  AE: 'ARE',
  AR: 'ARG',
  AT: 'AUT',
  AU: 'AUS',
  BE: 'BEL',
  BG: 'BGR',
  BR: 'BRA',
  CA: 'CAN',
  CH: 'CHE',
  CL: 'CHL',
  CN: 'CHN',
  CO: 'COL',
  CZ: 'CZE',
  DE: 'DEU',
  DK: 'DNK',
  EG: 'EGY',
  ES: 'ESP',
  FI: 'FIN',
  FR: 'FRA',
  GB: 'GBR',
  GR: 'GRC',
  HK: 'HKG',
  HR: 'HRV',
  HU: 'HUN',
  ID: 'IDN',
  IE: 'IRL',
  IL: 'ISR',
  IN: 'IND',
  IS: 'ISL',
  IT: 'ITA',
  JP: 'JPN',
  KE: 'KEN',
  KR: 'KOR',
  LU: 'LUX',
  MA: 'MAR',
  MX: 'MEX',
  MY: 'MYS',
  NG: 'NGA',
  NL: 'NLD',
  NO: 'NOR',
  NZ: 'NZL',
  PE: 'PER',
  PH: 'PHL',
  PK: 'PAK',
  PL: 'POL',
  PT: 'PRT',
  RO: 'ROU',
  RS: 'SRB',
  SA: 'SAU',
  SE: 'SWE',
  SG: 'SGP',
  SK: 'SVK',
  SI: 'SVN',
  TH: 'THA',
  TR: 'TUR',
  TW: 'TWN',
  UA: 'UKR',
  US: 'USA',
  VN: 'VNM',
  ZA: 'ZAF',
};

const STORAGE_KEY = 'stockroom.editorial-country';
export const FALLBACK_COUNTRY = 'USA';

export interface Country {
  code: string;
  name: string;
}

let cached: Country[] | undefined;

/** The countries offered, by English name. */
export function countries(): Country[] {
  if (cached) return cached;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  cached = Object.entries(ALPHA3)
    .map(([alpha2, code]) => ({ code, name: names?.of(alpha2) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return cached;
}

export function isCountryCode(code: string | null | undefined): code is string {
  return !!code && Object.values(ALPHA3).includes(code);
}

/** The alpha-3 code of a locale's region: "en-GB" → "GBR"; undefined when it has none we know. */
export function countryFromLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1];
  }
  return region ? ALPHA3[region.toUpperCase()] : undefined;
}

/** The remembered choice, else the browser's region, else the United States. */
export function defaultCountry(): string {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isCountryCode(saved)) return saved;
  } catch {
    // Storage unavailable (private mode): fall through.
  }
  return (
    countryFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language) ??
    FALLBACK_COUNTRY
  );
}

export function rememberCountry(code: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembered; the URL still carries it.
  }
}
