import { memo } from 'react';
import { Link } from 'react-router';
import type { EditorialImage } from '@/api/editorial-types';
import { CardPicture } from '@/components/CardPicture';
import { formatDate } from '@/lib/format';
import { editorialThumbUrl } from '@/lib/images';

/** An editorial image result: a link with its picture; title and date on hover and focus. */
export const EditorialImageCard = memo(function EditorialImageCard({
  image,
  to,
  width,
  height,
  eager,
  priority = false,
  onIntent,
}: {
  image: EditorialImage;
  to: string;
  width: number;
  height: number;
  eager: boolean;
  /** In the first screen's rows: its picture is asked for before the rest. */
  priority?: boolean;
  onIntent: () => void;
}) {
  const src = editorialThumbUrl(image, width, height);
  const title = image.title || image.description || `Editorial image ${image.id}`;
  return (
    <Link
      to={to}
      onPointerEnter={onIntent}
      onFocus={onIntent}
      data-testid="editorial-card"
      data-nav-item
      style={{ width, height }}
      className="group relative block overflow-hidden rounded-md bg-neutral-200 focus-visible:outline-offset-2 dark:bg-neutral-800"
    >
      <CardPicture
        src={src}
        alt={image.description || title}
        box={{ width, height, eager, priority }}
        className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.02]"
      />
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 bottom-0 translate-y-1 bg-gradient-to-t from-black/75 via-black/35 to-transparent px-3 pt-8 pb-2.5 text-white opacity-0 transition duration-200 group-hover:translate-y-0 group-hover:opacity-100 group-focus-visible:translate-y-0 group-focus-visible:opacity-100"
      >
        <p className="line-clamp-2 text-[13px] leading-snug font-medium">{title}</p>
        <p className="mt-0.5 truncate text-[11px] text-white/80">
          {[formatDate(image.date_taken), image.byline].filter(Boolean).join(' · ')}
        </p>
      </div>
    </Link>
  );
});
