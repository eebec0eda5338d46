// The license action of an asset: "License", or — when the team already licensed it —
// "Re-download" (never pay twice). On a detail page a labelled button; over a card or in
// a row a round one (a green "Licensed" mark once licensed). The dialog is loaded on
// intent and rendered only while open, so pages that show these pay almost nothing.
import { cx } from '@/lib/format';
import { buttonClass } from '../button-class';
import { CheckIcon, DownloadIcon } from '../icons';
import { useLicenseAction, type LicenseTarget } from './use-license-action';

export type { LicenseTarget };

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

export interface CardLicenseButtonProps extends LicenseTarget {
  compact?: boolean;
  /** Shown on hover and focus only, until licensed. */
  reveal?: boolean;
  /** The action, when the card holds it (and offers it elsewhere too, as in its touch menu). */
  action?: ReturnType<typeof useLicenseAction>;
}

export function CardLicenseButton(props: CardLicenseButtonProps) {
  return props.action ? (
    <CardLicenseView {...props} action={props.action} />
  ) : (
    <OwnCardLicenseButton {...props} />
  );
}

function OwnCardLicenseButton(props: CardLicenseButtonProps) {
  return <CardLicenseView {...props} action={useLicenseAction(props)} />;
}

function CardLicenseView({
  compact = false,
  reveal = false,
  action,
  ...props
}: CardLicenseButtonProps & { action: ReturnType<typeof useLicenseAction> }) {
  const { existing, trigger, dialog } = action;
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
            ? // Hidden until the card is hovered or focused: invisible, and not in the way of
              // clicks. On touch screens the card's one actions menu holds it instead.
              'pointer-events-none opacity-0 group-hover/card:pointer-events-auto group-hover/card:opacity-100 group-focus-within/card:pointer-events-auto group-focus-within/card:opacity-100 pointer-coarse:hidden'
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
