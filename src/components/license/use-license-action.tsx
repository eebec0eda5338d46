import { Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LicenseMedia } from '@/api/license-types';
import { useAssetLicense } from '@/api/licenses';
import {
  LazyLicenseDialog as LicenseDialog,
  loadLicenseDialog as loadDialog,
} from './LazyLicenseDialog';

export interface LicenseTarget {
  media: LicenseMedia;
  assetId: string;
  title: string;
  /** Editorial: the country the asset is shown for. */
  country?: string;
  className?: string;
}

/** An asset's license action: its state, a trigger's props, the dialog, and a way to open it. */
export function useLicenseAction({ className: _, ...target }: LicenseTarget) {
  const existing = useAssetLicense(target.media, target.assetId);
  const [open, setOpen] = useState(false);
  const trigger = {
    type: 'button' as const,
    onClick: () => setOpen(true),
    onPointerEnter: () => void loadDialog(),
    onFocus: () => void loadDialog(),
    'data-testid': 'license-button',
    'data-licensed': existing ? 'true' : undefined,
  };
  // In a portal: a card's hover styles and hidden controls stay out of the dialog.
  const dialog =
    open &&
    createPortal(
      <Suspense fallback={null}>
        <LicenseDialog {...target} existing={existing} onClose={() => setOpen(false)} />
      </Suspense>,
      document.body,
    );
  return { existing, trigger, dialog, open: () => setOpen(true), preload: loadDialog };
}
