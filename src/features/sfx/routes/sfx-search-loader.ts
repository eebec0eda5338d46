import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { sfxSearchOptions } from '@/api/audio';
import { parseSfxParams } from '@/lib/audio-params';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const params = parseSfxParams(new URL(request.url).searchParams);
    await queryClient.ensureInfiniteQueryData(sfxSearchOptions(params)).catch(() => undefined);
    return null;
  };
