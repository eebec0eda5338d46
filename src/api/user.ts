import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import type { SubscriptionDataList, UserDetails } from './types';

/** `GET /v2/user/access_token`: what the current token is and may do. */
export interface AccessTokenDetails {
  client_id?: string;
  customer_id?: string;
  user_id?: string;
  username?: string;
  organization_id?: string;
  realm?: 'customer' | 'contributor';
  scopes?: string[];
  /** Seconds until the token expires; absent for a token that does not. */
  expires_in?: number;
}

/** `GET /v2/test` and `GET /v2/test/validate`: what the API echoed. */
export interface ConnectionTest {
  echo: { text: string };
  validate: { query: { id: number; tag?: string[] }; header: Record<string, string> };
}

export const userKeys = {
  all: ['user'] as const,
  details: () => [...userKeys.all, 'details'] as const,
  subscriptions: () => [...userKeys.all, 'subscriptions'] as const,
  accessToken: () => [...userKeys.all, 'access-token'] as const,
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

/** `GET /v2/user/access_token`. */
export function accessTokenOptions() {
  return queryOptions({
    queryKey: userKeys.accessToken(),
    queryFn: ({ signal }) => apiGet<AccessTokenDetails>('/v2/user/access_token', undefined, signal),
    staleTime: 60_000,
  });
}

export function useUser() {
  return useQuery(userOptions());
}

export function useSubscriptions() {
  return useQuery(subscriptionsOptions());
}

export function useAccessToken() {
  return useQuery(accessTokenOptions());
}

/** "Test connection": the echo, then the validation endpoint, through the gateway. */
export function useConnectionTest() {
  return useMutation({
    mutationFn: async (): Promise<ConnectionTest> => {
      const text = `stockroom-${Date.now().toString(36)}`;
      const echo = await apiGet<ConnectionTest['echo']>('/v2/test', { text });
      const validate = await apiGet<ConnectionTest['validate']>('/v2/test/validate', {
        id: 123,
        tag: ['stockroom', 'check'],
      });
      return { echo, validate };
    },
  });
}
