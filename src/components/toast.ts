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
const timers = new Map<number, ReturnType<typeof setTimeout>>();

function emit() {
  for (const listener of listeners) listener();
}

export function dismissToast(id: number) {
  const timer = timers.get(id);
  if (timer) clearTimeout(timer);
  timers.delete(id);
  const next = toasts.filter((toast) => toast.id !== id);
  if (next.length !== toasts.length) {
    toasts = next;
    emit();
  }
}

/** Shows a toast; returns its id. UI state only: no server data is kept here. */
export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  toasts = [...toasts.slice(-2), { ...toast, id }];
  emit();
  const duration = toast.duration ?? (toast.action ? 10_000 : 6_000);
  timers.set(
    id,
    setTimeout(() => dismissToast(id), duration),
  );
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
