import { useCategories } from '@/api/images';
import type { ImageSearchParams } from '@/api/types';
import { CloseIcon } from '@/components/icons';
import { filterChips } from '../filter-chips';
import { clearFilters } from '../filter-labels';

/** The filters in force, each removable, and one button to clear them all. */
export function ActiveFilters({
  params,
  onChange,
}: {
  params: ImageSearchParams;
  onChange: (next: ImageSearchParams) => void;
}) {
  const categories = useCategories();
  const chips = filterChips(params, categories.data?.data);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          onClick={() => onChange(chip.remove(params))}
          aria-label={`Remove filter: ${chip.label}`}
          className="inline-flex h-8 items-center gap-1.5 rounded-full border border-neutral-300 bg-white pr-2 pl-3 text-[13px] font-medium text-neutral-800 hover:border-neutral-400 hover:bg-neutral-50 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-200 dark:hover:bg-neutral-800"
        >
          {chip.swatch && (
            <span
              className="size-3.5 rounded-full border border-black/10 dark:border-white/20"
              style={{ background: chip.swatch }}
            />
          )}
          {chip.label}
          <CloseIcon className="text-neutral-500" />
        </button>
      ))}
      <button
        type="button"
        onClick={() => onChange(clearFilters(params))}
        className="h-8 rounded-full px-3 text-[13px] font-medium text-accent-700 hover:bg-accent-50 dark:text-accent-400 dark:hover:bg-accent-500/10"
      >
        Clear all
      </button>
    </div>
  );
}
