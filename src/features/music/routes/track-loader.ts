import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { audioOptions } from '@/api/audio';

/** The track must be there before the page shows (prefetched on hover, so usually it is). */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(audioOptions(params.id ?? ''));
    return null;
  };
