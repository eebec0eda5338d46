import type { ReactNode } from 'react';
import { useCategories } from '@/api/images';
import type {
  ImageSearchParams,
  ImageType,
  PeopleAge,
  PeopleEthnicity,
  PeopleGender,
} from '@/api/types';
import {
  CheckboxField,
  CommitInput,
  DateRangeInputs,
  SegmentedField,
  SelectField,
} from '@/components/fields';
import { humanize } from '@/lib/format';
import {
  IMAGE_TYPES,
  LICENSES,
  PEOPLE_AGES,
  PEOPLE_ETHNICITIES,
  PEOPLE_GENDERS,
} from '@/lib/search-params';
import { peopleNumberLabel } from '../filter-labels';
import { ColorFilter } from './ColorFilter';

const TYPE_LABELS: Record<ImageType, string> = {
  photo: 'Photos',
  illustration: 'Illustrations',
  vector: 'Vectors',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3 border-t border-neutral-200 pt-4 first:border-t-0 first:pt-0 dark:border-neutral-800">
      <h3 className="text-[13px] font-semibold text-neutral-900 dark:text-neutral-100">{title}</h3>
      {children}
    </section>
  );
}

function toggle<T extends string>(
  list: readonly T[] | undefined,
  value: T,
  on: boolean,
): T[] | undefined {
  const next = new Set(list ?? []);
  if (on) next.add(value);
  else next.delete(value);
  return next.size ? [...next] : undefined;
}

const int = (text: string) => (text && /^\d+$/.test(text) ? Number(text) : undefined);
const positive = (text: string) => {
  const n = Number(text);
  return text && Number.isFinite(n) && n > 0 ? n : undefined;
};

/** A date picker's value worth searching: cleared, or a whole date with a plausible year. */

export interface FilterPanelProps {
  params: ImageSearchParams;
  onChange: (patch: Partial<ImageSearchParams>) => void;
}

