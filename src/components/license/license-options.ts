// What can be licensed of an asset, and under which subscription: sizes with their pixels
// or resolution and file size (from the asset's `assets`), subscriptions that fit the
// media type, and the metadata fields a subscription requires.
import type { AudioAssets } from '@/api/audio-types';
import type { EditorialSize } from '@/api/editorial-types';
import type { LicenseMedia, RedownloadSize, SubscriptionMetadata } from '@/api/license-types';
import type { ImageAssets, ImageSizeDetails, Subscription } from '@/api/types';
import type { VideoAssets, VideoSizeDetails } from '@/api/video-types';
import { formatBytes, humanize } from '@/lib/format';
import { sizeName } from '@/lib/sizes';

export interface SizeOption {
  /** The vendor's size name sent in the license request (small, hd, original, …). */
  size: string;
  label: string;
  /** "5000 × 3333 px · JPG · 12.1 MB" */
  detail: string;
  format?: string;
  /** The size a re-download asks for, when it differs (or undefined: none). */
  redownloadSize?: RedownloadSize;
}

type SizeDetails = ImageSizeDetails & VideoSizeDetails & EditorialSize;

function detailOf(details: SizeDetails | undefined, extra?: string): string {
  if (!details) return extra ?? '';
  return [
    details.width && details.height ? `${details.width} × ${details.height} px` : undefined,
    details.fps ? `${details.fps} fps` : undefined,
    details.format?.toUpperCase(),
    extra,
    formatBytes(details.file_size),
  ]
    .filter(Boolean)
    .join(' · ');
}

// Labels come from the one size vocabulary (src/lib/sizes), never the vendor's display_name.
const IMAGE_SIZES: { key: keyof ImageAssets; size: RedownloadSize; label: string }[] = (
  [
    ['small_jpg', 'small'],
    ['medium_jpg', 'medium'],
    ['huge_jpg', 'huge'],
    ['supersize_jpg', 'supersize'],
    ['vector_eps', 'vector'],
  ] as const
).map(([key, size]) => ({ key, size, label: sizeName('image', size) }));

const VIDEO_SIZES: { key: keyof VideoAssets; size: RedownloadSize; label: string }[] = (
  ['web', 'sd', 'hd', '4k'] as const
).map((size) => ({ key: size, size, label: sizeName('video', size) }));

/** Any asset the app licenses, as far as its sizes go. */
export interface LicensableAsset {
  assets?: object;
  is_editorial?: boolean;
}

/** The sizes an asset comes in, smallest first. */
export function sizeOptions(media: LicenseMedia, asset: LicensableAsset | undefined): SizeOption[] {
  const assets = (asset?.assets ?? {}) as Record<string, SizeDetails | undefined>;
  switch (media) {
    case 'image':
      return IMAGE_SIZES.flatMap(({ key, size, label }) => {
        const details = assets[key];
        if (!details) return [];
        // The license request has no super size: the vendor's "huge" licence covers it.
        if (size === 'supersize') return [];
        return [
          {
            size,
            label,
            detail: detailOf(details, details.dpi ? `${details.dpi} dpi` : undefined),
            format: size === 'vector' ? 'eps' : 'jpg',
            redownloadSize: size,
          },
        ];
      });
    case 'video':
      return VIDEO_SIZES.flatMap(({ key, size, label }) => {
        const details = assets[key];
        return details ? [{ size, label, detail: detailOf(details), redownloadSize: size }] : [];
      });
    case 'editorial-image':
      return (['small_jpg', 'medium_jpg', 'original'] as const).flatMap((key) => {
        const details = assets[key];
        if (!details) return [];
        const size = key === 'original' ? 'original' : key.replace('_jpg', '');
        return [{ size, label: sizeName('editorial-image', size), detail: detailOf(details) }];
      });
    case 'editorial-video': {
      const details = assets.original;
      return [
        {
          size: 'original',
          label: sizeName('editorial-video', 'original'),
          detail: detailOf(details),
        },
      ];
    }
    case 'audio': {
      const original = (asset?.assets as AudioAssets | undefined)?.original_audio;
      return [
        {
          size: 'original',
          label: sizeName('audio', 'original'),
          detail: ['WAV', formatBytes(original?.file_size)].filter(Boolean).join(' · '),
        },
      ];
    }
    case 'sfx':
      // Smallest first, like every list here: the dialog picks the last (WAV) by default.
      return [
        { size: 'mp3', label: sizeName('sfx', 'mp3'), detail: 'Compressed, stereo', format: 'mp3' },
        {
          size: 'wav',
          label: sizeName('sfx', 'wav'),
          detail: 'Uncompressed, stereo',
          format: 'wav',
        },
      ];
  }
}

/** Sizes a re-download may ask for (the vendor's RedownloadImage / RedownloadVideo). */
export function redownloadOptions(
  media: LicenseMedia,
  asset: LicensableAsset | undefined,
): SizeOption[] {
  if (media !== 'image' && media !== 'video') return [];
  const assets = (asset?.assets ?? {}) as Record<string, SizeDetails | undefined>;
  const table = media === 'image' ? IMAGE_SIZES : VIDEO_SIZES;
  return table.flatMap(({ key, size, label }) => {
    const details = assets[key];
    // A license covers the sizes of its subscription, which never lists super size.
    return details && size !== 'supersize'
      ? [{ size, label, detail: detailOf(details), redownloadSize: size }]
      : [];
  });
}

