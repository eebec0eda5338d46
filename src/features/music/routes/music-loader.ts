import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { audioSearchOptions, audioVocabularyOptions } from '@/api/audio';
import { parseAudioParams } from '@/lib/audio-params';

/** The first page of results and the filter lists, through the query cache (Back: no request). */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const params = parseAudioParams(new URL(request.url).searchParams);
    for (const kind of ['genres', 'moods', 'instruments'] as const)
      void queryClient.prefetchQuery(audioVocabularyOptions(kind));
    await queryClient.ensureInfiniteQueryData(audioSearchOptions(params)).catch(() => undefined);
    return null;
  };
