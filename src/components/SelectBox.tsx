import type { SelectOptions } from './use-selection';
import { cx } from '@/lib/format';

/** The round checkbox on a selectable item (a video tile, a track row): click toggles, shift-click a range. */
export function SelectBox({
  id,
  label,
  selected,
  onSelect,
  variant = 'overlay',
  className,
}: {
  id: string;
  label: string;
  selected: boolean;
  onSelect: (id: string, options: SelectOptions) => void;
  /** `overlay`: a round chip over a picture; `plain`: a checkbox in a row. */
  variant?: 'overlay' | 'plain';
  className?: string;
}) {
  return (
    <label
      className={cx(
        'grid size-8 shrink-0 cursor-pointer place-items-center rounded-full has-focus-visible:outline-2 has-focus-visible:outline-accent-500',
        variant === 'overlay'
          ? 'bg-white/95 shadow-md shadow-black/20 dark:bg-neutral-900/95'
          : 'hover:bg-neutral-100 dark:hover:bg-neutral-800',
        className,
      )}
    >
      <input
        type="checkbox"
        checked={selected}
        aria-label={`Select ${label}`}
        // Click (not change) carries the shift key; the state it sets matches the toggle.
        onClick={(event) => onSelect(id, { range: event.shiftKey })}
        onChange={() => undefined}
        data-testid="select-item"
        className="size-4 rounded accent-accent-600 focus:outline-none dark:accent-accent-500"
      />
    </label>
  );
}
