import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { cvKeywordsOptions, cvSimilarImagesOptions, cvSimilarVideosOptions } from '@/api/cv';

/** With an upload in the URL (Back, a reload), its results are asked for before the page renders. */
export const clientLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const uploadId = new URL(request.url).searchParams.get('upload');
    if (uploadId) {
      void queryClient.prefetchInfiniteQuery(cvSimilarImagesOptions(uploadId));
      void queryClient.prefetchQuery(cvSimilarVideosOptions(uploadId));
      void queryClient.prefetchQuery(cvKeywordsOptions(uploadId));
    }
    return null;
  };
