import { useDeferredValue, useId, useState } from 'react';
import type { CustomDescriptor, CustomInstrument } from '@/api/ai-audio';
import { Button } from '@/components/Button';
import { fieldClass, labelClass, SegmentedField } from '@/components/fields';
import { PlusIcon } from '@/components/more-icons';
import { PlayButton } from '@/components/PlayButton';

const chipClass =
  'rounded-full bg-neutral-100 px-2 py-0.5 text-xs text-neutral-700 dark:bg-neutral-800 dark:text-neutral-300';

const matches = (text: string, item: { name: string; tags?: string[] }) =>
  !text ||
  [item.name, ...(item.tags ?? [])].some((word) => word.toLowerCase().includes(text.toLowerCase()));

const previewOf = (item: { previews?: { url: string }[] }) => item.previews?.[0]?.url;

function DescriptorCard({
  descriptor,
  onAdd,
}: {
  descriptor: CustomDescriptor;
  onAdd: (descriptor: CustomDescriptor) => void;
}) {
  const tags = descriptor.tags ?? [];
  return (
    <li
      data-testid="descriptor"
      className="flex flex-col gap-3 rounded-xl border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900/60"
    >
      <div className="flex items-start gap-3">
        <PlayButton
          playerId={`custom-music:descriptor:${descriptor.id}`}
          src={previewOf(descriptor)}
          title={`${descriptor.name} preview`}
        />
        <div className="min-w-0 flex-1">
          <h3 className="font-medium">{descriptor.name}</h3>
          <p className="text-xs text-neutral-500 tabular-nums dark:text-neutral-400">
            {descriptor.min_tempo}–{descriptor.max_tempo} BPM
            {tags[0] && <> · {tags[0]}</>}
          </p>
        </div>
      </div>
      {tags.length > 1 && (
        <ul className="flex flex-wrap gap-1" aria-label="Tags">
          {tags.slice(1, 7).map((tag) => (
            <li key={tag} className={chipClass}>
              {tag}
            </li>
          ))}
        </ul>
      )}
      {descriptor.instruments && descriptor.instruments.length > 0 && (
        <p className="text-xs text-neutral-600 dark:text-neutral-400">
          <span className="font-medium text-neutral-700 dark:text-neutral-300">Band: </span>
          {descriptor.instruments.map((i) => i.name).join(', ')}
        </p>
      )}
      <Button
        size="sm"
        className="mt-auto self-start"
        aria-label={`Add ${descriptor.name} to the timeline`}
        onClick={() => onAdd(descriptor)}
      >
        <PlusIcon /> Add to timeline
      </Button>
    </li>
  );
}

function InstrumentRow({ instrument }: { instrument: CustomInstrument }) {
  return (
    <li
      data-testid="instrument"
      className="flex items-center gap-3 rounded-xl border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900/60"
    >
      <PlayButton
        playerId={`custom-music:instrument:${instrument.id}`}
        src={previewOf(instrument)}
        title={`${instrument.name} preview`}
      />
      <div className="min-w-0">
        <h3 className="truncate text-sm font-medium">{instrument.name}</h3>
        <p className="truncate text-xs text-neutral-500 dark:text-neutral-400">
          {(instrument.tags ?? []).join(' · ')}
        </p>
      </div>
    </li>
  );
}

/** Descriptors (to add to the timeline) and instruments, each with a preview, filtered by words. */
export function Library({
  descriptors,
  instruments,
  onAdd,
}: {
  descriptors: CustomDescriptor[];
  instruments: CustomInstrument[];
  onAdd: (descriptor: CustomDescriptor) => void;
}) {
  const [view, setView] = useState<'descriptors' | 'instruments'>('descriptors');
  const [filter, setFilter] = useState('');
  const text = useDeferredValue(filter.trim());
  const filterId = useId();
  const shownDescriptors = descriptors.filter((d) => matches(text, d));
  const shownInstruments = instruments.filter((i) => matches(text, i));
  const count = view === 'descriptors' ? shownDescriptors.length : shownInstruments.length;

  return (
    <section aria-labelledby="library-heading" className="mt-10">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="library-heading" className="text-lg font-semibold">
            Sounds to compose with
          </h2>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            A descriptor sets a section’s style, mood and usual band; play a preview to hear it.
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div className="w-72">
            <SegmentedField
              legend="Show"
              name="custom-music-library"
              value={view}
              options={[
                { value: 'descriptors', label: `Descriptors (${descriptors.length})` },
                { value: 'instruments', label: `Instruments (${instruments.length})` },
              ]}
              onValueChange={(value) =>
                setView(value === 'instruments' ? 'instruments' : 'descriptors')
              }
            />
          </div>
          <div className="flex w-56 flex-col gap-1">
            <label htmlFor={filterId} className={labelClass}>
              Filter by name or tag
            </label>
            <input
              id={filterId}
              type="search"
              value={filter}
              placeholder="e.g. Cinematic, Jazz, Strings"
              onChange={(event) => setFilter(event.target.value)}
              className={fieldClass}
            />
          </div>
        </div>
      </div>
      <p className="sr-only" role="status">
        {count} {view} shown
      </p>
      {count === 0 && (
        <p className="py-8 text-center text-sm text-neutral-600 dark:text-neutral-400">
          Nothing matches “{text}”.
        </p>
      )}
      {view === 'descriptors' ? (
        <ul aria-label="Descriptors" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {shownDescriptors.map((descriptor) => (
            <DescriptorCard key={descriptor.id} descriptor={descriptor} onAdd={onAdd} />
          ))}
        </ul>
      ) : (
        <ul aria-label="Instruments" className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {shownInstruments.map((instrument) => (
            <InstrumentRow key={instrument.id} instrument={instrument} />
          ))}
        </ul>
      )}
    </section>
  );
}
