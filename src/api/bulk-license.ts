// Licensing many assets of one media type at once: the assets split into requests within
// the vendor's per-request limit, each request with its own Idempotency-Key (stable across
// retries of that request, so a double click or a retry never licenses twice), and each
// asset's outcome read back from the vendor's partial-success answer.
import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiGet, apiRequest } from './client';
import {
  idempotencyKey,
  LicenseRefusedError,
  licenseRequestBody,
  type LicenseChoice,
} from './license-actions';
import type { LicenseMedia } from './license-types';
import { LICENSE_MEDIA } from './licenses';
import type { ApiErrorItem } from './types';

/**
 * Items per license request: the vendor document caps images, videos and music at 50
 * (`maxItems`); it states no cap for sound effects and editorial, where the sandbox takes
 * 50 too.
 */
export const LICENSE_BATCH_LIMIT: Record<LicenseMedia, number> = {
  image: 50,
  video: 50,
  audio: 50,
  sfx: 50,
  'editorial-image': 50,
  'editorial-video': 50,
};

/** Where each media type's license answer names its asset. */
const ID_FIELD: Record<LicenseMedia, string> = {
  image: 'image_id',
  video: 'video_id',
  audio: 'audio_id',
  sfx: 'sfx_id',
  'editorial-image': 'editorial_id',
  'editorial-video': 'editorial_id',
};

/** What every asset of a bulk license shares: one subscription, size and metadata. */
export type BulkChoice = Omit<LicenseChoice, 'assetId' | 'editorialAcknowledgement'> & {
  /** The assets that are for editorial use only and are acknowledged as such. */
  acknowledged?: ReadonlySet<string>;
};

/** One license request of a bulk license. */
export interface LicenseBatch {
  media: LicenseMedia;
  assetIds: string[];
  body: Record<string, unknown>;
  /** The request's Idempotency-Key: the same for the same intent and the same assets. */
  key: string;
}

/** `items` in runs of at most `size`, in order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError('chunk size must be at least 1');
  const runs: T[][] = [];
  for (let at = 0; at < items.length; at += size) runs.push(items.slice(at, at + size));
  return runs;
}

/** The vendor's body for several assets: each asset's item, one list (editorial: one country). */
export function batchBody(
  choice: BulkChoice,
  assetIds: readonly string[],
): Record<string, unknown> {
  const { acknowledged, ...shared } = choice;
  const body: Record<string, unknown> = {};
  for (const assetId of assetIds) {
    const one = licenseRequestBody({
      ...shared,
      assetId,
      ...(acknowledged?.has(assetId) ? { editorialAcknowledgement: true } : {}),
    });
    for (const [key, value] of Object.entries(one)) {
      if (Array.isArray(value))
        body[key] = [...((body[key] as unknown[] | undefined) ?? []), ...value];
      else body[key] = value;
    }
  }
  return body;
}

/**
 * The requests that license `assetIds` (duplicates dropped, order kept), each within the
 * vendor's limit. `nonce` is made once per intent (an opening of the dialog): planning the
 * same assets again gives the same requests with the same keys, so sending them again is
 * answered from the first answer and charges nothing.
 */
export function planLicenseBatches(
  choice: BulkChoice,
  assetIds: readonly string[],
  nonce: string,
): LicenseBatch[] {
  const unique = [...new Set(assetIds)];
  return chunk(unique, LICENSE_BATCH_LIMIT[choice.media]).map((ids) => {
    const body = batchBody(choice, ids);
    return { media: choice.media, assetIds: ids, body, key: idempotencyKey(nonce, body) };
  });
}

/** One asset's outcome in a bulk license. */
export type BulkOutcome =
  | { assetId: string; state: 'licensed'; licenseId?: string; url?: string }
  /** The API refused this asset (nothing charged); `error` says why. */
  | { assetId: string; state: 'refused'; error: Error }
  /** No answer for this asset (network, server trouble): sending the batch again is safe. */
  | { assetId: string; state: 'failed'; error: unknown };

