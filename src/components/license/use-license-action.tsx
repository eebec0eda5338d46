import { Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DownloadHistory, LicenseMedia } from '@/api/license-types';
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

/** An asset's license action, its state looked up: see `useLicenseDialog`. */
export function useLicenseAction(target: LicenseTarget) {
  return useLicenseDialog(target, useAssetLicense(target.media, target.assetId));
}

/**
 * An asset's license action told whether the team licensed it (a grid reads the team's
 * licenses once for all its cards): that state, a trigger's props, the dialog, and a way
 * to open it.
 */
export function useLicenseDialog(
  { className: _, ...target }: LicenseTarget,
  existing: DownloadHistory | undefined,
) {
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
