import { useState } from 'react';
import { useDescriptors, useInstruments, type CustomDescriptor } from '@/api/ai-audio';
import { useAudioPage } from '@/components/audio-player';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Composer } from '../components/Composer';
import { Library } from '../components/Library';
import { RenderList } from '../components/RenderList';
import { nextSectionKey, usualTempo, type Section } from '../timeline';

/** Two sections to start from: a calm opening, then something livelier. */
function firstSections(descriptors: CustomDescriptor[]): Section[] {
  const pick = (id: string, fallback: number) =>
    descriptors.find((d) => d.id === id) ?? descriptors[fallback] ?? descriptors[0];
  return [pick('cinematic_strings_heartfelt', 0), pick('pop_upbeat_happy', 1)]
    .filter((d): d is CustomDescriptor => d !== undefined)
    .map((d, i) => ({
      key: nextSectionKey(),
      descriptor: d.id,
      seconds: i === 0 ? 10 : 14,
      tempo: usualTempo(d),
    }));
}

function Page({ descriptors }: { descriptors: CustomDescriptor[] }) {
  const instruments = useInstruments();
  const [sections, setSections] = useState<Section[]>(() => firstSections(descriptors));
  const add = (descriptor: CustomDescriptor) => {
    const key = nextSectionKey();
    setSections((current) => [
      ...current,
      { key, descriptor: descriptor.id, seconds: 10, tempo: usualTempo(descriptor) },
    ]);
    requestAnimationFrame(() => {
      const section = document.getElementById(`section-${key}`);
      // Glides to the new section, unless the user asked for less motion.
      const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      section?.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
      section?.focus({ preventScroll: true });
    });
  };
  return (
    <>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Composer descriptors={descriptors} sections={sections} onSectionsChange={setSections} />
        <RenderList descriptors={descriptors} />
      </div>
      {instruments.isError ? (
        <div className="mt-10">
          <ErrorMessage
            compact
            error={instruments.error}
            onRetry={() => void instruments.refetch()}
          />
        </div>
      ) : (
        <Library descriptors={descriptors} instruments={instruments.data?.data ?? []} onAdd={add} />
      )}
    </>
  );
}

export function Component() {
  useAudioPage();
  const descriptors = useDescriptors();
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
      <title>Custom music — Stockroom</title>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Custom music</h1>
        <p className="mt-1 max-w-2xl text-neutral-600 dark:text-neutral-400">
          Compose a track to the length you need: line up sections in the style and tempo you want,
          render it, then play and download the result.
        </p>
      </div>
      {descriptors.isError ? (
        <ErrorMessage error={descriptors.error} onRetry={() => void descriptors.refetch()} />
      ) : descriptors.data ? (
        <Page descriptors={descriptors.data.data} />
      ) : (
        <p className="py-16 text-center text-neutral-600 dark:text-neutral-400" role="status">
          Loading descriptors…
        </p>
      )}
    </main>
  );
}
