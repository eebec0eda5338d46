import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { similarImagesOptions } from '@/api/image-detail';
import { imageOptions } from '@/api/images';

/** The image itself must be there before the page shows (prefetched on hover, so usually it is); similar images follow. */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    void queryClient.prefetchQuery(similarImagesOptions(id));
    await queryClient.ensureQueryData(imageOptions(id));
    return null;
  };
