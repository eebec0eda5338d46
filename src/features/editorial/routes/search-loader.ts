import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { editorialCategoriesOptions, editorialSearchOptions } from '@/api/editorial';
import { parseEditorialParams, type EditorialKind } from '@/lib/editorial-search-params';
import { countryOf } from '../use-country';

/** The first page through the cache (Back shows it without a request); errors shown in place. */
export const searchLoader =
  (kind: EditorialKind) =>
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const search = new URL(request.url).searchParams;
    void queryClient.prefetchQuery(editorialCategoriesOptions(kind));
    await queryClient
      .ensureInfiniteQueryData(
        editorialSearchOptions(kind, countryOf(search), parseEditorialParams(search)),
      )
      .catch(() => undefined);
    return null;
  };
