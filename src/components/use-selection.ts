import { useCallback, useMemo, useState } from 'react';

/** How a card was selected: with Shift, a range from the card last clicked. */
export interface SelectOptions {
  range: boolean;
}

/** What a grid or list with checkboxes takes: the selected ids, and a click on one. */
export interface CardSelection {
  selected: ReadonlySet<string>;
  onSelect: (id: string, options: SelectOptions) => void;
}

interface SelectionState {
  key: string;
  ids: ReadonlySet<string>;
  /** The card last clicked: where a shift-click range starts. */
  anchor: string | null;
}

/**
 * Which cards are selected (UI state: ids only). A click toggles one; shift-click selects
 * the range from the last card clicked, in the grid's order. A new `resetKey` (another
 * search, another collection) starts over. Ids no longer shown are dropped.
 */
export function useSelection(order: readonly string[], resetKey: string) {
  const [state, setState] = useState<SelectionState>({
    key: resetKey,
    ids: new Set(),
    anchor: null,
  });
  if (state.key !== resetKey) setState({ key: resetKey, ids: new Set(), anchor: null });

  const onSelect = useCallback(
    (id: string, { range }: SelectOptions) => {
      setState((current) => {
        const next = new Set(current.ids);
        const from = current.anchor ? order.indexOf(current.anchor) : -1;
        const to = order.indexOf(id);
        if (range && from >= 0 && to >= 0) {
          // Shift-click: the range takes the state of the card it starts from.
          const select = next.has(current.anchor!);
          for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
            const item = order[i]!;
            if (select) next.add(item);
            else next.delete(item);
          }
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return { ...current, ids: next, anchor: id };
      });
    },
    [order],
  );

  const clear = useCallback(
    () => setState((current) => ({ ...current, ids: new Set(), anchor: null })),
    [],
  );

  const selected = useMemo(() => {
    const shown = new Set(order);
    const visible = new Set<string>();
    for (const id of state.ids) if (shown.has(id)) visible.add(id);
    return visible as ReadonlySet<string>;
  }, [state.ids, order]);
  const ids = useMemo(() => order.filter((id) => selected.has(id)), [order, selected]);

  return { selected, ids, onSelect, clear };
}
