import type { QueryClient } from '@tanstack/react-query';

/** Scaffold: nothing to load yet. */
export const clientLoader = (_queryClient: QueryClient) => () => null;