/** The asset types a subscription's `asset_type` names for each media type. */
const ASSET_TYPES: Record<LicenseMedia, readonly string[]> = {
  image: ['images', 'image'],
  video: ['videos', 'video', 'footage'],
  audio: ['audio', 'music', 'tracks'],
  sfx: ['sfx', 'sound_effects', 'sound-effects'],
  'editorial-image': ['editorial', 'editorial_images', 'editorial-images', 'editorial_image'],
  'editorial-video': ['editorial_video', 'editorial_videos', 'editorial-videos', 'editorial-video'],
};

export function subscriptionFits(media: LicenseMedia, subscription: Subscription): boolean {
  return ASSET_TYPES[media].includes((subscription.asset_type ?? '').toLowerCase());
}

/** The sizes a subscription allows, or undefined when it does not list formats. */
export function allowedSizes(subscription: Subscription): Set<string> | undefined {
  if (!subscription.formats?.length) return undefined;
  return new Set(subscription.formats.map((format) => format.size ?? '').filter(Boolean));
}

export type Availability = { ok: true } | { ok: false; reason: string };

/** Whether a subscription can license anything now: not expired, not used up. */
export function subscriptionAvailability(
  subscription: Subscription,
  now = Date.now(),
): Availability {
  const expiry = subscription.expiration_time ?? subscription.allotment?.end_time;
  if (expiry && Date.parse(expiry) <= now)
    return { ok: false, reason: `Expired on ${formatDay(expiry)}` };
  const left = subscription.allotment?.downloads_left;
  if (left !== undefined && left <= 0) return { ok: false, reason: 'No downloads left' };
  return { ok: true };
}

export function formatDay(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "12 of 750 left · until 3 Jan 2027" */
export function allotmentSummary(subscription: Subscription): string {
  const { downloads_left: left, downloads_limit: limit } = subscription.allotment ?? {};
  const expiry = subscription.expiration_time ?? subscription.allotment?.end_time;
  return [
    left !== undefined ? `${left}${limit !== undefined ? ` of ${limit}` : ''} left` : undefined,
    expiry ? `until ${formatDay(expiry)}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface MetadataField {
  key: string;
  label: string;
  required: boolean;
}

const FIELD_LABELS: Record<string, string> = {
  client: 'Client',
  job: 'Job',
  purchase_order: 'Purchase order',
  other: 'Other',
};

/** The license metadata fields a subscription asks for, required ones first. */
export function metadataFields(metadata: SubscriptionMetadata | undefined): MetadataField[] {
  if (!metadata || typeof metadata !== 'object') return [];
  return Object.entries(metadata)
    .filter(([, field]) => field && typeof field === 'object')
    .map(([key, field]) => ({
      key,
      label: FIELD_LABELS[key] ?? humanize(key),
      required: Boolean(field?.is_required),
    }))
    .sort((a, b) => Number(b.required) - Number(a.required));
}

/** What a license form has chosen: the subscription, a size it allows, and its metadata fields. */
export interface LicenseChoice {
  chosen: Subscription | undefined;
  /** Whether the chosen subscription allows a size (sound effects list WAV and MP3 as original). */
  sizeAllowed: (option: SizeOption) => boolean;
  chosenSize: SizeOption | undefined;
  fields: MetadataField[];
}

/**
 * The subscription picked (or the first usable one that fits), the size picked when it
 * allows it (or the largest it allows, vectors last), and the metadata it asks for: the
 * single and the bulk license forms choose alike.
 */
export function chooseLicense(
  media: LicenseMedia,
  fitting: readonly Subscription[],
  sizes: readonly SizeOption[],
  picked: { subscriptionId: string; size: string },
): LicenseChoice {
  const chosen =
    fitting.find((s) => s.id === picked.subscriptionId) ??
    fitting.find((s) => subscriptionAvailability(s).ok);
  const allowed = chosen ? allowedSizes(chosen) : undefined;
  const sizeAllowed = (option: SizeOption) =>
    !allowed || allowed.has(option.size) || (media === 'sfx' && allowed.has('original'));
  const chosenSize =
    sizes.find((o) => o.size === picked.size && sizeAllowed(o)) ??
    [...sizes].reverse().find((o) => sizeAllowed(o) && o.size !== 'vector') ??
    sizes.find(sizeAllowed);
  const fields = metadataFields(chosen?.metadata);
  return { chosen, sizeAllowed, chosenSize, fields };
}

/** Metadata values are kept short (the schema in license-schema.ts holds the rules). */
export const METADATA_MAX_LENGTH = 200;

/** What an asset of each media type is called in the dialogs' sentences. */
export const MEDIA_NOUN: Record<LicenseMedia, string> = {
  image: 'image',
  video: 'video',
  audio: 'track',
  sfx: 'sound effect',
  'editorial-image': 'editorial image',
  'editorial-video': 'editorial video',
};

export const isEditorial = (media: LicenseMedia) => media.startsWith('editorial');

/** A new intent's nonce (an opening of a license dialog), for its Idempotency-Keys. */
export function newNonce(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The sizes every one of several assets comes in (a bulk license sends one size for all),
 * in the first asset's order. Where the pixels differ from asset to asset the detail says
 * so and gives the first as an example.
 */
export function sharedSizeOptions(
  media: LicenseMedia,
  assets: readonly (LicensableAsset | undefined)[],
): SizeOption[] {
  const lists = assets.map((asset) => sizeOptions(media, asset));
  const [first, ...rest] = lists;
  if (!first) return [];
  return first.flatMap((option) => {
    const others = rest.map((list) => list.find((o) => o.size === option.size));
    if (others.some((o) => !o)) return [];
    const same = others.every((o) => o?.detail === option.detail);
    return [
      {
        ...option,
        detail:
          same || !option.detail
            ? option.detail
            : `Varies by ${MEDIA_NOUN[media]}, e.g. ${option.detail}`,
      },
    ];
  });
}
