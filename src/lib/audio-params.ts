import type {
  AudioSearchParams,
  AudioSort,
  SfxSearchParams,
  SfxSort,
  SortOrder,
} from '@/api/audio-types';
import { parseUrlState, urlStateHref, writeUrlState, type UrlKind } from './url-state';

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

/** Every URL search parameter of the music search, in the order they are written. */
const AUDIO_SCHEMA = {
  query: { type: 'string' },
  genre: { type: 'strings' },
  moods: { type: 'strings' },
  instruments: { type: 'strings' },
  artists: { type: 'strings' },
  bpm_from: { type: 'int', min: 0 },
  bpm_to: { type: 'int', min: 0 },
  duration_from: { type: 'int', min: 0 },
  duration_to: { type: 'int', min: 0 },
  vocal_description: { type: 'string' },
  is_instrumental: { type: 'boolean' },
  sort: { type: 'enum', values: AUDIO_SORTS.map((sort) => sort.value) },
  sort_order: { type: 'enum', values: ['asc', 'desc'] satisfies SortOrder[] },
} as const satisfies Record<keyof AudioSearchParams, UrlKind>;

/** Every URL search parameter of the sound-effect search, in the order they are written. */
const SFX_SCHEMA = {
  query: { type: 'string' },
  duration_from: { type: 'int', min: 0 },
  duration_to: { type: 'int', min: 0 },
  added_date_start: { type: 'date' },
  added_date_end: { type: 'date' },
  sort: { type: 'enum', values: SFX_SORTS.map((sort) => sort.value) },
} as const satisfies Record<keyof SfxSearchParams, UrlKind>;

/** The music search in a URL, read leniently: unknown or broken values are dropped. */
export const parseAudioParams = (search: URLSearchParams | string): AudioSearchParams =>
  parseUrlState(AUDIO_SCHEMA, search);
export const writeAudioParams = (params: AudioSearchParams) => writeUrlState(AUDIO_SCHEMA, params);
export const musicHref = (params: AudioSearchParams) =>
  urlStateHref(AUDIO_SCHEMA, params, '/music');

export const parseSfxParams = (search: URLSearchParams | string): SfxSearchParams =>
  parseUrlState(SFX_SCHEMA, search);
export const writeSfxParams = (params: SfxSearchParams) => writeUrlState(SFX_SCHEMA, params);
export const sfxHref = (params: SfxSearchParams) => urlStateHref(SFX_SCHEMA, params, '/sfx');

/** Filters in force (everything but the query and the sort). */
export function audioFilterCount(params: AudioSearchParams | SfxSearchParams): number {
  return Object.keys(params).filter((k) => !['query', 'sort', 'sort_order'].includes(k)).length;
}
