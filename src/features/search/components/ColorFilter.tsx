import { useId } from 'react';
import { CommitInput } from '@/components/fields';
import { cx } from '@/lib/format';

const SWATCHES: readonly { hex: string; name: string }[] = [
  { hex: 'E53935', name: 'Red' },
  { hex: 'FB8C00', name: 'Orange' },
  { hex: 'FDD835', name: 'Yellow' },
  { hex: '7CB342', name: 'Lime' },
  { hex: '2E7D32', name: 'Green' },
  { hex: '00897B', name: 'Teal' },
  { hex: '039BE5', name: 'Sky blue' },
  { hex: '1E40AF', name: 'Blue' },
  { hex: '7E57C2', name: 'Purple' },
  { hex: 'D81B60', name: 'Pink' },
  { hex: '795548', name: 'Brown' },
  { hex: 'F5F5F5', name: 'White' },
  { hex: '9E9E9E', name: 'Gray' },
  { hex: '212121', name: 'Black' },
];

/** Colour: a row of swatches, black and white, a colour picker and a hex field. */
export function ColorFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (color: string | undefined) => void;
}) {
  const id = useId();
  const hex = value && value !== 'grayscale' ? value : '';
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1.5 text-xs font-medium text-neutral-600 dark:text-neutral-400">
        Colour
      </legend>
      <div className="grid grid-cols-8 gap-1.5">
        {SWATCHES.map((swatch) => {
          const selected = value === swatch.hex;
          return (
            <button
              key={swatch.hex}
              type="button"
              aria-pressed={selected}
              aria-label={swatch.name}
              title={swatch.name}
              onClick={() => onChange(selected ? undefined : swatch.hex)}
              className={cx(
                'aspect-square w-full rounded-full border border-black/10 transition-transform hover:scale-110 dark:border-white/15',
                selected &&
                  'ring-2 ring-accent-500 ring-offset-2 ring-offset-white dark:ring-offset-neutral-950',
              )}
              style={{ background: `#${swatch.hex}` }}
            />
          );
        })}
        <button
          type="button"
          aria-pressed={value === 'grayscale'}
          aria-label="Black and white"
          title="Black and white"
          onClick={() => onChange(value === 'grayscale' ? undefined : 'grayscale')}
          className={cx(
            'aspect-square w-full rounded-full border border-black/10 bg-[linear-gradient(135deg,#111_50%,#eee_50%)] transition-transform hover:scale-110 dark:border-white/15',
            value === 'grayscale' &&
              'ring-2 ring-accent-500 ring-offset-2 ring-offset-white dark:ring-offset-neutral-950',
          )}
        />
        <label
          htmlFor={`${id}-picker`}
          title="Pick any colour"
          className="relative aspect-square w-full overflow-hidden rounded-full border border-black/10 bg-[conic-gradient(red,yellow,lime,aqua,blue,magenta,red)] transition-transform hover:scale-110 has-focus-visible:outline-2 has-focus-visible:outline-accent-500 dark:border-white/15"
        >
          <span className="sr-only">Pick any colour</span>
          <input
            id={`${id}-picker`}
            type="color"
            value={`#${(hex || '888888').toLowerCase()}`}
            onChange={(event) => onChange(event.target.value.slice(1).toUpperCase())}
            className="absolute inset-0 cursor-pointer opacity-0"
          />
        </label>
      </div>
      <CommitInput
        label="Hex colour"
        hideLabel
        placeholder="Hex, e.g. 4F21EA"
        value={hex ? `#${hex}` : ''}
        maxLength={7}
        spellCheck={false}
        onCommit={(text) => {
          const clean = text.replace(/^#/, '').toUpperCase();
          if (!clean) onChange(undefined);
          else if (/^[0-9A-F]{6}$/.test(clean)) onChange(clean);
        }}
      />
    </fieldset>
  );
}
