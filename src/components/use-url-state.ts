import { useCallback, useMemo, useOptimistic, useTransition } from 'react';
import { useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router';

/**
 * A page's state kept in its URL: read from the search params, changed by navigating (a
 * new history entry, so Back undoes a change). `pending` is the state being navigated to,
 * shown at once while the results load.
 */
export function useUrlState<T extends object>(
  parse: (search: URLSearchParams) => T,
  serialize: (state: T) => URLSearchParams,
) {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const params = useMemo(() => parse(searchParams), [parse, searchParams]);

  const navigatingSearch =
    navigation.location && navigation.location.pathname === location.pathname
      ? navigation.location.search
      : undefined;
  const navigating = useMemo(
    () => (navigatingSearch === undefined ? params : parse(new URLSearchParams(navigatingSearch))),
    [navigatingSearch, params, parse],
  );

  const [isTransitioning, startTransition] = useTransition();
  const [pending, setPending] = useOptimistic(navigating);

  const setParams = useCallback(
    (next: T) => {
      const search = serialize(next).toString();
      startTransition(async () => {
        setPending(next);
        await navigate({ pathname: location.pathname, search: search ? `?${search}` : '' });
      });
    },
    [navigate, location.pathname, setPending, serialize],
  );

  const update = useCallback(
    (patch: Partial<T>) => setParams({ ...pending, ...patch }),
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
