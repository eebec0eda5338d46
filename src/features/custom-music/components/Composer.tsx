import { useId, useRef, useState } from 'react';
import { useCreateRender, type AudioRenderPreset, type CustomDescriptor } from '@/api/ai-audio';
import { ApiError } from '@/api/client';
import { Button } from '@/components/Button';
import { describeError } from '@/components/describe-error';
import { fieldClass, labelClass } from '@/components/fields';
import { PlusIcon, TrashIcon } from '@/components/more-icons';
import { InlineError } from '@/components/InlineError';
import { formatDuration } from '@/lib/audio';
import { cx } from '@/lib/format';
import { renderHistory } from '../render-history';
import { NumberField } from './NumberField';
import {
  LIMITS,
  nextSectionKey,
  RENDER_NAME_MAX,
  renderFormSchema,
  timelineProblems,
  toTimeline,
  totalSeconds,
  usualTempo,
  type RenderFormValues,
  type Section,
} from '../timeline';

/** Section colours on the timeline bar, in turn. */
const SEGMENT_CLASSES = [
  'bg-accent-500 dark:bg-accent-400',
  'bg-sky-500 dark:bg-sky-400',
  'bg-amber-500 dark:bg-amber-400',
  'bg-emerald-500 dark:bg-emerald-400',
  'bg-rose-500 dark:bg-rose-400',
];

const smallIconButton =
  'grid size-9 shrink-0 place-items-center rounded-lg text-neutral-600 hover:bg-neutral-100 hover:text-neutral-950 disabled:pointer-events-none disabled:opacity-35 dark:text-neutral-400 dark:hover:bg-neutral-800 dark:hover:text-white';

/** Why a render was not started, in a designer's words, with the API's for support. */
function renderError(error: unknown): { message: string; technical: string | undefined } {
  if (error instanceof ApiError && error.status === 400) {
    const first = error.errors[0];
    return {
      message: `The timeline was not accepted: ${first?.message ?? error.message}`,
      technical: first?.path,
    };
  }
  const described = describeError(error);
  return { message: described.title, technical: described.technical.join(' · ') || undefined };
}

export interface ComposerProps {
  descriptors: CustomDescriptor[];
  sections: Section[];
  onSectionsChange: (sections: Section[]) => void;
}

/** The render form's values as its schema leaves them, or the name's problem. */
function checkRenderForm(values: RenderFormValues) {
  const result = renderFormSchema.safeParse(values);
  return result.success
    ? { data: result.data, nameError: undefined }
    : {
        data: undefined,
        nameError: result.error.issues.find((issue) => issue.path[0] === 'name')?.message,
      };
}

/**
 * The timeline: sections in order (descriptor, length, tempo), its total, and the render button.
 * The name and format are two fields checked against their schema on submit (and on every
 * change once a submit found a problem): no form library for them, which kept this page over
 * its first-JavaScript budget.
 */
