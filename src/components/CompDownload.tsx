import { useId } from 'react';
import { fileFetchUrl } from '@/api/files';
import { compOf, type CompMedia } from '@/lib/comp';
import { buttonClass } from './button-class';
import { DownloadIcon } from './icons';

/**
 * "Download comp": the asset's largest watermarked preview, saved as
 * `shutterstock_<id>_comp.<ext>` for mock-ups, with no license and no charge. A link, so
 * the browser downloads it itself; a preview on the vendor's CDN goes through the
 * gateway (GET /api/files), so it is same-origin and keeps the comp's name.
 */
export function CompDownload({
  media,
  assetId,
  assets,
  title,
}: {
  media: CompMedia;
  assetId: string;
  assets: object | undefined;
  title: string;
}) {
  const noteId = useId();
  const comp = compOf(media, assetId, assets);
  if (!comp) return null;
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <a
        href={fileFetchUrl(comp.url)}
        download={comp.filename}
        aria-label={`Download comp of ${title}`}
        aria-describedby={noteId}
        className={buttonClass('ghost')}
        data-testid="comp-download"
      >
        <DownloadIcon /> Download comp
      </a>
      <span id={noteId} className="px-1 text-xs text-neutral-600 dark:text-neutral-400">
        Watermarked preview for mock-ups, not licensed · {comp.detail}
      </span>
    </span>
  );
}
