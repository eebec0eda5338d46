// The license action of an asset: "License", or — when the team already licensed it —
// "Re-download" (never pay twice). On a detail page a labelled button; over a card or in
// a row a round one (a green "Licensed" mark once licensed). The dialog is loaded on
// intent and rendered only while open, so pages that show these pay almost nothing.
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DownloadHistory, LicenseMedia } from '@/api/license-types';
import { useAssetLicense } from '@/api/licenses';
import { cx } from '@/lib/format';
import { buttonClass } from '../button-class';
import { CheckIcon, DownloadIcon } from '../icons';

const loadDialog = () => import('./LicenseDialog');
const LicenseDialog = lazy(loadDialog);

export interface LicenseTarget {
  media: LicenseMedia;
  assetId: string;
  title: string;
  /** Editorial: the country the asset is shown for. */
  country?: string;
  className?: string;
}

function useLicenseAction(target: LicenseTarget) {
  return useLicenseDialog(target, useAssetLicense(target.media, target.assetId));
}

function useLicenseDialog(
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
  return { existing, trigger, dialog };
}

export function LicenseButton(props: LicenseTarget) {
  const { existing, trigger, dialog } = useLicenseAction(props);
  return (
    <>
      <button
        {...trigger}
        className={cx(buttonClass(existing ? 'secondary' : 'primary'), props.className)}
      >
        <DownloadIcon /> {existing ? 'Re-download' : 'License'}
      </button>
      {dialog}
    </>
  );
}

interface CardLicenseProps extends LicenseTarget {
  compact?: boolean;
  reveal?: boolean;
}

export function CardLicenseButton(props: CardLicenseProps) {
  return <CardLicenseAction {...props} existing={useAssetLicense(props.media, props.assetId)} />;
}

/**
 * A card's license button told by its grid whether the team licensed the asset: a grid
 * reads the team's licenses once for all its cards (useLicensedAssets) rather than each
 * card keeping its own watch on them.
 */
export function CardLicenseAction({
  compact = false,
  reveal = false,
  existing,
  ...props
}: CardLicenseProps & { existing: DownloadHistory | undefined }) {
  const { trigger, dialog } = useLicenseDialog(props, existing);
  return (
    <>
      <button
        {...trigger}
        aria-label={`${existing ? 'Re-download' : 'License'} ${props.title}`}
        className={cx(
          'flex items-center justify-center gap-1 rounded-full shadow-md shadow-black/20',
          compact ? 'h-7 min-w-7' : 'h-8 min-w-8',
          existing
            ? 'bg-emerald-700 text-white hover:bg-emerald-800'
            : 'bg-white/95 text-neutral-800 hover:bg-white dark:bg-neutral-900/95 dark:text-neutral-100',
          existing && !compact && 'px-2.5 text-xs font-semibold',
          reveal && !existing
            ? // Hidden until the card is hovered or focused: invisible, and not in the way of clicks.
              'pointer-events-none opacity-0 group-hover/card:pointer-events-auto group-hover/card:opacity-100 group-focus-within/card:pointer-events-auto group-focus-within/card:opacity-100 pointer-coarse:pointer-events-auto pointer-coarse:opacity-100'
            : 'pointer-events-auto',
          props.className,
        )}
      >
        {existing ? <CheckIcon /> : <DownloadIcon />}
        {existing && !compact && 'Licensed'}
      </button>
      {dialog}
    </>
  );
}
