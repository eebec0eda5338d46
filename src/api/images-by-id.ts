import { queryOptions, useQueries, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiGet } from './client';
import { imageKeys } from './images';
import type { Image, ImageDataList } from './types';

const MINUTE = 60_000;

/** `GET /v2/images?id=…`: several images at once. */
export function imagesByIdOptions(ids: readonly string[]) {
  const sorted = [...ids].sort();
  return queryOptions({
    queryKey: [...imageKeys.all, 'by-id', sorted] as const,
    queryFn: ({ signal }) =>
      apiGet<ImageDataList>('/v2/images', { id: sorted, view: 'minimal' }, signal),
    staleTime: 10 * MINUTE,
    enabled: sorted.length > 0,
  });
}

export interface ImagesByIds {
  /** The images found so far, by id. */
  byId: ReadonlyMap<string, Image>;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

/**
 * Images for lists of ids (a collection's pages of items), one `GET /v2/images` per list.
 * While a list's request is on its way (an item removed changes its key), images already
 * fetched under an earlier key are used, so nothing blinks.
 */
export function useImagesByIds(groups: readonly (readonly string[])[]): ImagesByIds {
  const queryClient = useQueryClient();
  const results = useQueries({
    queries: groups.filter((ids) => ids.length > 0).map((ids) => imagesByIdOptions(ids)),
  });
  const dataKey = results.map((result) => result.dataUpdatedAt).join(',');
  const pendingCount = results.filter((result) => result.isPending).length;
  const error = results.find((result) => result.error)?.error ?? null;
  const byId = useMemo(() => {
    const map = new Map<string, Image>();
    for (const [, data] of queryClient.getQueriesData<ImageDataList>({
      queryKey: [...imageKeys.all, 'by-id'],
    })) {
      for (const image of data?.data ?? []) map.set(image.id, image);
    }
    return map;
    // Recomputed when any of the lists' data arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, dataKey, groups]);
  return {
    byId,
    isPending: pendingCount > 0,
    error,
    refetch: () => {
      for (const result of results) if (result.isError) void result.refetch();
    },
  };
}
