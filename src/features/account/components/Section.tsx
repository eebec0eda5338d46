import type { ReactNode } from 'react';

/** The account and settings pages: a narrow column of sections under the page's heading. */
export function AccountPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main
      id="main"
      className="mx-auto flex w-full max-w-4xl flex-1 flex-col gap-5 px-4 py-8 sm:px-6"
    >
      <title>{`${title} — Stockroom`}</title>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {children}
    </main>
  );
}

/** A titled card of the account and settings pages. */
export function Section({
  title,
  description,
  action,
  children,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section
      aria-labelledby={id}
      className="rounded-2xl border border-neutral-200 bg-white p-5 sm:p-6 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={id} className="text-base font-semibold">
            {title}
          </h2>
          {description && (
            <p className="mt-0.5 text-sm text-neutral-600 dark:text-neutral-400">{description}</p>
          )}
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}

/** Label and value pairs. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-neutral-600 dark:text-neutral-400">{label}</dt>
          <dd className="truncate font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const SKELETON_WIDTHS = ['w-4/5', 'w-3/5', 'w-2/5'];

export function SectionSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-3">
      {SKELETON_WIDTHS.map((width) => (
        <div key={width} className={`skeleton h-4 rounded ${width}`} />
      ))}
    </div>
  );
}
