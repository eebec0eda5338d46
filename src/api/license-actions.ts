// Licensing and re-downloading: the mutations behind the license dialog and the Downloads
// page (loaded with them, not with every page that marks licensed assets).
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import type { LicenseMedia, LicenseRequestMetadata, RedownloadSize, Url } from './license-types';
import { LICENSE_MEDIA, licenseKeys } from './licenses';
import { subscriptionsOptions } from './user';

// ---- licensing ----------------------------------------------------------------------

/** What the license dialog asks for; turned into the vendor's body for each media type. */
export interface LicenseChoice {
  media: LicenseMedia;
  assetId: string;
  subscriptionId: string;
  /** The subscription's license name (audio and editorial requests name it). */
  license?: string;
  size?: string;
  format?: string;
  metadata?: LicenseRequestMetadata;
  /** Editorial: where the asset will be used (ISO alpha-3), and the acknowledgement. */
  country?: string;
  editorialAcknowledgement?: boolean;
  searchId?: string;
}

/**
 * The vendor's request body for one license. Each type takes its own fields: music and
 * editorial name the license (the subscription's), and only images, videos and editorial
 * carry metadata.
 */
export function licenseRequestBody(choice: LicenseChoice): Record<string, unknown> {
  const metadata =
    choice.metadata && Object.keys(choice.metadata).length > 0 ? choice.metadata : undefined;
  const common = {
    ...(choice.searchId ? { search_id: choice.searchId } : {}),
  };
  switch (choice.media) {
    case 'image':
      return {
        images: [
          {
            image_id: choice.assetId,
            subscription_id: choice.subscriptionId,
            ...(choice.size ? { size: choice.size } : {}),
            ...(choice.format ? { format: choice.format } : {}),
            ...(metadata ? { metadata } : {}),
            ...(choice.editorialAcknowledgement ? { editorial_acknowledgement: true } : {}),
            ...common,
          },
        ],
      };
    case 'video':
      return {
        videos: [
          {
            video_id: choice.assetId,
            subscription_id: choice.subscriptionId,
            ...(choice.size ? { size: choice.size } : {}),
            ...(metadata ? { metadata } : {}),
            ...(choice.editorialAcknowledgement ? { editorial_acknowledgement: true } : {}),
            ...common,
          },
        ],
      };
    case 'audio':
      return {
        audio: [
          {
            audio_id: choice.assetId,
            ...(choice.license ? { license: choice.license } : {}),
            ...common,
          },
        ],
      };
    case 'sfx':
      return {
        sound_effects: [
          {
            sfx_id: choice.assetId,
            subscription_id: choice.subscriptionId,
            ...(choice.format ? { format: choice.format } : {}),
            ...common,
          },
        ],
      };
    case 'editorial-image':
    case 'editorial-video':
      return {
        country: choice.country,
        editorial: [
          {
            editorial_id: choice.assetId,
            license: choice.license ?? '',
            ...(choice.size ? { size: choice.size } : {}),
            ...(metadata ? { metadata } : {}),
          },
        ],
      };
  }
}

/**
 * The Idempotency-Key of a license request: one per user intent (`nonce`, made when the
 * dialog opens) and request body, so a double click or a retry of the same request sends
 * the same key (and is answered once), while a changed form is a new request.
 */
export function idempotencyKey(nonce: string, body: unknown): string {
  const text = JSON.stringify(body);
  // FNV-1a, 32 bits twice with different offsets: short, stable, enough to tell bodies apart.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${nonce}-${hex(a)}${hex(b)}`;
}

/** One license's answer, whatever its media type. */
export interface LicenseOutcome {
  assetId: string;
  licenseId?: string;
  url?: string;
  allotmentCharge?: number;
  error?: string;
}

interface AnyLicenseResult {
  license_id?: string;
  download?: Url;
  allotment_charge?: number;
  error?: string;
  [key: string]: unknown;
}

/** Thrown when the API answered 200 but refused the asset in its own `error`. */
export class LicenseRefusedError extends Error {
  constructor(readonly outcome: LicenseOutcome) {
    super(outcome.error ?? 'The license was refused');
    this.name = 'LicenseRefusedError';
  }
}

export interface LicenseVariables {
  choice: LicenseChoice;
  /** Made once per opening of the dialog. */
  nonce: string;
}

/** Refreshes what a new license changes: the history, the marks, the allotments. */
function afterLicense(queryClient: QueryClient, media: LicenseMedia) {
  void queryClient.invalidateQueries({ queryKey: licenseKeys.media(media) });
  void queryClient.invalidateQueries({ queryKey: subscriptionsOptions().queryKey });
}

/** `POST /v2/{media}/licenses` for one asset, with its Idempotency-Key. */
export function useLicenseAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ choice, nonce }: LicenseVariables): Promise<LicenseOutcome> => {
      const body = licenseRequestBody(choice);
      const answer = await apiRequest<{ data?: AnyLicenseResult[] }>(
        LICENSE_MEDIA[choice.media].licenses,
        {
          method: 'POST',
          body,
          headers: { 'Idempotency-Key': idempotencyKey(nonce, body) },
        },
      );
      const result = answer.data?.[0];
      const outcome: LicenseOutcome = {
        assetId: choice.assetId,
        licenseId: result?.license_id,
        url: result?.download?.url,
        allotmentCharge: result?.allotment_charge,
        error: result?.error ?? (result ? undefined : 'The API answered without a result'),
      };
      if (outcome.error) throw new LicenseRefusedError(outcome);
      return outcome;
    },
    onSettled: (_data, _error, { choice }) => afterLicense(queryClient, choice.media),
  });
}

// ---- re-downloads -------------------------------------------------------------------

/** `POST /v2/{media}/licenses/{id}/downloads`: a fresh link, valid 8 hours, no charge. */
export function redownload(
  media: LicenseMedia,
  licenseId: string,
  size?: RedownloadSize,
  signal?: AbortSignal,
): Promise<Url> {
  return apiRequest<Url>(
    `${LICENSE_MEDIA[media].licenses}/${encodeURIComponent(licenseId)}/downloads`,
    { method: 'POST', body: size ? { size } : {}, ...(signal ? { signal } : {}) },
  );
}

export interface RedownloadVariables {
  media: LicenseMedia;
  licenseId: string;
  size?: RedownloadSize;
}

export function useRedownload() {
  return useMutation({
    mutationFn: ({ media, licenseId, size }: RedownloadVariables) =>
      redownload(media, licenseId, size),
  });
}
