import { Suspense, useId, useRef, useState } from 'react';
import type { CollectionMediaType } from '@/api/types';
import { cx } from '@/lib/format';
import { buttonClass, type ButtonVariant } from './button-class';
import { BookmarkIcon } from './icons';
import { LazySavePanel as SavePanel, loadSavePanel as loadPanel } from './LazySavePanel';

export interface SaveToCollectionMenuProps {
  /** The assets to save: one (a card, an asset page) or a selection. */
  ids: readonly string[];
  media?: CollectionMediaType;
  /** `icon`: the round button on a card; `button`: a labelled button. */
  variant?: 'icon' | 'button';
  buttonVariant?: ButtonVariant;
  /** The icon button's size: `sm` on small cards. */
  size?: 'sm' | 'md';
  /** Whether the asset is in any collection already (a filled bookmark). */
  saved?: boolean;
  /** The trigger's text (`button`) or accessible name (`icon`). */
  label?: string;
  /** A labelled button's text on a phone, where `label` would not fit (the bar over a selection). */
  shortLabel?: string;
  /**
   * The asset's title, for the accessible name of a card's icon ("Save <title> to a
   * collection"), so a list of cards does not read as many identical buttons.
   */
  assetTitle?: string;
  /** After saving a selection: the menu closes and says where they went. */
  onSaved?: (collection: { id: string; name: string }, count: number) => void;
  className?: string;
}

/** A card's save button's accessible name: which asset it saves, and whether it is saved. */
function saveLabel(assetTitle: string, saved: boolean): string {
  return saved
    ? `Saved — change collections of ${assetTitle}`
    : `Save ${assetTitle} to a collection`;
}

/**
 * "Save to collection": a button that opens a small menu of the user's collections
 * (filterable when there are many), each a checkbox for "these assets are in it", and
 * "New collection" to create one and save into it at once. Arrow keys move, Enter
 * saves, Escape closes and returns focus to the button. The button is the page's own, light
 * enough for every card; the popover (Radix, anchored to it) loads with the first opening.
 */
export function SaveToCollectionMenu({
  ids,
  media = 'image',
  variant = 'button',
  buttonVariant = 'secondary',
  size = 'md',
  saved = false,
  label,
  shortLabel,
  assetTitle,
  onSaved,
  className,
}: SaveToCollectionMenuProps) {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const name =
    label ??
    (assetTitle !== undefined
      ? saveLabel(assetTitle, saved)
      : saved
        ? 'Saved'
        : 'Save to collection');
  const hint = saved ? 'Saved — change collections' : 'Save to a collection';

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={variant === 'icon' ? name : undefined}
        title={variant === 'icon' ? hint : undefined}
        data-saved={saved || undefined}
        onClick={() => setOpen((value) => !value)}
        // Intent: fetch the menu's code before the click.
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        className={
          variant === 'icon'
            ? cx(
                'grid place-items-center rounded-full shadow-md shadow-black/20 transition hover:scale-105',
                size === 'sm' ? 'size-7 text-base' : 'size-9 text-lg',
                saved
                  ? 'bg-white text-accent-600 dark:bg-neutral-900 dark:text-accent-400'
                  : 'bg-white/95 text-neutral-900 hover:bg-white dark:bg-neutral-900/95 dark:text-white dark:hover:bg-neutral-800',
                className,
              )
            : cx(buttonClass(buttonVariant), className)
        }
      >
        <BookmarkIcon
          filled={saved}
          className={cx(
            variant === 'button' && 'text-base',
            variant === 'button' &&
              saved &&
              buttonVariant !== 'primary' &&
              'text-accent-600 dark:text-accent-400',
          )}
        />
        {variant === 'button' &&
          (shortLabel ? (
            <>
              <span className="max-sm:hidden">{name}</span>
              <span className="sm:hidden">{shortLabel}</span>
            </>
          ) : (
            name
          ))}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SavePanel
            id={panelId}
            ids={ids}
            media={media}
            anchor={triggerRef}
            align={variant === 'icon' ? 'end' : 'start'}
            onClose={() => setOpen(false)}
            onSaved={onSaved}
          />
        </Suspense>
      )}
    </>
  );
}
