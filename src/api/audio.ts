import { queryOptions, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiGet, type QueryParams } from './client';
import { pagedOptions } from './paged';
import type {
  Audio,
  AudioSearchParams,
  AudioSearchResults,
  Sfx,
  SfxSearchParams,
  SfxSearchResults,
  StringDataList,
} from './audio-types';

export const AUDIO_PAGE_SIZE = 30;
const MINUTE = 60_000;

/** Drops empty values so equal searches share one cache key. */
function compact<T extends object>(params: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(params).sort()) {
    const value = (params as Record<string, unknown>)[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    out[key] = Array.isArray(value) ? [...(value as unknown[])].sort() : value;
  }
  return out as T;
}

export const audioKeys = {
  all: ['audio'] as const,
  search: (params: AudioSearchParams, perPage = AUDIO_PAGE_SIZE) =>
    [...audioKeys.all, 'search', compact(params), perPage] as const,
  detail: (id: string) => [...audioKeys.all, 'detail', id] as const,
  vocabulary: (kind: 'genres' | 'moods' | 'instruments') =>
    [...audioKeys.all, 'vocabulary', kind] as const,
};

export const sfxKeys = {
  all: ['sfx'] as const,
  search: (params: SfxSearchParams, perPage = AUDIO_PAGE_SIZE) =>
    [...sfxKeys.all, 'search', compact(params), perPage] as const,
  detail: (id: string) => [...sfxKeys.all, 'detail', id] as const,
};

/** `GET /v2/audio/search`, page by page. */
export function audioSearchOptions(params: AudioSearchParams, perPage = AUDIO_PAGE_SIZE) {
  return pagedOptions({
    queryKey: audioKeys.search(params, perPage),
    fetchPage: (page, signal) =>
      apiGet<AudioSearchResults>(
        '/v2/audio/search',
        { ...(compact(params) as QueryParams), page, per_page: perPage, view: 'minimal' },
        signal,
      ),
  });
}

/** `GET /v2/audio/{id}`, full view. */
export function audioOptions(id: string) {
  return queryOptions({
    queryKey: audioKeys.detail(id),
    queryFn: ({ signal }) =>
      apiGet<Audio>(`/v2/audio/${encodeURIComponent(id)}`, { view: 'full' }, signal),
    staleTime: 30 * MINUTE,
  });
}

/** `GET /v2/audio/genres|moods|instruments`: fixed lists, fetched once per session. */
export function audioVocabularyOptions(kind: 'genres' | 'moods' | 'instruments') {
  return queryOptions({
    queryKey: audioKeys.vocabulary(kind),
    queryFn: ({ signal }) => apiGet<StringDataList>(`/v2/audio/${kind}`, undefined, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** `GET /v2/sfx/search`, page by page. */
export function sfxSearchOptions(params: SfxSearchParams, perPage = AUDIO_PAGE_SIZE) {
  return pagedOptions({
    queryKey: sfxKeys.search(params, perPage),
    fetchPage: (page, signal) =>
      apiGet<SfxSearchResults>(
        '/v2/sfx/search',
        { ...(compact(params) as QueryParams), page, per_page: perPage, view: 'minimal' },
        signal,
      ),
  });
}

/** `GET /v2/sfx/{id}`, full view. */
export function sfxOptions(id: string) {
  return queryOptions({
    queryKey: sfxKeys.detail(id),
    queryFn: ({ signal }) =>
      apiGet<Sfx>(`/v2/sfx/${encodeURIComponent(id)}`, { view: 'full' }, signal),
    staleTime: 30 * MINUTE,
  });
}

// ---- hooks ---------------------------------------------------------------------------

export function useAudioSearch(params: AudioSearchParams, perPage?: number) {
  return useInfiniteQuery(audioSearchOptions(params, perPage));
}

export function useSfxSearch(params: SfxSearchParams, perPage?: number) {
  return useInfiniteQuery(sfxSearchOptions(params, perPage));
}

export function useAudioVocabulary(kind: 'genres' | 'moods' | 'instruments') {
  return useQuery(audioVocabularyOptions(kind));
}

/** Prefetch a track's or sound effect's details on intent (hover, focus). */
export function usePrefetchAudio(kind: 'audio' | 'sfx'): (id: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (id: string) => {
      if (kind === 'audio') void queryClient.prefetchQuery(audioOptions(id));
      else void queryClient.prefetchQuery(sfxOptions(id));
    },
    [queryClient, kind],
  );
}
