// What a signed download names, resolved against the catalogs: the file's kind, pixel size
// or duration, name and type, and how to make it. Sizes and formats as the licensing
// endpoints sign them (see DownloadTarget):
//
//   image            small | medium | huge | supersize | vector | custom-<w>x<h>   jpg | eps | svg
//   editorial-image  small | medium | original                                      jpg
//   video            web | sd | hd | 4k                                              mov (also mp4, avc1)
//   editorial-video  original (or web | sd | hd | 4k up to its resolution)           mov (also mp4)
//   audio, sfx       any size (the file is the whole track or effect)                wav | mp3
//
// Custom image sizes carry their pixels in the size: `custom-800x533`; the vendor lets a
// request give only a width or only a height, so `custom-800x` and `custom-x533` work too
// (the other side follows the image's aspect ratio); with both, the picture fills the size
// and is cropped around its centre, never stretched. A custom side is 100 px or more and
// no larger than the huge size. Sizes come from the same code as the API's answers
// (`assets.small_jpg`…, a video's renditions), so a file always matches what was shown.
import { SandboxError } from '../errors';
import type { Catalogs } from '../catalogs';
import { toImage, type ImageSizeDetails } from '../catalog/images';
import { toEditorialContent } from '../editorial/shapes';
import { editorialPreviewSpec } from '../editorial/media';
import type { ImagePreviewSpec } from '../media/types';
import { fitLongSide, proportionalSide } from '../media/sizes';
import { sizeDetails } from '../videos/videos';
import type { Rendition } from '../videos/formats';
import { videoMediaSpec } from '../videos/media/spec';
import type { VideoMediaSpec } from '../videos/media/render';
import type { TrackSoundSpec } from '../audio/tracks';
import type { SfxSoundSpec } from '../audio/sfx';
import type { DownloadTarget } from './signing';

/** Supersize is twice the huge size on each side, up to this long side. */
const SUPERSIZE_MAX_SIDE = 10_000;
const MIN_CUSTOM_SIDE = 100;

export type DownloadFile =
  | {
      kind: 'jpg';
      spec: ImagePreviewSpec;
      width: number;
      height: number;
      dpi: number;
      /** Drawn at this size (the image's aspect ratio), then cropped to width×height around the centre. */
      drawn?: { width: number; height: number };
      /** The size the API announced (small, medium and huge): the file has exactly this many bytes. */
      fileSize?: number;
    }
  | {
      kind: 'eps' | 'svg';
      spec: ImagePreviewSpec;
      width: number;
      height: number;
      /** The size the API announced (the EPS): the file has exactly this many bytes. */
      fileSize?: number;
    }
  | {
      /** Every licensed clip is a QuickTime MOV with an H.264 (avc1) video track. */
      kind: 'mov';
      spec: VideoMediaSpec;
      rendition: Rendition;
      width: number;
      height: number;
      /** The clip's full duration. */
      seconds: number;
      fps: number;
      /** What the API announced for this rendition: the file has exactly this many bytes. */
      fileSize: number;
    }
  | { kind: 'wav' | 'mp3'; sound: 'track'; spec: TrackSoundSpec; seconds: number }
  | { kind: 'wav' | 'mp3'; sound: 'sfx'; spec: SfxSoundSpec; seconds: number };

type PictureFile = Extract<DownloadFile, { kind: 'jpg' | 'eps' | 'svg' }>;

export const CONTENT_TYPES: Record<DownloadFile['kind'], string> = {
  jpg: 'image/jpeg',
  eps: 'application/postscript',
  svg: 'image/svg+xml',
  mov: 'video/quicktime',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
};

const notFound = (message: string) => SandboxError.notFound(message);

/** The file a target names, or a 404 naming what is missing (unknown asset, size or format). */
export function resolveDownload(catalogs: Catalogs, target: DownloadTarget): DownloadFile {
  switch (target.media) {
    case 'image':
      return imageFile(catalogs, target);
    case 'editorial-image':
      return editorialImageFile(catalogs, target);
    case 'video':
    case 'editorial-video':
      return videoFile(catalogs, target);
    case 'audio':
    case 'sfx':
      return soundFile(catalogs, target);
    default:
      throw notFound(`Unknown media type: ${String(target.media)}`);
  }
}

