import type { ImageSort } from '@/api/types';
import { SelectField } from '@/components/fields';

const SORT_LABELS: Record<ImageSort, string> = {
  relevance: 'Most relevant',
  popular: 'Most popular',
  newest: 'Newest',
  random: 'Random',
};

export function SortSelect({
  value,
  onChange,
}: {
  value: ImageSort;
  onChange: (sort: ImageSort) => void;
}) {
  return (
    <div className="flex items-center gap-2">
      <SelectField
        label="Sort by"
        hideLabel
        className="w-40"
        value={value}
        options={(Object.keys(SORT_LABELS) as ImageSort[]).map((sort) => ({
          value: sort,
          label: SORT_LABELS[sort],
        }))}
        onValueChange={(next) => onChange(next as ImageSort)}
      />
    </div>
  );
}
