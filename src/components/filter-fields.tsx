import { rangeOf, toList } from '@/lib/filter-values';
import { PEOPLE_NUMBERS, peopleNumberLabel } from '@/lib/search-params';
import { CheckboxField, CommitInput, DateRangeInputs, SelectField } from './fields';
import { FilterSection } from './FilterSection';

/** The filters image and video searches share, named as the vendor's search parameters. */
export interface SharedFilterParams {
  category?: string;
  people_number?: number;
  contributor?: string[];
  added_date_start?: string;
  added_date_end?: string;
  people_model_released?: boolean;
  safe?: boolean;
}

interface SharedFilterProps {
  params: SharedFilterParams;
  onChange: (patch: Partial<SharedFilterParams>) => void;
}

/**
 * A catalog's categories, A to Z, to filter by one. Compared by code unit, not through
 * localeCompare, whose first use loads Chromium's collation data (about 30 ms): the
 * vendor's category names are plain English.
 */
export function CategoryField({
  categories,
  params,
  onChange,
  hideLabel = false,
  by = 'id',
}: {
  /** The catalog's category list, as its query has it (disabled while it loads). */
  categories: {
    data?: { data: readonly { id?: string; name: string }[] };
    isPending: boolean;
    isError: boolean;
  };
  /** The category alone: editorial search binds it too, without the other shared filters. */
  params: Pick<SharedFilterParams, 'category'>;
  onChange: (patch: Pick<SharedFilterParams, 'category'>) => void;
  hideLabel?: boolean;
  /** What the search takes: the category's id, or its name (editorial). */
  by?: 'id' | 'name';
}) {
  const sorted = [...(categories.data?.data ?? [])].sort((a, b) => {
    const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return (
    <SelectField
      label="Category"
      hideLabel={hideLabel}
      value={params.category ?? ''}
      disabled={categories.isPending && !categories.isError}
      options={[
        { value: '', label: categories.isError ? 'Categories unavailable' : 'All categories' },
        ...sorted.map((category) => ({
          value: (by === 'id' ? category.id : undefined) ?? category.name,
          label: category.name,
        })),
      ]}
      onValueChange={(next) => onChange({ category: next || undefined })}
    />
  );
}

/** "Number of people" in a photo or clip: any, none, one, two, three, or four and more. */
export function PeopleNumberField({ params, onChange }: SharedFilterProps) {
  return (
    <SelectField
      label="Number of people"
      value={params.people_number === undefined ? '' : String(params.people_number)}
      options={[
        { value: '', label: 'Any' },
        ...PEOPLE_NUMBERS.map((n) => ({ value: String(n), label: peopleNumberLabel(n) })),
      ]}
      onValueChange={(next) => onChange({ people_number: next === '' ? undefined : Number(next) })}
    />
  );
}

/** Contributors by name or id, several at once (comma-separated), committed on Enter or blur. */
export function ContributorSection({ params, onChange }: SharedFilterProps) {
  return (
    <FilterSection title="Contributor">
      <CommitInput
        label="Contributor names or IDs"
        hideLabel
        placeholder="Names or IDs, comma-separated"
        value={params.contributor?.join(', ') ?? ''}
        onCommit={(text) => onChange({ contributor: toList(text) })}
      />
    </FilterSection>
  );
}

/** When the asset was added to the catalog: from, until, or both. */
export function AddedDateSection({ params, onChange }: SharedFilterProps) {
  return (
    <FilterSection title="Date added">
      <div className="grid grid-cols-2 gap-2">
        <DateRangeInputs
          toLabel="Until"
          {...rangeOf(params, onChange, 'added_date_start', 'added_date_end')}
        />
      </div>
    </FilterSection>
  );
}

/** Only assets whose people signed a model release (needed for commercial use). */
export function ModelReleasedField({ params, onChange }: SharedFilterProps) {
  return (
    <CheckboxField
      label="Model released only"
      checked={params.people_model_released === true}
      onCheckedChange={(on) => onChange({ people_model_released: on || undefined })}
    />
  );
}

/** On unless turned off: the vendor's default. */
export function SafeSearchField({
  params,
  onChange,
  noun,
}: SharedFilterProps & { /** What it hides: "images", "clips". */ noun: string }) {
  return (
    <CheckboxField
      label="Safe search"
      description={`Hide ${noun} that may not suit all audiences`}
      checked={params.safe !== false}
      onCheckedChange={(on) => onChange({ safe: on ? undefined : false })}
    />
  );
}