/** The pixel size of an image download, for the licensing endpoints to check before signing. */
export function imageDownloadSize(
  catalogs: Catalogs,
  assetId: string,
  size: string,
): { width: number; height: number } | undefined {
  try {
    const file = imageFile(catalogs, {
      media: 'image',
      assetId,
      size,
      format: 'jpg',
      licenseId: '',
    });
    return { width: file.width, height: file.height };
  } catch {
    return undefined;
  }
}

function imageFile(catalogs: Catalogs, target: DownloadTarget): PictureFile {
  const row = catalogs.catalog.images.find(target.assetId);
  const spec = catalogs.catalog.images.previewSpec(target.assetId);
  if (!row || !spec) throw notFound(`Image not found: ${target.assetId}`);
  const assets = toImage(row, 'full', '').assets as Record<string, ImageSizeDetails | undefined>;
  const huge = assets.huge_jpg as ImageSizeDetails;
  const format = target.format.toLowerCase();
  if (target.size === 'vector') {
    const vector = assets.vector_eps;
    if (!vector) throw notFound(`Image ${target.assetId} has no vector version`);
    if (format !== 'eps' && format !== 'svg')
      throw notFound(`A vector is downloaded as eps or svg, not ${target.format}`);
    const { width, height } = vector;
    if (format === 'svg') return { kind: format, spec, width, height };
    return { kind: format, spec, width, height, fileSize: vector.file_size };
  }
  if (format !== 'jpg' && format !== 'jpeg')
    throw notFound(`Image size ${target.size} is downloaded as jpg, not ${target.format}`);
  const known = assets[`${target.size}_jpg`];
  if (known) {
    const { width, height, dpi, file_size: fileSize } = known;
    return { kind: 'jpg', spec, width, height, dpi, fileSize };
  }
  if (target.size === 'supersize') {
    const long = Math.max(huge.width, huge.height);
    const { width, height } = fitLongSide(huge, Math.min(2 * long, SUPERSIZE_MAX_SIDE));
    return { kind: 'jpg', spec, width, height, dpi: 300 };
  }
  const custom = /^custom-(\d{0,5})x(\d{0,5})$/.exec(target.size);
  if (custom && (custom[1] || custom[2])) {
    const width = custom[1]
      ? Number(custom[1])
      : proportionalSide(Number(custom[2]), huge.height, huge.width);
    const height = custom[2]
      ? Number(custom[2])
      : proportionalSide(Number(custom[1]), huge.width, huge.height);
    const given = [custom[1], custom[2]].filter(Boolean).map(Number);
    if (given.some((side) => side < MIN_CUSTOM_SIDE) || width > huge.width || height > huge.height)
      throw notFound(
        `Custom size ${width}×${height} is outside ${MIN_CUSTOM_SIDE} px … the huge size ${huge.width}×${huge.height}`,
      );
    const scale = Math.max(width / huge.width, height / huge.height);
    const drawn = {
      width: Math.max(width, Math.round(huge.width * scale)),
      height: Math.max(height, Math.round(huge.height * scale)),
    };
    const cropped = drawn.width !== width || drawn.height !== height;
    return { kind: 'jpg', spec, width, height, dpi: 300, ...(cropped ? { drawn } : {}) };
  }
  throw notFound(`Image ${target.assetId} has no size ${target.size}`);
}

