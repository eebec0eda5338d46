import type { QueryClient } from '@tanstack/react-query';
import { sessionOptions } from '@/api/session';
import { accessTokenOptions, subscriptionsOptions, userOptions } from '@/api/user';

/** The account's data is there before the page shows; a failure is shown in its section. */
export const clientLoader = (queryClient: QueryClient) => async () => {
  await Promise.all(
    [sessionOptions(), userOptions(), accessTokenOptions(), subscriptionsOptions()].map((options) =>
      queryClient.ensureQueryData(options as never).catch(() => undefined),
    ),
  );
  return null;
};
