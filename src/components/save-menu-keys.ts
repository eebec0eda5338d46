// The save menu's list keys: the arrows, Home and End move between its stops (the filter,
// the collections, "New collection"). Escape, Tab and clicks outside are the popover's.
import type { KeyboardEvent } from 'react';

/** Handles one key press inside the menu. */
export function handleMenuKeys(event: KeyboardEvent<HTMLElement>, panel: HTMLElement | null): void {
  const items = navigable(panel);
  const index = items.indexOf(document.activeElement as HTMLElement);
  const move = (to: number) => {
    event.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };
  switch (event.key) {
    case 'ArrowDown':
      if (items.length) move(index + 1);
      return;
    case 'ArrowUp':
      if (items.length) move(index <= 0 ? items.length - 1 : index - 1);
      return;
    case 'Home':
      if (index >= 0 && !(event.target instanceof HTMLInputElement)) move(0);
      return;
    case 'End':
      if (index >= 0 && !(event.target instanceof HTMLInputElement)) move(items.length - 1);
      return;
  }
}

/** The menu's stops for the arrow keys, in order. */
export function navigable(panel: HTMLElement | null): HTMLElement[] {
  return Array.from(panel?.querySelectorAll<HTMLElement>('[data-nav]') ?? []);
}
