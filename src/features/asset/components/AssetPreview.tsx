import type { Image } from '@/api/types';
import { imageAspect, imageSrc, imageSrcSet } from '@/lib/images';

/**
 * The large watermarked preview, its box sized from the aspect ratio before anything
 * loads. The small thumbnail the grid already loaded sits underneath, so the first
 * frame is the picture, not a blank box.
 */
export function AssetPreview({ image }: { image: Image }) {
  const aspect = imageAspect(image);
  const placeholder = imageSrc(image, 300, ['huge_thumb', 'preview']);
  const description = image.description?.trim() || `Image ${image.id}`;
  return (
    <div className="flex items-center justify-center rounded-xl bg-neutral-100 p-3 sm:p-6 dark:bg-neutral-900">
      <div
        className="relative w-full overflow-hidden rounded-md bg-neutral-200 bg-cover bg-center shadow-sm dark:bg-neutral-800"
        style={{
          aspectRatio: String(aspect),
          maxWidth: `min(100%, calc(70vh * ${aspect}))`,
          ...(placeholder ? { backgroundImage: `url("${placeholder}")` } : {}),
        }}
      >
        <img
          src={imageSrc(image, 1000, ['preview', 'preview_1000', 'preview_1500'])}
          srcSet={imageSrcSet(image, ['preview', 'preview_1000', 'preview_1500'])}
          sizes="(min-width: 1024px) 65vw, 100vw"
          alt={description}
          data-testid="asset-preview"
          className="absolute inset-0 size-full object-contain"
        />
      </div>
    </div>
  );
}