export function Composer({ descriptors, sections, onSectionsChange }: ComposerProps) {
  const [values, setValues] = useState<RenderFormValues>({
    name: 'My custom track',
    preset: 'MASTER_MP3',
  });
  const [nameError, setNameError] = useState<string>();
  const [submitted, setSubmitted] = useState(false);
  const change = (patch: Partial<RenderFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (submitted) setNameError(checkRenderForm(next).nameError);
  };
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateRender();
  const nameId = useId();
  const formatId = useId();
  const byId = new Map(descriptors.map((d) => [d.id, d]));
  const total = totalSeconds(sections);
  const starts = sections.map((_, i) => totalSeconds(sections.slice(0, i)));
  const problems = timelineProblems(sections);
  const problem = problems.first;

  const update = (key: number, patch: Partial<Section>) =>
    onSectionsChange(sections.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const move = (index: number, by: -1 | 1, focus: string) => {
    const next = [...sections];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    onSectionsChange(next);
    // Keep the keyboard where it was: on the same button of the moved section.
    requestAnimationFrame(() => {
      const target = document.getElementById(`${focus}-${moved.key}`) as HTMLButtonElement | null;
      (target && !target.disabled
        ? target
        : document.getElementById(`section-${moved.key}`)
      )?.focus();
    });
  };
  const remove = (index: number) => {
    onSectionsChange(sections.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById('add-section')?.focus());
  };
  const add = () => {
    const last = sections[sections.length - 1];
    const descriptor = byId.get(last?.descriptor ?? '') ?? descriptors[0];
    if (!descriptor) return;
    onSectionsChange([
      ...sections,
      {
        key: nextSectionKey(),
        descriptor: descriptor.id,
        seconds: 10,
        tempo: last?.tempo ?? usualTempo(descriptor),
      },
    ]);
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-timeline-problem]')
        ?.focus(),
    );
  const send = ({ name, preset }: RenderFormValues) => {
    if (create.isPending) return;
    const base = name || 'Custom track';
    create.mutate(
      {
        preset,
        filename: `${base}.${preset === 'MASTER_MP3' ? 'mp3' : 'wav'}`,
        timeline: toTimeline(sections),
      },
      {
        onSuccess: (render) =>
          renderHistory.add({ id: render.id, name: base, startedAt: Date.now() }),
      },
    );
  };
  const error = create.error ? renderError(create.error) : undefined;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        const checked = checkRenderForm(values);
        setNameError(checked.nameError);
        if (!checked.data || problem) focusFirstInvalid();
        else send(checked.data);
      }}
      aria-labelledby="timeline-heading"
      className="rounded-2xl border border-neutral-200 bg-white p-4 sm:p-5 dark:border-neutral-800 dark:bg-neutral-900/60"
    >
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Timeline
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400" data-testid="total-duration">
          Total{' '}
          <span className="font-medium text-neutral-900 tabular-nums dark:text-neutral-100">
            {formatDuration(total)}
          </span>
          <span className="sr-only"> ({total} seconds)</span>
        </p>
      </div>

      <div
        aria-hidden="true"
        className="mb-5 flex h-2.5 gap-0.5 overflow-hidden rounded-full bg-neutral-100 dark:bg-neutral-800"
      >
        {sections.map((section, i) => (
          <div
            key={section.key}
            className={cx('h-full', SEGMENT_CLASSES[i % SEGMENT_CLASSES.length])}
            style={{ flexGrow: Math.max(0, section.seconds) }}
          />
        ))}
      </div>

      <ol className="flex flex-col gap-3" aria-label="Sections">
        {sections.map((section, i) => {
          const descriptor = byId.get(section.descriptor);
          const label = `Section ${i + 1}`;
          return (
            <li
              key={section.key}
              id={`section-${section.key}`}
              tabIndex={-1}
              aria-label={`${label}: ${descriptor?.name ?? section.descriptor}, ${section.seconds} seconds at ${section.tempo} BPM`}
              data-testid="timeline-section"
              className="rounded-xl border border-neutral-200 p-3 focus:outline-2 focus:outline-accent-500 dark:border-neutral-800"
            >
              <p
                aria-hidden="true"
                className="mb-2 flex items-center gap-2 text-xs font-medium text-neutral-700 dark:text-neutral-300"
              >
                <span
                  className={cx(
                    'size-2.5 shrink-0 rounded-full',
                    SEGMENT_CLASSES[i % SEGMENT_CLASSES.length],
                  )}
                />
                {label}
                <span className="font-normal text-neutral-500 tabular-nums dark:text-neutral-400">
                  {formatDuration(starts[i])}–{formatDuration((starts[i] ?? 0) + section.seconds)}
                </span>
              </p>
              <div className="flex flex-wrap items-end gap-3">
                <div className="flex min-w-48 flex-1 flex-col gap-1">
                  <label htmlFor={`descriptor-${section.key}`} className={labelClass}>
                    <span className="sr-only">{label} </span>Descriptor
                  </label>
                  <select
                    id={`descriptor-${section.key}`}
                    value={section.descriptor}
                    onChange={(event) => {
                      const next = byId.get(event.target.value);
                      update(section.key, {
                        descriptor: event.target.value,
                        tempo: usualTempo(next),
                      });
                    }}
                    className={fieldClass}
                  >
                    {descriptors.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                      </option>
                    ))}
                  </select>
                </div>
                <NumberField
                  prefix={label}
                  label="Length"
                  value={section.seconds}
                  min={1}
                  max={LIMITS.maxSeconds}
                  unit="s"
                  errorId={
                    problems.fields.has(`${section.key}.seconds`)
                      ? `section-${section.key}-seconds-error`
                      : undefined
                  }
                  onChange={(seconds) => update(section.key, { seconds })}
                />
                <NumberField
                  prefix={label}
                  label="Tempo"
                  value={section.tempo}
                  min={LIMITS.minTempo}
                  max={LIMITS.maxTempo}
                  unit="bpm"
                  errorId={
                    problems.fields.has(`${section.key}.tempo`)
                      ? `section-${section.key}-tempo-error`
                      : undefined
                  }
                  onChange={(tempo) => update(section.key, { tempo })}
                />
                <div className="flex gap-0.5">
                  <button
                    type="button"
                    id={`up-${section.key}`}
                    aria-label={`Move ${label.toLowerCase()} earlier`}
                    title="Move earlier"
                    disabled={i === 0}
                    onClick={() => move(i, -1, 'up')}
                    className={smallIconButton}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    id={`down-${section.key}`}
                    aria-label={`Move ${label.toLowerCase()} later`}
                    title="Move later"
                    disabled={i === sections.length - 1}
                    onClick={() => move(i, 1, 'down')}
                    className={smallIconButton}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove ${label.toLowerCase()}`}
                    title="Remove"
                    onClick={() => remove(i)}
                    className={cx(smallIconButton, 'hover:text-red-700 dark:hover:text-red-400')}
                  >
                    <TrashIcon />
                  </button>
                </div>
              </div>
              {(['seconds', 'tempo'] as const).map((field) => {
                const message = problems.fields.get(`${section.key}.${field}`);
                return (
                  message && (
                    <p
                      key={field}
                      id={`section-${section.key}-${field}-error`}
                      className="mt-2 text-xs font-medium text-red-700 dark:text-red-400"
                    >
                      {message}
                    </p>
                  )
                );
              })}
              {descriptor && (
                <p className="mt-2 text-xs text-neutral-500 dark:text-neutral-400">
                  Usually {descriptor.min_tempo}–{descriptor.max_tempo} BPM
                  {descriptor.tags && descriptor.tags.length > 0 && (
                    <> · {descriptor.tags.slice(0, 4).join(', ')}</>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ol>

      <Button id="add-section" size="sm" variant="ghost" className="mt-3" onClick={add}>
        <PlusIcon /> Add section
      </Button>

      <div className="mt-5 flex flex-wrap items-end gap-3 border-t border-neutral-200 pt-4 dark:border-neutral-800">
        <div className="flex min-w-48 flex-1 flex-col gap-1">
          <label htmlFor={nameId} className={labelClass}>
            Name
          </label>
          <input
            id={nameId}
            maxLength={RENDER_NAME_MAX}
            name="name"
            value={values.name}
            onChange={(event) => change({ name: event.target.value })}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${nameId}-error` : undefined}
            className={cx(fieldClass, 'aria-invalid:border-red-500')}
          />
          {nameError && (
            <p
              id={`${nameId}-error`}
              className="text-xs font-medium text-red-700 dark:text-red-400"
            >
              {nameError}
            </p>
          )}
        </div>
        <div className="flex w-32 flex-col gap-1">
          <label htmlFor={formatId} className={labelClass}>
            Format
          </label>
          <select
            id={formatId}
            name="preset"
            value={values.preset}
            onChange={(event) => change({ preset: event.target.value as AudioRenderPreset })}
            className={fieldClass}
          >
            <option value="MASTER_MP3">MP3</option>
            <option value="MASTER_WAV">WAV</option>
            <option value="STEMS_WAV">WAV stems</option>
          </select>
        </div>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? 'Starting…' : 'Render music'}
        </Button>
      </div>
      {problems.whole && sections.length > 0 && (
        <p
          className="mt-3 text-sm text-amber-700 dark:text-amber-400"
          role="status"
          tabIndex={-1}
          data-timeline-problem=""
        >
          {problems.whole}
        </p>
      )}
      {error && (
        <InlineError className="mt-3" message={error.message} technical={error.technical} />
      )}
    </form>
  );
}
