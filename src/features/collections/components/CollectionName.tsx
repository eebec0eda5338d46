import { cx } from '@/lib/format';

/** A collection page's heading: the name, or a placeholder the size of one while it loads. */
export function CollectionName({ name, className }: { name?: string; className?: string }) {
  return (
    <h1
      className={cx('truncate text-2xl font-semibold tracking-tight sm:text-3xl', className)}
      data-testid="collection-name"
    >
      {name ?? <span className="skeleton inline-block h-8 w-64 rounded-md" />}
    </h1>
  );
}
