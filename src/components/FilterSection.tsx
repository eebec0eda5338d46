import type { ReactNode } from 'react';

/** A titled group in a search page's filter panel. */
export function FilterSection({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3 border-t border-neutral-200 pt-4 first:border-t-0 first:pt-0 dark:border-neutral-800">
      {title && (
        <h3 className="text-[13px] font-semibold text-neutral-900 dark:text-neutral-100">
          {title}
        </h3>
      )}
      {children}
    </section>
  );
}
