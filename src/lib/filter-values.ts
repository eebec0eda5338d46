/** A date picker's value worth searching: cleared, or a whole date with a plausible year. */
export const completeDate = (text: string) => text === '' || /^(19|20)\d\d-\d\d-\d\d$/.test(text);

/** A multiple-choice filter's values with one value turned on or off (none left: no filter). */
export function toggleValue<T extends string>(
  list: readonly T[] | undefined,
  value: T,
  on: boolean,
): T[] | undefined {
  const next = new Set(list ?? []);
  if (on) next.add(value);
  else next.delete(value);
  return next.size ? [...next] : undefined;
}

/** Comma-separated text as a list of its trimmed, non-empty items (none: no filter). */
export function toList(text: string): string[] | undefined {
  const list = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return list.length ? list : undefined;
}

/**
 * A range field's two ends bound to two keys of a filter object: `from`, `to`, and
 * `onRangeChange`, which patches both keys at once.
 */
export function rangeOf<P, F extends keyof P, T extends keyof P>(
  params: P,
  onChange: (patch: Partial<P>) => void,
  fromKey: F,
  toKey: T,
) {
  return {
    from: params[fromKey],
    to: params[toKey],
    onRangeChange: (from: P[F], to: P[T]) =>
      onChange({ [fromKey]: from, [toKey]: to } as unknown as Partial<P>),
  };
}
