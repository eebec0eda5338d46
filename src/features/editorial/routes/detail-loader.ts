import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { editorialAssetOptions } from '@/api/editorial';
import type { EditorialKind } from '@/lib/editorial-search-params';
import { countryOf } from '../use-country';

/** The asset through the cache (prefetched on hover); a 404 (not in that country) shown in place. */
export const detailLoader =
  (kind: EditorialKind) =>
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const country = countryOf(new URL(request.url).searchParams);
    await queryClient
      .ensureQueryData(editorialAssetOptions(kind, params.id ?? '', country))
      .catch(() => undefined);
    return null;
  };
