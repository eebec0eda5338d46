// A chosen picture, checked against the vendor's limits before anything is sent, and
// made ready for upload: small pictures go as they are; big ones are scaled down in a
// canvas (long side 1,600 px or less, JPEG, under the gateway's 1 MB body limit), which
// is plenty to look for similar images.
import { CV_MAX_BYTES, CV_MAX_SIDE, CV_TYPES } from '@/api/cv';

/** Sent unchanged up to this size; larger pictures are scaled down first. */
const SEND_AS_IS_BYTES = 600 * 1024;
/** The app's requests pass a gateway that takes bodies up to 1 MB: stay well under it. */
const MAX_BASE64_LENGTH = 900_000;
/** Long side and JPEG quality of the scaled-down picture, tried in turn until it fits. */
const SCALED = [
  [1600, 0.9],
  [1200, 0.85],
  [800, 0.8],
] as const;
const THUMBNAIL_SIDE = 360;

export interface PreparedPicture {
  /** The picture to upload, base64 without a data-URL prefix. */
  base64: string;
  /** A small JPEG data URL, to show the picture again later in the session. */
  thumbnail: string;
  width: number;
  height: number;
}

/** The first file of a drop or a paste, preferring a picture when there are several. */
export function firstFile(files: FileList | null | undefined): File | undefined {
  const list = Array.from(files ?? []);
  return list.find((file) => file.type.startsWith('image/')) ?? list[0];
}

/** Why a file cannot be searched with, in plain words; undefined when it can. */
export function fileProblem(file: File): string | undefined {
  const kind = file.type.split('/')[1]?.toUpperCase().replace('SVG+XML', 'SVG') ?? '';
  if (!file.type.startsWith('image/'))
    return 'That file is not a picture. Choose a JPEG or PNG image.';
  if (!(CV_TYPES as readonly string[]).includes(file.type))
    return `${kind || 'That'} images can’t be searched with. Choose a JPEG or PNG image.`;
  if (file.size > CV_MAX_BYTES)
    // Rounded up, so a file just over the limit never reads as "10 MB".
    return `This picture is ${(Math.ceil((file.size / 1024 / 1024) * 10) / 10).toFixed(1)} MB; pictures can be at most 10 MB.`;
  return undefined;
}

function load(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  return image.decode().then(() => image);
}

function draw(image: HTMLImageElement, longSide: number, quality: number): string {
  const scale = Math.min(1, longSide / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw pictures.');
  // Transparent areas become white, as they would on a page.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', quality);
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Decodes the picture (so a damaged file is caught here) and makes its upload and thumbnail. */
export async function preparePicture(file: File, url: string): Promise<PreparedPicture> {
  let image: HTMLImageElement;
  try {
    image = await load(url);
  } catch {
    throw new Error('This picture could not be opened; the file may be damaged.');
  }
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  if (width > CV_MAX_SIDE || height > CV_MAX_SIDE) {
    throw new Error(
      `This picture is ${width.toLocaleString('en-US')}×${height.toLocaleString('en-US')} pixels; pictures can be at most 10,000 pixels wide or high.`,
    );
  }
  const thumbnail = draw(image, THUMBNAIL_SIDE, 0.8);
  if (file.size <= SEND_AS_IS_BYTES && Math.max(width, height) <= SCALED[0][0])
    return { base64: await readBase64(file), thumbnail, width, height };
  let base64 = '';
  for (const [side, quality] of SCALED) {
    base64 = draw(image, side, quality).replace(/^data:[^,]*,/, '');
    if (base64.length <= MAX_BASE64_LENGTH) break;
  }
  return { base64, thumbnail, width, height };
}
