// A license refusal in a designer's words, with the API's own message kept for support.
import { ApiError } from '@/api/client';
import { LicenseRefusedError } from '@/api/license-actions';
import type { LicenseMedia } from '@/api/license-types';

const MEDIA_WORDS: Record<LicenseMedia, string> = {
  image: 'image',
  video: 'video',
  audio: 'music',
  sfx: 'sound effect',
  'editorial-image': 'editorial image',
  'editorial-video': 'editorial video',
};

export interface LicenseProblem {
  /** What happened, in plain words. */
  message: string;
  /** The API's own words, for support. */
  technical: string | undefined;
  /** The license form's field it is about, when one is named (`metadata.job`, `country`, …). */
  field?: 'size' | 'country' | 'acknowledged' | `metadata.${string}`;
}

export interface ProblemContext {
  media: LicenseMedia;
  /** The chosen size's label ("HD", "Huge"). */
  sizeLabel?: string;
  subscriptionName?: string;
  countryName?: string;
  /** Metadata fields by key → label, to name a missing one. */
  fieldLabels?: Record<string, string>;
}

/** The metadata key a refusal's field path names (`$.body.images[0].metadata.job` → job). */
function metadataKeyOf(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  for (const item of error.errors) {
    const key = /\bmetadata\.([A-Za-z0-9_-]+)/.exec(item.path ?? '')?.[1];
    if (key) return key;
  }
  return undefined;
}

function apiWords(error: unknown): {
  text: string;
  codes: string[];
  technical: string | undefined;
} {
  if (error instanceof LicenseRefusedError) {
    const text = error.outcome.error ?? '';
    return { text, codes: [], technical: text || undefined };
  }
  if (error instanceof ApiError) {
    const parts = [error.apiMessage, ...error.errors.map((item) => item.message)].filter(
      (part): part is string => Boolean(part),
    );
    const unique = [...new Set(parts)];
    const paths = error.errors.map((item) => item.path ?? '').join(' ');
    return {
      text: `${unique.join(' ')} ${paths}`,
      codes: error.errors.map((item) => item.code ?? '').filter(Boolean),
      technical: [...unique, error.status ? `HTTP ${error.status}` : '']
        .filter(Boolean)
        .join(' · '),
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { text, codes: [], technical: text };
}

type Cause =
  | 'metadata'
  | 'expired'
  | 'allotment'
  | 'country'
  | 'acknowledgement'
  | 'size'
  | 'subscription'
  | 'other';

/** The cause: from the API's error code when it gives one, else from its words. */
function causeOf(codes: readonly string[], lower: string): Cause {
  const code = codes[0] ?? '';
  if (/METADATA/.test(code)) return 'metadata';
  if (/EXPIRED/.test(code)) return 'expired';
  if (/ALLOTMENT|DOWNLOADS_LEFT/.test(code)) return 'allotment';
  if (/COUNTRY/.test(code)) return 'country';
  if (/ACKNOWLEDGEMENT/.test(code)) return 'acknowledgement';
  if (/SIZE|FORMAT/.test(code)) return 'size';
  if (/SUBSCRIPTION|LICENSE/.test(code)) return 'subscription';
  if (lower.includes('metadata')) return 'metadata';
  if (lower.includes('expired')) return 'expired';
  if (/allotment|downloads left|no downloads|used up/.test(lower)) return 'allotment';
  if (/country|territor/.test(lower)) return 'country';
  if (lower.includes('acknowledg')) return 'acknowledgement';
  if (/\bsize\b|\bformat\b/.test(lower)) return 'size';
  if (lower.includes('subscription')) return 'subscription';
  return 'other';
}

/** Turns whatever the API said into one sentence a designer can act on. */
export function describeLicenseProblem(error: unknown, context: ProblemContext): LicenseProblem {
  const { text, codes, technical } = apiWords(error);
  const lower = text.toLowerCase();
  const noun = MEDIA_WORDS[context.media];
  const what = [context.sizeLabel, noun].filter(Boolean).join(' ');
  const status = error instanceof ApiError ? error.status : undefined;
  const subscription = context.subscriptionName
    ? `“${context.subscriptionName}”`
    : 'This subscription';

  switch (causeOf(codes, lower)) {
    case 'metadata': {
      // The field the refusal's path names, else the first field its words name.
      const labels = Object.entries(context.fieldLabels ?? {});
      const pathKey = metadataKeyOf(error);
      const missing =
        labels.find(([key]) => key === pathKey) ??
        labels.find(([key]) => new RegExp(`\\b${key}\\b`, 'i').test(text));
      return {
        message: missing
          ? `${missing[1]} is required by this subscription`
          : 'This subscription needs more details about the license (client, job or purchase order)',
        technical,
        ...(missing ? { field: `metadata.${missing[0]}` } : {}),
      };
    }
    case 'expired':
      return { message: `${subscription} has expired — choose another one`, technical };
    case 'allotment':
      return { message: `Your subscription has no ${what} downloads left`, technical };
    case 'country':
      return {
        message: `This ${noun} can’t be used in ${context.countryName ?? 'the country you chose'}`,
        technical,
        field: 'country',
      };
    case 'acknowledgement':
      return {
        message: 'Confirm that you will use this only for editorial purposes',
        technical,
        field: 'acknowledged',
      };
    case 'size':
      return {
        message: `${context.sizeLabel ? `${context.sizeLabel} isn’t` : 'That size isn’t'} available with this subscription`,
        technical,
        field: 'size',
      };
    case 'subscription':
      return {
        message: `${subscription} can’t license this ${noun} — choose another one`,
        technical,
      };
    case 'other':
      break;
  }
  if (status === 0)
    return {
      message: 'You seem to be offline. Nothing was charged; try again when you’re back.',
      technical,
    };
  if (status === 401 || status === 403)
    return { message: 'Your account isn’t allowed to license assets', technical };
  if (status === 404) return { message: `This ${noun} can’t be licensed any more`, technical };
  if (status === 429)
    return { message: 'Too many requests at once — wait a few seconds and try again', technical };
  if (status !== undefined && status >= 500)
    return {
      message: 'The licensing service had a problem. Trying again won’t license twice.',
      technical,
    };
  return { message: 'The license was refused', technical };
}

/** A re-download refusal in plain words. */
export function describeDownloadProblem(error: unknown): LicenseProblem {
  const { text, codes, technical } = apiWords(error);
  const lower = text.toLowerCase();
  const status = error instanceof ApiError ? error.status : undefined;
  if (causeOf(codes, lower) === 'size')
    return { message: 'That size isn’t available for this license', technical };
  if (status === 410 || lower.includes('expired'))
    return { message: 'The download link expired — fetching a new one', technical };
  if (status === 404) return { message: 'This license can’t be found any more', technical };
  if (status === 0) return { message: 'You seem to be offline', technical };
  return { message: 'The download failed', technical };
}
