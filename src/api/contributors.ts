import { queryOptions, useMutation } from '@tanstack/react-query';
import { apiGet, apiRequest } from './client';

// ---- Contributors and keywords from text ---------------------------------------------

export interface ContributorProfile {
  id: string;
  display_name?: string;
  about?: string;
  contributor_type?: string[];
  equipment?: string[];
  styles?: string[];
  subjects?: string[];
  location?: string;
  portfolio_url?: string;
  website?: string;
}

export interface KeywordsFromText {
  keywords: string[];
}

export const contributorKeys = {
  detail: (id: string) => ['contributors', 'detail', id] as const,
};

/** `GET /v2/contributors/{contributor_id}`. */
export function contributorOptions(id: string) {
  return queryOptions({
    queryKey: contributorKeys.detail(id),
    queryFn: ({ signal }) =>
      apiGet<ContributorProfile>(`/v2/contributors/${encodeURIComponent(id)}`, undefined, signal),
    staleTime: 30 * 60_000,
  });
}

/** `POST /v2/images/search/suggestions`: keywords from a text (a brief). */
export function useKeywordsFromText() {
  return useMutation({
    mutationFn: (text: string) =>
      apiRequest<KeywordsFromText>('/v2/images/search/suggestions', {
        method: 'POST',
        body: { text },
      }),
  });
}
