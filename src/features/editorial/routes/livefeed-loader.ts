import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { livefeedItemsOptions, livefeedOptions } from '@/api/editorial';
import { countryOf } from '../use-country';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const country = countryOf(new URL(request.url).searchParams);
    const id = params.id ?? '';
    void queryClient.prefetchQuery(livefeedItemsOptions(id, country));
    await queryClient.ensureQueryData(livefeedOptions(id, country));
    return null;
  };
