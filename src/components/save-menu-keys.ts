// The save menu's keyboard: the arrows, Home and End move between its stops, Escape calls
// back, and Tab stays inside until Escape or a click outside closes it.
import type { KeyboardEvent } from 'react';

/** Handles one key press inside the menu. */
export function handleMenuKeys(
  event: KeyboardEvent<HTMLElement>,
  panel: HTMLElement | null,
  onEscape: () => void,
): void {
  const items = navigable(panel);
  const index = items.indexOf(document.activeElement as HTMLElement);
  const move = (to: number) => {
    event.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };
  switch (event.key) {
    case 'Escape':
      event.preventDefault();
      event.stopPropagation();
      onEscape();
      return;
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
    case 'Tab': {
      // A small dialog: Tab stays inside until Escape or a click outside closes it.
      const focusables = Array.from(
        panel?.querySelectorAll<HTMLElement>('input, button:not([tabindex="-1"])') ?? [],
      ).filter((element) => !element.hasAttribute('disabled'));
      const first = focusables[0];
      const last = focusables.at(-1);
      if (!focusables.includes(document.activeElement as HTMLElement)) {
        // On a collection (reached with the arrows): Tab goes on to "New collection".
        if (event.shiftKey) {
          event.preventDefault();
          first?.focus();
        }
      } else if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
      return;
    }
  }
}

/** The menu's stops for the arrow keys, in order. */
export function navigable(panel: HTMLElement | null): HTMLElement[] {
  return Array.from(panel?.querySelectorAll<HTMLElement>('[data-nav]') ?? []);
}