interface ResultItem {
  license_id?: string;
  download?: { url?: string };
  error?: string;
  [key: string]: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The status a per-asset refusal stands for, from its code (for the words it is shown in). */
function statusOf(code: string | undefined): number {
  if (code === 'NOT_FOUND') return 404;
  if (code && /ALLOTMENT|EXPIRED|NOT_ALLOWED|NO_SUBSCRIPTION/.test(code)) return 403;
  return 400;
}

function refusal(assetId: string, message: string, item: ApiErrorItem | undefined): BulkOutcome {
  const error = item
    ? new ApiError(statusOf(item.code), message, [item], message)
    : new LicenseRefusedError({ assetId, error: message });
  return { assetId, state: 'refused', error };
}

/** Each asset's outcome from a batch's answer: `data[]` by asset id (else by position), `errors[]` by `data`. */
export function readBatchAnswer(
  batch: Pick<LicenseBatch, 'media' | 'assetIds'>,
  answer: unknown,
  errorItems: readonly ApiErrorItem[] = [],
): BulkOutcome[] {
  const idField = ID_FIELD[batch.media];
  const data: ResultItem[] =
    isRecord(answer) && Array.isArray(answer.data) ? answer.data.filter(isRecord) : [];
  const errors = [
    ...errorItems,
    ...(isRecord(answer) && Array.isArray(answer.errors)
      ? (answer.errors.filter(isRecord) as unknown as ApiErrorItem[])
      : []),
  ];
  return batch.assetIds.map((assetId, index) => {
    const result =
      data.find((item) => String(item[idField] ?? '') === assetId) ??
      (data[index] && data[index][idField] === undefined ? data[index] : undefined);
    const named = errors.find((item) => item.data === assetId);
    if (result?.error || (!result && named)) {
      return refusal(assetId, result?.error ?? named?.message ?? 'Refused', named);
    }
    if (result?.license_id) {
      return {
        assetId,
        state: 'licensed',
        licenseId: result.license_id,
        ...(result.download?.url ? { url: result.download.url } : {}),
      };
    }
    return { assetId, state: 'failed', error: new Error('The API answered without a result') };
  });
}

/** Whether the same request may get another answer later (offline, overloaded, a server fault). */
function worthRetrying(error: ApiError): boolean {
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** Each asset's outcome when the whole request failed. */
export function readBatchError(
  batch: Pick<LicenseBatch, 'media' | 'assetIds'>,
  error: unknown,
): BulkOutcome[] {
  if (error instanceof ApiError && !worthRetrying(error)) {
    // Every asset refused: the answer names each one in errors[] (data = the asset's id).
    if (error.errors.some((item) => item.data && batch.assetIds.includes(item.data))) {
      return readBatchAnswer(batch, undefined, error.errors).map((outcome) =>
        outcome.state === 'failed' ? { ...outcome, state: 'refused', error } : outcome,
      );
    }
    return batch.assetIds.map((assetId) => ({ assetId, state: 'refused', error }));
  }
  return batch.assetIds.map((assetId) => ({ assetId, state: 'failed', error }));
}

/** `POST /v2/{media}/licenses` with one batch and its key: every asset's outcome, never a throw (but an abort). */
export async function sendLicenseBatch(
  batch: LicenseBatch,
  signal?: AbortSignal,
): Promise<BulkOutcome[]> {
  try {
    const answer = await apiRequest<unknown>(LICENSE_MEDIA[batch.media].licenses, {
      method: 'POST',
      body: batch.body,
      headers: { 'Idempotency-Key': batch.key },
      ...(signal ? { signal } : {}),
    });
    return readBatchAnswer(batch, answer);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return readBatchError(batch, error);
  }
}

// ---- the assets of a bulk license ------------------------------------------------------

/** The media types that can be licensed in bulk: those with a several-by-id endpoint. */
export type BulkLicenseMedia = 'image' | 'video' | 'audio' | 'sfx';

const BY_ID_PATH: Record<BulkLicenseMedia, string> = {
  image: '/v2/images',
  video: '/v2/videos',
  audio: '/v2/audio',
  sfx: '/v2/sfx',
};

/** Ids per several-by-id request (the vendor takes up to 500; smaller lists answer sooner). */
export const BY_ID_BATCH = 100;

/** What a bulk license reads of each asset: its name, sizes and editorial flag. */
export interface BulkAsset {
  id: string;
  description?: string;
  title?: string;
  is_editorial?: boolean;
  assets?: object;
}

/** `GET /v2/{media}?id=…&view=full` for one run of ids: the sizes each asset comes in. */
export function licensableAssetsOptions(media: BulkLicenseMedia, ids: readonly string[]) {
  const sorted = [...ids].sort();
  return queryOptions({
    queryKey: ['licenses', media, 'bulk-assets', sorted] as const,
    queryFn: ({ signal }) =>
      apiGet<{ data: BulkAsset[] }>(BY_ID_PATH[media], { id: sorted, view: 'full' }, signal),
    staleTime: 10 * 60_000,
  });
}
