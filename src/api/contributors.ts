import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { byIdBatcher } from './batch';
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

export interface ContributorProfileDataList {
  data: ContributorProfile[];
  errors?: { message: string; data?: string }[];
  page?: number;
  per_page?: number;
  total_count?: number;
}

export interface KeywordsFromText {
  keywords: string[];
}

export const contributorKeys = {
  detail: (id: string) => ['contributors', 'detail', id] as const,
  /** One contributor as found by the several-by-id lookup (`null`: the API knows no such id). */
  summary: (id: string) => ['contributors', 'summary', id] as const,
};

/** Ids per `GET /v2/contributors` request (the sandbox's limit; the document states none). */
export const CONTRIBUTORS_PER_REQUEST = 100;

/** Every card, row and detail that names a contributor asks here; one request per render. */
const contributors = byIdBatcher<ContributorProfile>('/v2/contributors', {
  maxIds: CONTRIBUTORS_PER_REQUEST,
});

/** One contributor by id, fetched together with the others asked for at the same moment. */
export function contributorSummaryOptions(id: string) {
  return queryOptions({
    queryKey: contributorKeys.summary(id),
    queryFn: () => contributors.fetch(id),
    staleTime: 60 * 60_000,
    gcTime: 60 * 60_000,
    enabled: id !== '',
  });
}

/**
 * A contributor's name, for cards, rows and details that only carry `contributor.id`:
 * undefined while it is being looked up, or when the API has no profile for it.
 */
export function useContributorName(id: string | undefined): string | undefined {
  const { data } = useQuery(contributorSummaryOptions(id ?? ''));
  return data?.display_name || undefined;
}

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