/** Every filter of the image search the catalog gives meaning to. */
export function FilterPanel({ params, onChange }: FilterPanelProps) {
  const categories = useCategories();
  const categoryList = [...(categories.data?.data ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name),
  );

  return (
    <div className="flex flex-col gap-5 pb-6" data-testid="filter-panel">
      <Section title="Image type">
        <div className="flex flex-col gap-2">
          {IMAGE_TYPES.map((type) => (
            <CheckboxField
              key={type}
              label={TYPE_LABELS[type]}
              checked={params.image_type?.includes(type) ?? false}
              onCheckedChange={(on) =>
                onChange({ image_type: toggle(params.image_type, type, on) })
              }
            />
          ))}
        </div>
      </Section>

      <Section title="Look">
        <SegmentedField
          legend="Orientation"
          name="orientation"
          value={params.orientation ?? ''}
          options={[
            { value: '', label: 'Any' },
            { value: 'horizontal', label: 'Horizontal' },
            { value: 'vertical', label: 'Vertical' },
          ]}
          onValueChange={(value) => onChange({ orientation: value || undefined })}
        />
        <ColorFilter value={params.color} onChange={(color) => onChange({ color })} />
        <SelectField
          label="Category"
          value={params.category ?? ''}
          disabled={categories.isPending && !categories.isError}
          options={[
            { value: '', label: categories.isError ? 'Categories unavailable' : 'All categories' },
            ...categoryList.map((category) => ({ value: category.id, label: category.name })),
          ]}
          onValueChange={(value) => onChange({ category: value || undefined })}
        />
      </Section>

      <Section title="People">
        <SelectField
          label="Number of people"
          value={params.people_number === undefined ? '' : String(params.people_number)}
          options={[
            { value: '', label: 'Any' },
            ...[0, 1, 2, 3, 4].map((n) => ({ value: String(n), label: peopleNumberLabel(n) })),
          ]}
          onValueChange={(value) =>
            onChange({ people_number: value === '' ? undefined : Number(value) })
          }
        />
        <div className="grid grid-cols-2 gap-2">
          <SelectField
            label="Age"
            value={params.people_age ?? ''}
            options={[
              { value: '', label: 'Any' },
              ...PEOPLE_AGES.map((age) => ({ value: age, label: humanize(age) })),
            ]}
            onValueChange={(value) =>
              onChange({ people_age: (value || undefined) as PeopleAge | undefined })
            }
          />
          <SelectField
            label="Gender"
            value={params.people_gender ?? ''}
            options={[
              { value: '', label: 'Any' },
              ...PEOPLE_GENDERS.map((gender) => ({ value: gender, label: humanize(gender) })),
            ]}
            onValueChange={(value) =>
              onChange({ people_gender: (value || undefined) as PeopleGender | undefined })
            }
          />
        </div>
        <SelectField
          label="Ethnicity"
          value={params.people_ethnicity?.[0] ?? ''}
          options={[
            { value: '', label: 'Any' },
            ...PEOPLE_ETHNICITIES.map((value) => ({ value, label: humanize(value) })),
          ]}
          onValueChange={(value) =>
            onChange({ people_ethnicity: value ? [value as PeopleEthnicity] : undefined })
          }
        />
        <CheckboxField
          label="Model released only"
          checked={params.people_model_released === true}
          onCheckedChange={(on) => onChange({ people_model_released: on ? true : undefined })}
        />
      </Section>

      <Section title="Size">
        <div className="grid grid-cols-2 gap-2">
          <CommitInput
            label="Min width (px)"
            inputMode="numeric"
            placeholder="Any"
            value={params.width_from?.toString() ?? ''}
            onCommit={(text) => onChange({ width_from: int(text) })}
          />
          <CommitInput
            label="Max width (px)"
            inputMode="numeric"
            placeholder="Any"
            value={params.width_to?.toString() ?? ''}
            onCommit={(text) => onChange({ width_to: int(text) })}
          />
          <CommitInput
            label="Min height (px)"
            inputMode="numeric"
            placeholder="Any"
            value={params.height_from?.toString() ?? ''}
            onCommit={(text) => onChange({ height_from: int(text) })}
          />
          <CommitInput
            label="Max height (px)"
            inputMode="numeric"
            placeholder="Any"
            value={params.height_to?.toString() ?? ''}
            onCommit={(text) => onChange({ height_to: int(text) })}
          />
          <CommitInput
            label="Min aspect ratio"
            inputMode="decimal"
            placeholder="e.g. 1.5"
            value={params.aspect_ratio_min?.toString() ?? ''}
            onCommit={(text) => onChange({ aspect_ratio_min: positive(text) })}
          />
          <CommitInput
            label="Max aspect ratio"
            inputMode="decimal"
            placeholder="e.g. 2"
            value={params.aspect_ratio_max?.toString() ?? ''}
            onCommit={(text) => onChange({ aspect_ratio_max: positive(text) })}
          />
        </div>
      </Section>

      <Section title="Date added">
        <div className="grid grid-cols-2 gap-2">
          <DateRangeInputs
            toLabel="Until"
            from={params.added_date_start}
            to={params.added_date_end}
            onChange={(added_date_start, added_date_end) =>
              onChange({ added_date_start, added_date_end })
            }
          />
        </div>
      </Section>

      <Section title="Contributor">
        <CommitInput
          label="Contributor IDs or names"
          hideLabel
          placeholder="Contributor ID, comma-separated"
          value={params.contributor?.join(', ') ?? ''}
          onCommit={(text) => {
            const list = text
              .split(',')
              .map((item) => item.trim())
              .filter(Boolean);
            onChange({ contributor: list.length ? list : undefined });
          }}
        />
      </Section>

      <Section title="License and safety">
        <div className="flex flex-col gap-2">
          {LICENSES.map((license) => (
            <CheckboxField
              key={license}
              label={`${humanize(license)}`}
              checked={params.license?.includes(license) ?? false}
              onCheckedChange={(on) => onChange({ license: toggle(params.license, license, on) })}
            />
          ))}
        </div>
        <CheckboxField
          label="Safe search"
          description="Hide images that may not suit all audiences"
          checked={params.safe !== false}
          onCheckedChange={(on) => onChange({ safe: on ? undefined : false })}
        />
      </Section>
    </div>
  );
}
