import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import DataLoader from 'dataloader';
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
/** How long lookups are gathered before one request asks for all of them. */
const BATCH_WINDOW_MS = 10;

/** `GET /v2/contributors?id=…&id=…`: profiles of several contributors; unknown ids are null. */
export async function fetchContributors(
  ids: readonly string[],
): Promise<(ContributorProfile | null)[]> {
  const list = await apiGet<ContributorProfileDataList>('/v2/contributors', { id: [...ids] });
  const byId = new Map(list.data.map((profile) => [profile.id, profile]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * Gathers the contributor lookups of a render (every card of a page asks for its own) into
 * one request per 100 ids. Caching is TanStack Query's, per id, so the loader keeps none.
 */
const contributorLoader = new DataLoader<string, ContributorProfile | null>(fetchContributors, {
  cache: false,
  maxBatchSize: CONTRIBUTORS_PER_REQUEST,
  batchScheduleFn: (run) => setTimeout(run, BATCH_WINDOW_MS),
});

/** One contributor by id, fetched together with the others asked for at the same moment. */
export function contributorSummaryOptions(id: string) {
  return queryOptions({
    queryKey: contributorKeys.summary(id),
    queryFn: () => contributorLoader.load(id),
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
