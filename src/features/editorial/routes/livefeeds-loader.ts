import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { livefeedsOptions } from '@/api/editorial';
import { countryOf } from '../use-country';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const country = countryOf(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(livefeedsOptions(country)).catch(() => undefined);
    return null;
  };
