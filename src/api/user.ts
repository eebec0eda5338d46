import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import type { SubscriptionDataList, UserDetails } from './types';

export const userKeys = {
  all: ['user'] as const,
  details: () => [...userKeys.all, 'details'] as const,
  subscriptions: () => [...userKeys.all, 'subscriptions'] as const,
};

/** `GET /v2/user`: who the gateway's credentials belong to. */
export function userOptions() {
  return queryOptions({
    queryKey: userKeys.details(),
    queryFn: ({ signal }) => apiGet<UserDetails>('/v2/user', undefined, signal),
    staleTime: 10 * 60_000,
  });
}

/** `GET /v2/user/subscriptions`. */
export function subscriptionsOptions() {
  return queryOptions({
    queryKey: userKeys.subscriptions(),
    queryFn: ({ signal }) =>
      apiGet<SubscriptionDataList>('/v2/user/subscriptions', undefined, signal),
    staleTime: 60_000,
  });
}

export function useUser() {
  return useQuery(userOptions());
}

export function useSubscriptions() {
  return useQuery(subscriptionsOptions());
}
