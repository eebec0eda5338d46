import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiGet, apiRequest } from './client';

/** Who is signed in through "Sign in with Shutterstock" (GET /api/session), never a token. */
export interface SessionInfo {
  signed_in: boolean;
  user?: { username: string; name: string };
  /** The server has no default user: nothing works until someone signs in. */
  sign_in_required?: boolean;
}

/** Which API the gateway uses (GET /api/status). */
export interface ApiStatus {
  upstream: 'sandbox' | 'shutterstock';
  api_url: string;
  /** Whether "Sign in with Shutterstock" is set up. */
  sign_in: boolean;
  /** The server has no default user: nothing works until someone signs in. */
  sign_in_required?: boolean;
}

export const sessionKeys = {
  session: ['session'] as const,
  status: ['session', 'status'] as const,
};

export function sessionOptions() {
  return queryOptions({
    queryKey: sessionKeys.session,
    queryFn: ({ signal }) => apiGet<SessionInfo>('/session', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function apiStatusOptions() {
  return queryOptions({
    queryKey: sessionKeys.status,
    queryFn: ({ signal }) => apiGet<ApiStatus>('/status', undefined, signal),
    staleTime: Infinity,
  });
}

export function useSession() {
  return useQuery(sessionOptions());
}

export function useApiStatus() {
  return useQuery(apiStatusOptions());
}

/** Where "Sign in with Shutterstock" starts: a full-page visit, the flow runs on the server. */
export function signInHref(returnTo: string): string {
  return `/auth/signin?return_to=${encodeURIComponent(returnTo)}`;
}

/**
 * Signs out: the server ends the session. The page then reloads at `/`, so nothing the
 * signed-in user's data left in the cache is shown to the next one.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => apiRequest<void>('/session', { method: 'DELETE' }),
    onSuccess: () => window.location.assign('/'),
  });
}
