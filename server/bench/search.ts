// Sandbox search latency over HTTP: representative image searches, repeated, then first-time
// ones; and each other media type's searches.
import { performance } from 'node:perf_hooks';

export const WARMUP_ROUNDS = 2;
export const ROUNDS = 25;
const SEARCH_BUDGET_MS = 90_000;

/** Representative searches: queries, every kind of filter, sorts, deep pages, the full view. */
export const QUERIES: string[] = [
  'query=beach',
  'query=business%20meeting&sort=relevance',
  'query=city%20skyline%20night&orientation=horizontal',
  'query=icon&image_type=vector',
  'query=mountian', // misspelled: spellcheck
  'category=Nature&sort=newest',
  'color=1E90FF',
  'people_number=2&people_age=30s&people_gender=both',
  'sort=popular',
  'sort=random&per_page=50',
  'query=food&view=full&per_page=100',
  'query=family&added_date_start=2018-01-01&aspect_ratio_min=1.2&aspect_ratio_max=1.8',
  'query=dog&page=20',
  'license=editorial&sort=newest&image_type=photo',
];

/**
 * Searches never asked twice (words × filters), so no result cache can answer them: the
 * latency of a first search.
 */
const WORDS = [
  'office',
  'sunset',
  'coffee',
  'doctor',
  'forest',
  'winter',
  'wedding',
  'laptop',
  'river',
  'team',
  'garden',
  'bread',
  'bicycle',
  'ocean',
  'student',
  'skyline',
  'horse',
  'kitchen',
  'concert',
  'desert',
];
const VARIANTS = [
  '',
  '&sort=newest',
  '&orientation=vertical',
  '&image_type=photo&people_number=1',
  '&color=E0A040',
  '&category=People&sort=relevance',
  '&per_page=100&view=full',
];
export const DISTINCT_QUERIES = WORDS.flatMap((word) =>
  VARIANTS.map((variant) => `query=${word}${variant}`),
);

/** Representative searches of the other media types: path → queries. */
const MEDIA_SEARCHES: { type: string; path: string; queries: string[] }[] = [
  {
    type: 'videos',
    path: '/v2/videos/search',
    queries: [
      'query=ocean',
      'query=city%20traffic&resolution=4k',
      'duration_from=10&duration_to=30&sort=newest',
      'query=people&fps_from=50&aspect_ratio=16_9',
      'category=Nature&sort=relevance&per_page=100',
      'query=drone&page=5',
    ],
  },
  {
    type: 'music',
    path: '/v2/audio/search',
    queries: [
      'query=upbeat',
      'genre=Corporate&bpm_from=100&bpm_to=130',
      'moods=Happy&is_instrumental=true&sort=bpm',
      'query=piano&duration_from=60',
      'instruments=Acoustic%20Guitar&per_page=100',
      'sort=freshness&sort_order=desc',
    ],
  },
  {
    type: 'sound effects',
    path: '/v2/sfx/search',
    queries: ['query=whoosh', 'query=door', 'query=rain&sort=newest', 'per_page=50'],
  },
  {
    type: 'editorial images',
    path: '/v2/editorial/images/search',
    queries: [
      'country=USA&query=football',
      'country=GBR&query=royal&sort=newest',
      'country=DEU&date_start=2025-01-01',
      'country=FRA&per_page=50',
    ],
  },
  {
    type: 'editorial videos',
    path: '/v2/editorial/videos/search',
    queries: ['country=USA&query=concert', 'country=GBR&sort=newest', 'country=JPN&per_page=50'],
  },
];
const MEDIA_ROUNDS = 15;

interface LatencyResult {
  all: number[];
  byQuery: Map<string, number[]>;
  /** One request each of DISTINCT_QUERIES. */
  distinct: number[];
  failures: string[];
}

async function timedSearch(
  url: string,
  token: string,
  query: string,
  path = '/v2/images/search',
): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${url}${path}?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

export async function benchSearch(url: string, token: string): Promise<LatencyResult> {
  const result: LatencyResult = {
    all: [],
    byQuery: new Map(QUERIES.map((q) => [q, []])),
    distinct: [],
    failures: [],
  };
  const measure = async (query: string) => {
    const { ms, status } = await timedSearch(url, token, query);
    if (status !== 200) result.failures.push(`${query} → ${status}`);
    return ms;
  };
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const query of QUERIES) await timedSearch(url, token, query);
  }
  const deadline = performance.now() + SEARCH_BUDGET_MS;
  for (let round = 0; round < ROUNDS && performance.now() < deadline; round++) {
    for (const query of QUERIES) {
      const ms = await measure(query);
      result.all.push(ms);
      result.byQuery.get(query)?.push(ms);
    }
  }
  for (const query of DISTINCT_QUERIES) result.distinct.push(await measure(query));
  return result;
}

interface MediaLatency {
  type: string;
  latencies: number[];
  failures: string[];
}

/** Each other media type's searches: a warm-up round, then MEDIA_ROUNDS rounds. */
export async function benchMediaSearch(url: string, token: string): Promise<MediaLatency[]> {
  const results: MediaLatency[] = [];
  for (const { type, path, queries } of MEDIA_SEARCHES) {
    const result: MediaLatency = { type, latencies: [], failures: [] };
    for (const query of queries) await timedSearch(url, token, query, path);
    for (let round = 0; round < MEDIA_ROUNDS; round++) {
      for (const query of queries) {
        const { ms, status } = await timedSearch(url, token, query, path);
        if (status === 200) result.latencies.push(ms);
        else result.failures.push(`${path}?${query} → ${status}`);
      }
    }
    results.push(result);
  }
  return results;
}
