// What can be licensed, per media type: how an asset is found, which sizes and formats it
// has, and what the download URL names (the DownloadTarget's size and format). The
// sizes agree with what the catalogs report in each asset's `assets`:
//   image            small | medium | huge (jpg), vector (eps), custom-<width>x<height> (jpg)
//   video            web | sd | hd | 4k (mov)
//   audio            original (wav)
//   sfx              original (wav or mp3)
//   editorial-image  small | medium | original (jpg)
//   editorial-video  original (mov)
import type { SubscriptionAssetType } from '../accounts';
import type { DownloadMedia } from '../downloads/signing';
import type { Catalogs } from '../catalogs';
import { sizeDetails } from '../videos/videos';
import { availableIn } from '../videos/editorial';
import { Refusal } from './refusal';
import { proportionalSide } from '../media/sizes';

/** One asset of a license request, with the query's defaults applied. */
export interface LicenseRequestItem {
  /** Where the item is in the request, for error paths ('$.body.images[0]'). */
  path: string;
  assetId: string;
  subscriptionId?: string;
  /** The license name asked for (music and editorial requests name it). */
  license?: string;
  size: string;
  format?: string;
  customDimensions?: { width?: number; height?: number };
  metadata: Record<string, unknown>;
  editorialAcknowledgement?: boolean;
  price?: number;
  searchId?: string;
  /** Where editorial content will be used (alpha-3, upper case). */
  country?: string;
}

/** What a licensed download is: the subscription size it needs and the file it names. */
export interface Resolved {
  /** The size as subscriptions list it (small, hd, custom, original, …). */
  subscriptionSize: string;
  /** The size the download URL names (custom sizes carry their pixels: custom-1200x800). */
  size: string;
  format: string;
}

export interface LicenseKind {
  media: DownloadMedia;
  assetType: SubscriptionAssetType;
  /** How messages name an asset of this kind. */
  noun: string;
  /** The asset id's field in license results. */
  idField: 'image_id' | 'video_id' | 'audio_id' | 'sfx_id' | 'editorial_id';
  /** Which DownloadHistory field carries the asset. */
  historyField: 'image' | 'video' | 'audio';
  /** Whether the vendor has a re-download endpoint for it (history's is_downloadable). */
  redownloadable: boolean;
  exists(id: string): boolean;
  /** The asset's download at the item's size and format, or why it cannot be had. */
  resolve(item: LicenseRequestItem): Resolved | Refusal;
}

function acknowledgementRefusal(item: LicenseRequestItem, noun: string): Refusal | undefined {
  if (item.editorialAcknowledgement === true) return undefined;
  return Refusal.badRequest(
    'EDITORIAL_ACKNOWLEDGEMENT_REQUIRED',
    `${noun} ${item.assetId} is for editorial use only: set editorial_acknowledgement to true to license it`,
    `${item.path}.editorial_acknowledgement`,
  );
}

function sizeRefusal(item: LicenseRequestItem, noun: string, sizes: string[]): Refusal {
  return Refusal.badRequest(
    'SIZE_NOT_AVAILABLE',
    `${noun} ${item.assetId} is not available in size ${item.size} (available: ${sizes.join(', ')})`,
    `${item.path}.size`,
  );
}

function countryRefusal(item: LicenseRequestItem, noun: string, rule: string): Refusal {
  return new Refusal(
    406,
    'COUNTRY_NOT_ALLOWED',
    `${noun} ${item.assetId} may not be used in ${item.country ?? 'that country'}${rule ? ` (${rule})` : ''}`,
    '$.body.country',
  );
}

/** The custom size of an image: one side given (at least 100 px), the other by its aspect. */
function customSize(
  item: LicenseRequestItem,
  original: { width: number; height: number },
): Resolved | Refusal {
  const { width, height } = item.customDimensions ?? {};
  const path = `${item.path}.custom_dimensions`;
  if ((width === undefined) === (height === undefined)) {
    return Refusal.badRequest(
      'VALIDATION_ERROR',
      'size custom needs custom_dimensions with a width or a height, not both',
      path,
    );
  }
  const w = width ?? proportionalSide(height as number, original.height, original.width);
  const h = height ?? proportionalSide(width as number, original.width, original.height);
  if (w > original.width || h > original.height) {
    return Refusal.badRequest(
      'VALIDATION_ERROR',
      `custom_dimensions ${w}×${h} exceed image ${item.assetId}'s ${original.width}×${original.height}`,
      path,
    );
  }
  return { subscriptionSize: 'custom', size: `custom-${w}x${h}`, format: 'jpg' };
}

