import type { AudioSearchParams } from '@/api/audio-types';
import { useAudioVocabulary } from '@/api/audio';
import { Button } from '@/components/Button';
import { CheckboxField, CommitInput, SelectField } from '@/components/fields';
import { CheckboxListField } from './CheckboxListField';
import { RangeFields } from '@/components/RangeField';
import { VOCAL_DESCRIPTIONS } from '@/lib/audio-params';
import { toList } from '@/lib/filter-values';
import { capitalize } from '@/lib/format';

export function MusicFilters({
  params,
  onChange,
  onClear,
  scope,
}: {
  params: AudioSearchParams;
  onChange: (patch: Partial<AudioSearchParams>) => void;
  onClear: () => void;
  scope: 'side' | 'sheet';
}) {
  const genres = useAudioVocabulary('genres');
  const moods = useAudioVocabulary('moods');
  const instruments = useAudioVocabulary('instruments');
  const hasFilters = Object.keys(params).some((k) => !['query', 'sort', 'sort_order'].includes(k));
  return (
    <div className="flex flex-col gap-5" data-testid="filter-panel">
      <div className="flex items-center justify-between empty:hidden">
        {/* In the sheet, the sheet's own title names them. */}
        {scope === 'side' && <h2 className="text-sm font-semibold">Filters</h2>}
        {hasFilters && (
          <Button size="sm" variant="ghost" onClick={onClear}>
            Clear all
          </Button>
        )}
      </div>
      <CheckboxListField
        legend="Genre"
        options={genres.data?.data ?? []}
        loading={genres.isPending}
        value={params.genre ?? []}
        onValueChange={(genre) => onChange({ genre })}
      />
      <CheckboxListField
        legend="Moods"
        options={moods.data?.data ?? []}
        loading={moods.isPending}
        value={params.moods ?? []}
        onValueChange={(value) => onChange({ moods: value })}
      />
      <CheckboxListField
        legend="Instruments"
        options={instruments.data?.data ?? []}
        loading={instruments.isPending}
        value={params.instruments ?? []}
        onValueChange={(value) => onChange({ instruments: value })}
      />
      <RangeFields
        params={params}
        onChange={onChange}
        ranges={[
          { legend: 'Tempo', unit: 'BPM', max: 300, from: 'bpm_from', to: 'bpm_to' },
          {
            legend: 'Duration',
            unit: 'seconds',
            max: 3600,
            from: 'duration_from',
            to: 'duration_to',
          },
        ]}
      />
      <SelectField
        label="Vocals"
        value={params.vocal_description ?? ''}
        options={[
          { value: '', label: 'Any' },
          ...VOCAL_DESCRIPTIONS.map((v) => ({ value: v, label: capitalize(v) })),
        ]}
        onValueChange={(value) =>
          onChange({ vocal_description: value || undefined, is_instrumental: undefined })
        }
      />
      <CheckboxField
        label="Instrumental only"
        checked={params.is_instrumental === true}
        onCheckedChange={(checked) =>
          onChange({
            is_instrumental: checked || undefined,
            ...(checked ? { vocal_description: undefined } : {}),
          })
        }
      />
      <CommitInput
        label="Artists"
        placeholder="Comma-separated names"
        value={(params.artists ?? []).join(', ')}
        onCommit={(text) => onChange({ artists: toList(text) })}
      />
    </div>
  );
}
