import { useCallback, useMemo, useOptimistic, useTransition } from 'react';
import { useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router';
import type { ImageSearchParams } from '@/api/types';
import { parseSearchParams, toSearchParams } from '@/lib/search-params';

/**
 * The search page's state, which is the URL: read from the search params, changed by
 * navigating (a new history entry, so Back undoes a filter). `pending` is the state being
 * navigated to — shown optimistically, so a checkbox ticks at once while results load.
 */
export function useSearchState() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const params = useMemo(() => parseSearchParams(searchParams), [searchParams]);

  // A navigation started elsewhere (a link, Back) to this page with other params.
  const navigatingSearch =
    navigation.location && navigation.location.pathname === location.pathname
      ? navigation.location.search
      : undefined;
  const navigating = useMemo(
    () => (navigatingSearch === undefined ? params : parseSearchParams(navigatingSearch)),
    [navigatingSearch, params],
  );

  const [isTransitioning, startTransition] = useTransition();
  const [pending, setPending] = useOptimistic(navigating);

  const setParams = useCallback(
    (next: ImageSearchParams) => {
      const search = toSearchParams(next).toString();
      startTransition(async () => {
        setPending(next);
        await navigate({ pathname: location.pathname, search: search ? `?${search}` : '' });
      });
    },
    [navigate, location.pathname, setPending],
  );

  /** Merge a change into the state being shown (or navigated to). */
  const update = useCallback(
    (patch: Partial<ImageSearchParams>) => setParams({ ...pending, ...patch }),
    [pending, setParams],
  );

  return {
    params,
    pending,
    isPending: isTransitioning || navigatingSearch !== undefined,
    setParams,
    update,
  };
}
