import type { ReactNode } from 'react';
import { ImageIcon } from './more-icons';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-20 text-center">
      <div className="grid size-14 place-items-center rounded-2xl bg-neutral-100 text-2xl text-neutral-500 dark:bg-neutral-900 dark:text-neutral-400">
        <ImageIcon />
      </div>
      <h2 className="text-xl font-semibold">{title}</h2>
      {children && <div className="text-neutral-600 dark:text-neutral-400">{children}</div>}
    </div>
  );
}
