import type { QueryClient } from '@tanstack/react-query';
import { apiStatusOptions, sessionOptions } from '@/api/session';

export const clientLoader = (queryClient: QueryClient) => async () => {
  await Promise.all(
    [
      queryClient.ensureQueryData(apiStatusOptions()),
      queryClient.ensureQueryData(sessionOptions()),
    ].map((loading) => loading.catch(() => undefined)),
  );
  return null;
};
