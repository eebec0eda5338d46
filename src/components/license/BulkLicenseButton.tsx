// "License N…" beside a selection: opens the bulk license dialog, which is loaded on intent
// and rendered only while open, so the pages with selections pay almost nothing for it.
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import type { BulkLicenseMedia } from '@/api/bulk-license';
import { Button } from '../Button';
import { DownloadIcon } from '../icons';

const loadDialog = () => import('./BulkLicenseDialog');
const BulkLicenseDialog = lazy(loadDialog);

export function BulkLicenseButton({
  media,
  ids,
  noun,
}: {
  media: BulkLicenseMedia;
  ids: readonly string[];
  /** What is selected, in the singular ("image", "track"). */
  noun: string;
}) {
  // The ids at the moment of opening: the selection may change behind the dialog.
  const [open, setOpen] = useState<readonly string[] | null>(null);
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        className="h-8 max-sm:w-8 max-sm:px-0"
        onClick={() => setOpen([...ids])}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-label={`License ${ids.length} selected ${ids.length === 1 ? noun : `${noun}s`}`}
        data-testid="bulk-license-button"
      >
        <DownloadIcon />
        {/* On a phone the bar is narrow: the icon, with the full name for assistive tech. */}
        <span className="max-sm:hidden">License {ids.length}…</span>
      </Button>
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <BulkLicenseDialog media={media} ids={open} onClose={() => setOpen(null)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
