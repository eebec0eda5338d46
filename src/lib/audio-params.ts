import type {
  AudioSearchParams,
  AudioSort,
  SfxSearchParams,
  SfxSort,
  SortOrder,
} from '@/api/audio-types';

export const AUDIO_SORTS: readonly { value: AudioSort; label: string }[] = [
  { value: 'score', label: 'Most relevant' },
  { value: 'ranking_all', label: 'Most popular' },
  { value: 'freshness', label: 'Newest' },
  { value: 'bpm', label: 'Tempo (BPM)' },
  { value: 'duration', label: 'Duration' },
  { value: 'title', label: 'Title' },
  { value: 'artist', label: 'Artist' },
];

export const SFX_SORTS: readonly { value: SfxSort; label: string }[] = [
  { value: 'popular', label: 'Most popular' },
  { value: 'relevance', label: 'Most relevant' },
  { value: 'newest', label: 'Newest' },
  { value: 'oldest', label: 'Oldest' },
  { value: 'random', label: 'Random' },
];

export const VOCAL_DESCRIPTIONS = ['male', 'female', 'male and female', 'choir'] as const;

const int = (value: string | null): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};
const text = (value: string | null) => (value && value.trim() ? value.trim() : undefined);
const list = (search: URLSearchParams, key: string) => {
  const values = search
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length > 0 ? [...new Set(values)] : undefined;
};
const oneOf = <T extends string>(value: string | null, allowed: readonly { value: T }[]) =>
  allowed.find((option) => option.value === value)?.value;

/** The music search in a URL, read leniently: unknown or broken values are dropped. */
export function parseAudioParams(search: URLSearchParams): AudioSearchParams {
  const params: AudioSearchParams = {
    query: text(search.get('query')),
    genre: list(search, 'genre'),
    moods: list(search, 'moods'),
    instruments: list(search, 'instruments'),
    artists: list(search, 'artists'),
    bpm_from: int(search.get('bpm_from')),
    bpm_to: int(search.get('bpm_to')),
    duration_from: int(search.get('duration_from')),
    duration_to: int(search.get('duration_to')),
    vocal_description: text(search.get('vocal_description')),
    is_instrumental: search.get('is_instrumental') === 'true' ? true : undefined,
    sort: oneOf(search.get('sort'), AUDIO_SORTS),
    sort_order: (['asc', 'desc'] as SortOrder[]).find((o) => o === search.get('sort_order')),
  };
  return prune(params);
}

const date = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

export function parseSfxParams(search: URLSearchParams): SfxSearchParams {
  return prune({
    query: text(search.get('query')),
    added_date_start: date(search.get('added_date_start')),
    added_date_end: date(search.get('added_date_end')),
    duration_from: int(search.get('duration_from')),
    duration_to: int(search.get('duration_to')),
    sort: oneOf(search.get('sort'), SFX_SORTS),
  });
}

function prune<T extends object>(params: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
      out[key] = value;
  return out as T;
}

/** Search params in a stable order (query first), arrays as repeated keys. */
export function toUrlParams(params: object): URLSearchParams {
  const search = new URLSearchParams();
  const entries = Object.entries(prune(params)).sort(([a], [b]) =>
    a === 'query' ? -1 : b === 'query' ? 1 : a.localeCompare(b),
  );
  for (const [key, value] of entries) {
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  return search;
}

export function hrefWith(pathname: string, params: object): string {
  const search = toUrlParams(params).toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Filters in force (everything but the query and the sort). */
export function audioFilterCount(params: AudioSearchParams | SfxSearchParams): number {
  return Object.keys(params).filter((k) => !['query', 'sort', 'sort_order'].includes(k)).length;
}
