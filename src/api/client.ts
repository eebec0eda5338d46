import type { ApiErrorBody, ApiErrorItem } from './types';

/** Where the browser reaches the API: the gateway, which adds credentials server-side. */
export const API_BASE = '/api';

export type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number | boolean)[];
export type QueryParams = Record<string, QueryValue>;

/**
 * Builds a query string the way the v2 API reads it: arrays as repeated parameters
 * (`image_type=photo&image_type=vector`), empty values left out, keys in a stable order.
 */
export function buildQueryString(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number | boolean)[])
        search.append(key, String(item));
    } else {
      search.append(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Any non-2xx answer, or a network failure (status 0), with the API's own words kept. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: ApiErrorItem[];
  /** The API's top-level message, verbatim, for support. */
  readonly apiMessage: string | undefined;

  constructor(status: number, message: string, errors: ApiErrorItem[] = [], apiMessage?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.apiMessage = apiMessage;
  }

  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseErrorItems(value: unknown): ApiErrorItem[] {
  if (!Array.isArray(value)) return [];
  const items: ApiErrorItem[] = [];
  for (const entry of value) {
    if (!isRecord(entry)) continue;
    const message = typeof entry.message === 'string' ? entry.message : undefined;
    if (!message) continue;
    const item: ApiErrorItem = { message };
    if (typeof entry.code === 'string') item.code = entry.code;
    if (typeof entry.path === 'string') item.path = entry.path;
    if (typeof entry.data === 'string') item.data = entry.data;
    items.push(item);
  }
  return items;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The request was not valid',
  401: 'You are not signed in',
  403: 'You do not have access to this',
  404: 'Not found',
  429: 'Too many requests — slow down a little',
  500: 'The server had a problem',
  502: 'The image service could not be reached',
  503: 'The image service is unavailable',
  504: 'The image service did not answer in time',
};

/** Turns a failed response's status and body (JSON or not) into an ApiError. */
export function parseApiError(status: number, body: unknown): ApiError {
  const record: ApiErrorBody | undefined = isRecord(body) ? (body as ApiErrorBody) : undefined;
  const errors = parseErrorItems(record?.errors);
  const apiMessage =
    typeof record?.message === 'string' && record.message ? record.message : errors[0]?.message;
  const message = apiMessage ?? STATUS_TEXT[status] ?? `Request failed with status ${status}`;
  return new ApiError(status, message, errors, apiMessage);
}

/** The gateway's code for "this server requires a signed-in user, and there is none". */
export const SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED';

let onSignInRequired: (() => void) | undefined;

/**
 * Told when the gateway answers that sign-in is required (a session that ended, or none):
 * the app then shows its sign-in page instead of an error in every corner.
 */
export function setSignInRequiredHandler(handler: (() => void) | undefined): void {
  onSignInRequired = handler;
}

export interface RequestOptions {
  params?: QueryParams;
  signal?: AbortSignal;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * `fetch`, with a network failure (not an abort) turned into an ApiError in plain words:
 * what the JSON client and the file fetcher (files.ts) both send through.
 */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'The network is unreachable. Check your connection and try again.');
  }
}

/** A response's body: its JSON, its text when it is not JSON, undefined when empty. */
export async function responseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The app's JSON client. Resolves with the parsed JSON body, rejects with ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { params, signal, method = 'GET', body, headers = {} } = options;
  const url = `${API_BASE}${path}${buildQueryString(params)}`;
  const response = await send(url, {
    method,
    signal,
    headers: {
      accept: 'application/json',
      // Marks the app's own calls: the gateway refuses a changing request without it.
      'x-requested-with': 'stockroom',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const parsed = await responseBody(response);
  if (!response.ok) {
    const error = parseApiError(response.status, parsed);
    if (error.status === 401 && error.errors.some((item) => item.code === SIGN_IN_REQUIRED))
      onSignInRequired?.();
    throw error;
  }
  return parsed as T;
}

export function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, { params, ...(signal ? { signal } : {}) });
}

/**
 * The next page number of a page-numbered list (`page`/`per_page` with `total_count`), for
 * TanStack Query's getNextPageParam: none once a page comes back empty or everything counted
 * has loaded (a list that gives no count is taken as complete).
 */
export function nextPage(
  last: { data: readonly unknown[]; total_count?: number },
  pages: readonly { data: readonly unknown[] }[],
): number | undefined {
  const loaded = pages.reduce((count, page) => count + page.data.length, 0);
  if (last.data.length === 0 || loaded >= (last.total_count ?? loaded)) return undefined;
  return pages.length + 1;
}
