import type { QueryClient } from '@tanstack/react-query';

/** Nothing to load: the page asks for keywords when a brief is sent. */
export const clientLoader = (_queryClient: QueryClient) => () => null;
