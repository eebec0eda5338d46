import type { QueryClient } from '@tanstack/react-query';
import { descriptorsOptions, instrumentsOptions } from '@/api/ai-audio';

/** Descriptors before the page shows (the timeline needs them); instruments alongside. */
export const clientLoader = (queryClient: QueryClient) => async () => {
  void queryClient.prefetchQuery(instrumentsOptions());
  await queryClient.ensureQueryData(descriptorsOptions()).catch(() => undefined);
  return null;
};