function editorialImageFile(catalogs: Catalogs, target: DownloadTarget): DownloadFile {
  const row = catalogs.editorial.find(target.assetId);
  if (!row) throw notFound(`Editorial image not found: ${target.assetId}`);
  const format = target.format.toLowerCase();
  if (format !== 'jpg' && format !== 'jpeg')
    throw notFound(`Editorial images are downloaded as jpg, not ${target.format}`);
  const assets = toEditorialContent(row, '').assets as Record<
    string,
    { width: number; height: number } | undefined
  >;
  const size = assets[target.size === 'original' ? 'original' : `${target.size}_jpg`];
  if (!size || !['small', 'medium', 'original'].includes(target.size))
    throw notFound(`Editorial image ${target.assetId} has no size ${target.size}`);
  const dpi = target.size === 'original' ? 300 : 72;
  return { kind: 'jpg', spec: editorialPreviewSpec(row), ...size, dpi };
}

const VIDEO_FORMATS = new Set(['mp4', 'mov', 'avc1', 'mpeg']);

function videoFile(catalogs: Catalogs, target: DownloadTarget): DownloadFile {
  if (!VIDEO_FORMATS.has(target.format.toLowerCase()))
    throw notFound(`Videos are downloaded as mov, not ${target.format}`);
  const editorial = target.media === 'editorial-video';
  let spec: VideoMediaSpec | undefined;
  let renditions: Record<
    string,
    { width: number; height: number; fps: number; file_size: number } | undefined
  >;
  let duration: number;
  let size = target.size;
  if (editorial) {
    const row = catalogs.videos.editorial.findAny(target.assetId);
    spec = videoMediaSpec(catalogs.videos, 'editorial-videos', target.assetId);
    if (!row || !spec) throw notFound(`Editorial video not found: ${target.assetId}`);
    renditions = sizeDetails({
      ...row,
      aspect_ratio: row.width < row.height ? '9:16' : '16:9',
    });
    if (size === 'original') size = row.resolution;
    duration = row.duration;
  } else {
    const row = catalogs.videos.videos.find(target.assetId);
    spec = videoMediaSpec(catalogs.videos, 'videos', target.assetId);
    if (!row || !spec) throw notFound(`Video not found: ${target.assetId}`);
    renditions = sizeDetails(row);
    duration = row.duration;
  }
  const rendition = Object.hasOwn(renditions, size) ? renditions[size] : undefined;
  if (!rendition) throw notFound(`Video ${target.assetId} has no ${target.size} rendition`);
  // The same pixels, frame rate and file size the API announces for the rendition.
  return {
    kind: 'mov',
    spec,
    rendition: size as Rendition,
    width: rendition.width,
    height: rendition.height,
    seconds: duration,
    fps: rendition.fps,
    fileSize: rendition.file_size,
  };
}

function soundFile(catalogs: Catalogs, target: DownloadTarget): DownloadFile {
  const format = target.format.toLowerCase();
  if (format !== 'wav' && format !== 'mp3')
    throw notFound(`Audio is downloaded as wav or mp3, not ${target.format}`);
  if (target.media === 'audio') {
    const spec = catalogs.audio.tracks.soundSpec(target.assetId);
    if (!spec) throw notFound(`Track not found: ${target.assetId}`);
    return { kind: format, sound: 'track', spec, seconds: spec.duration };
  }
  const spec = catalogs.audio.sfx.soundSpec(target.assetId);
  if (!spec) throw notFound(`Sound effect not found: ${target.assetId}`);
  return { kind: format, sound: 'sfx', spec, seconds: spec.duration };
}

/** The file's name for Content-Disposition, as the vendor names downloads: shutterstock_<id>_<size>.<ext>. */
export function downloadFileName(target: DownloadTarget, file: DownloadFile): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]/g, '');
  const size = safe(target.size);
  return `shutterstock_${safe(target.assetId)}${size ? `_${size}` : ''}.${file.kind}`;
}

/** The cache key of a file: the same asset, size and format is made once, whatever the license. */
export function cacheKey(target: DownloadTarget, file: DownloadFile): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]/g, '_');
  const dims = 'width' in file ? `-${file.width}x${file.height}` : '';
  // A file made to an announced size is made again when the announcement changes.
  const bytes = 'fileSize' in file && file.fileSize !== undefined ? `-${file.fileSize}b` : '';
  return `${target.media}/${safe(target.assetId)}-${safe(target.size)}${dims}${bytes}.${file.kind}`;
}
