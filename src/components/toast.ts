import { useSyncExternalStore } from 'react';

/** A short message at the bottom of the screen, with at most one action ("Undo", "View"). */
export interface Toast {
  id: number;
  message: string;
  /** The API's own words, kept small for support. */
  detail?: string;
  tone?: 'info' | 'error';
  action?: { label: string; onClick: () => void };
  /** How long it stays, in ms (default 6 s; 10 s with an action). */
  duration?: number;
}

type Listener = () => void;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function emit() {
  for (const listener of listeners) listener();
}

export function dismissToast(id: number) {
  const next = toasts.filter((toast) => toast.id !== id);
  if (next.length !== toasts.length) {
    toasts = next;
    emit();
  }
}

/**
 * Shows a toast; returns its id. It goes when its time is up (ToastList: Radix Toast holds
 * it while hovered or focused), when dismissed, or when a fourth one comes. UI state only:
 * no server data is kept here.
 */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  toasts = [...toasts.slice(-2), { ...toast, id }];
  emit();
  return id;
}

function subscribe(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(
    subscribe,
    () => toasts,
    () => toasts,
  );
}
