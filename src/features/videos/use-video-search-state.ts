import { useCallback, useMemo } from 'react';
import { useNavigate, useNavigation, useSearchParams } from 'react-router';
import type { VideoSearchParams } from '@/api/video-types';
import { parseVideoParams, videoSearchHref } from '@/lib/video-search-params';

/** The video search's state is the URL: read from it, changed by navigating (Back undoes). */
export function useVideoSearchState() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const params = useMemo(() => parseVideoParams(searchParams), [searchParams]);
  const setParams = useCallback(
    (next: VideoSearchParams) => void navigate(videoSearchHref(next)),
    [navigate],
  );
  const update = useCallback(
    (patch: Partial<VideoSearchParams>) => setParams({ ...params, ...patch }),
    [params, setParams],
  );
  const isPending = navigation.state === 'loading' && navigation.location.pathname === '/videos';
  return { params, setParams, update, isPending };
}
