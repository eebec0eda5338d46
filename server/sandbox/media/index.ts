// Generated image previews for the sandbox: GET /sandbox/media/images/:id/:size.jpg
// (public, no auth). Register imageMediaPlugin without a prefix; build asset URLs with
// imagePreviewPath / imagePreviewAssets and their sizes with previewDimensions.
export type { ImagePreviewSpec } from './types';
export {
  IMAGE_PREVIEW_SIZES,
  IMAGE_PREVIEW_SIZE_NAMES,
  isImagePreviewSize,
  previewDimensions,
  type ImagePreviewSize,
} from './sizes';
export {
  createImagePreviewStore,
  imageMediaPlugin,
  imagePreviewAssets,
  imagePreviewPath,
  type ImageMediaOptions,
  type ImagePreviewStore,
} from './plugin';