export function licenseKinds(catalogs: Catalogs): Record<DownloadMedia, LicenseKind> {
  const { catalog, videos, audio, editorial } = catalogs;

  const image: LicenseKind = {
    media: 'image',
    assetType: 'images',
    noun: 'Image',
    idField: 'image_id',
    historyField: 'image',
    redownloadable: true,
    exists: (id) => catalog.images.find(id) !== undefined,
    resolve(item) {
      const row = catalog.images.find(item.assetId);
      if (!row) return Refusal.notFound(`Image ${item.assetId} not found`, `${item.path}.image_id`);
      if (row.is_editorial) {
        const refusal = acknowledgementRefusal(item, 'Image');
        if (refusal) return refusal;
      }
      const isVector = row.image_type === 'vector';
      const format = item.format ?? (item.size === 'vector' ? 'eps' : 'jpg');
      if ((item.size === 'vector') !== (format === 'eps')) {
        return Refusal.badRequest(
          'VALIDATION_ERROR',
          `format ${format} does not go with size ${item.size}: vectors are eps, other sizes jpg`,
          `${item.path}.format`,
        );
      }
      if (item.size === 'vector' && !isVector) {
        return sizeRefusal(item, 'Image', ['small', 'medium', 'huge', 'custom']);
      }
      if (item.size === 'custom') return customSize(item, row);
      if (item.size === 'supersize') return sizeRefusal(item, 'Image', ['small', 'medium', 'huge']);
      return { subscriptionSize: item.size, size: item.size, format };
    },
  };

  const video: LicenseKind = {
    media: 'video',
    assetType: 'videos',
    noun: 'Video',
    idField: 'video_id',
    historyField: 'video',
    redownloadable: true,
    exists: (id) => videos.videos.find(id) !== undefined,
    resolve(item) {
      const row = videos.videos.find(item.assetId);
      if (!row) return Refusal.notFound(`Video ${item.assetId} not found`, `${item.path}.video_id`);
      if (row.is_editorial) {
        const refusal = acknowledgementRefusal(item, 'Video');
        if (refusal) return refusal;
      }
      const sizes = Object.keys(sizeDetails(row));
      if (!sizes.includes(item.size)) return sizeRefusal(item, 'Video', sizes);
      return { subscriptionSize: item.size, size: item.size, format: 'mov' };
    },
  };

  const track: LicenseKind = {
    media: 'audio',
    assetType: 'audio',
    noun: 'Track',
    idField: 'audio_id',
    historyField: 'audio',
    redownloadable: true,
    exists: (id) => audio.tracks.find(id) !== undefined,
    resolve(item) {
      if (!audio.tracks.find(item.assetId)) {
        return Refusal.notFound(`Track ${item.assetId} not found`, `${item.path}.audio_id`);
      }
      return { subscriptionSize: 'original', size: 'original', format: 'wav' };
    },
  };

  const sfx: LicenseKind = {
    media: 'sfx',
    assetType: 'sfx',
    noun: 'Sound effect',
    idField: 'sfx_id',
    historyField: 'audio',
    redownloadable: true,
    exists: (id) => audio.sfx.find(id) !== undefined,
    resolve(item) {
      if (!audio.sfx.find(item.assetId)) {
        return Refusal.notFound(`Sound effect ${item.assetId} not found`, `${item.path}.sfx_id`);
      }
      return { subscriptionSize: 'original', size: 'original', format: item.format ?? 'wav' };
    },
  };

  const editorialImage: LicenseKind = {
    media: 'editorial-image',
    assetType: 'editorial',
    noun: 'Editorial image',
    idField: 'editorial_id',
    historyField: 'image',
    redownloadable: false,
    exists: (id) => editorial.find(id) !== undefined,
    resolve(item) {
      const row = editorial.find(item.assetId);
      if (!row) {
        return Refusal.notFound(
          `Editorial image ${item.assetId} not found`,
          `${item.path}.editorial_id`,
        );
      }
      const index = editorial.indexOf(row.num);
      if (!item.country || !editorial.allowedIn(index, item.country)) {
        return countryRefusal(item, 'Editorial image', row.special_instructions);
      }
      return { subscriptionSize: item.size, size: item.size, format: 'jpg' };
    },
  };

  const editorialVideo: LicenseKind = {
    media: 'editorial-video',
    assetType: 'editorial_videos',
    noun: 'Editorial video',
    idField: 'editorial_id',
    historyField: 'video',
    redownloadable: false,
    exists: (id) => videos.editorial.findAny(id) !== undefined,
    resolve(item) {
      const row = videos.editorial.findAny(item.assetId);
      if (!row) {
        return Refusal.notFound(
          `Editorial video ${item.assetId} not found`,
          `${item.path}.editorial_id`,
        );
      }
      if (!item.country || !availableIn(row, item.country)) {
        const rule = row.allowed_only
          ? `available only in ${row.allowed_only}`
          : `not for use in ${row.restricted_in}`;
        return countryRefusal(item, 'Editorial video', rule);
      }
      return { subscriptionSize: 'original', size: 'original', format: 'mov' };
    },
  };

  return {
    image,
    video,
    audio: track,
    sfx,
    'editorial-image': editorialImage,
    'editorial-video': editorialVideo,
  };
}

/** Another kind that knows the id, to tell "wrong endpoint" from "unknown asset". */
export function otherKindOf(
  kinds: Record<DownloadMedia, LicenseKind>,
  kind: LicenseKind,
  id: string,
): LicenseKind | undefined {
  return Object.values(kinds).find((other) => other !== kind && other.exists(id));
}
