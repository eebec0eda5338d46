import { useCategories } from '@/api/images';
import type {
  ImageSearchParams,
  ImageType,
  PeopleAge,
  PeopleEthnicity,
  PeopleGender,
} from '@/api/types';
import { CheckboxField, SegmentedField, SelectField } from '@/components/fields';
import {
  AddedDateSection,
  CategoryField,
  ContributorSection,
  ModelReleasedField,
  PeopleNumberField,
  SafeSearchField,
} from '@/components/filter-fields';
import { RangeFields } from '@/components/RangeField';
import { FilterSection as Section } from '@/components/FilterSection';
import { toggleValue as toggle } from '@/lib/filter-values';
import { humanize } from '@/lib/format';
import {
  IMAGE_TYPES,
  LICENSES,
  PEOPLE_AGES,
  PEOPLE_ETHNICITIES,
  PEOPLE_GENDERS,
} from '@/lib/search-params';
import { ColorFilter } from './ColorFilter';

const TYPE_LABELS: Record<ImageType, string> = {
  photo: 'Photos',
  illustration: 'Illustrations',
  vector: 'Vectors',
};

export interface FilterPanelProps {
  params: ImageSearchParams;
  onChange: (patch: Partial<ImageSearchParams>) => void;
}

/** Every filter of the image search the catalog gives meaning to. */
export function FilterPanel({ params, onChange }: FilterPanelProps) {
  const categories = useCategories();
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
        <CategoryField categories={categories} params={params} onChange={onChange} />
      </Section>

      <Section title="People">
        <PeopleNumberField params={params} onChange={onChange} />
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
        <ModelReleasedField params={params} onChange={onChange} />
      </Section>

      <Section title="Size">
        <RangeFields
          params={params}
          onChange={onChange}
          ranges={[
            { legend: 'Width', unit: 'px', from: 'width_from', to: 'width_to' },
            { legend: 'Height', unit: 'px', from: 'height_from', to: 'height_to' },
            {
              legend: 'Aspect ratio',
              unit: 'width ÷ height',
              decimal: true,
              from: 'aspect_ratio_min',
              to: 'aspect_ratio_max',
            },
          ]}
        />
      </Section>

      <AddedDateSection params={params} onChange={onChange} />
      <ContributorSection params={params} onChange={onChange} />

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
        <SafeSearchField noun="images" params={params} onChange={onChange} />
      </Section>
    </div>
  );
}
