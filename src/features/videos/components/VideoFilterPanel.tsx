import { useVideoCategories } from '@/api/videos';
import type {
  VideoAspectRatio,
  VideoLicense,
  VideoResolution,
  VideoSearchParams,
} from '@/api/video-types';
import { SegmentedField } from '@/components/fields';
import {
  AddedDateSection,
  CategoryField,
  ContributorSection,
  ModelReleasedField,
  PeopleNumberField,
  SafeSearchField,
} from '@/components/filter-fields';
import { RangeFields } from '@/components/RangeField';
import { FilterSection } from '@/components/FilterSection';

export interface VideoFilterPanelProps {
  params: VideoSearchParams;
  onChange: (patch: Partial<VideoSearchParams>) => void;
  /** Keeps radio groups apart when the panel is in the page twice (sidebar and phone). */
  scope: string;
}

/** Every filter of the video search. Numbers commit on Enter or blur. */
export function VideoFilterPanel({ params, onChange, scope }: VideoFilterPanelProps) {
  const categories = useVideoCategories();
  return (
    <div className="flex flex-col gap-5 pb-6" data-testid="video-filter-panel">
      <FilterSection>
        <SegmentedField<VideoResolution>
          legend="Resolution"
          name={`${scope}-resolution`}
          value={params.resolution ?? ''}
          options={[
            { value: '', label: 'Any' },
            { value: '4k', label: '4K' },
            { value: 'high_definition', label: 'HD' },
            { value: 'standard_definition', label: 'SD' },
          ]}
          onValueChange={(value) => onChange({ resolution: value || undefined })}
        />
      </FilterSection>
      <FilterSection>
        <RangeFields
          params={params}
          onChange={onChange}
          ranges={[
            { legend: 'Duration', unit: 'seconds', from: 'duration_from', to: 'duration_to' },
            { legend: 'Frame rate', unit: 'fps', decimal: true, from: 'fps_from', to: 'fps_to' },
          ]}
        />
      </FilterSection>
      <FilterSection>
        <SegmentedField<VideoAspectRatio>
          legend="Aspect ratio"
          name={`${scope}-aspect_ratio`}
          value={params.aspect_ratio ?? ''}
          options={[
            { value: '', label: 'Any' },
            { value: '16_9', label: '16:9' },
            { value: '4_3', label: '4:3' },
            { value: 'nonstandard', label: 'Other' },
          ]}
          onValueChange={(value) => onChange({ aspect_ratio: value || undefined })}
        />
      </FilterSection>
      <FilterSection title="Category">
        <CategoryField hideLabel categories={categories} params={params} onChange={onChange} />
      </FilterSection>
      <FilterSection title="People">
        <PeopleNumberField params={params} onChange={onChange} />
        <ModelReleasedField params={params} onChange={onChange} />
      </FilterSection>
      <AddedDateSection params={params} onChange={onChange} />
      <ContributorSection params={params} onChange={onChange} />
      <FilterSection>
        <SegmentedField<VideoLicense>
          legend="License"
          name={`${scope}-license`}
          value={params.license ?? ''}
          options={[
            { value: '', label: 'Any' },
            { value: 'commercial', label: 'Commercial' },
            { value: 'editorial', label: 'Editorial' },
          ]}
          onValueChange={(value) => onChange({ license: value || undefined })}
        />
        <SafeSearchField noun="clips" params={params} onChange={onChange} />
      </FilterSection>
    </div>
  );
}
