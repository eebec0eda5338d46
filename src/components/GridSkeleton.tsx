import { useMemo, useRef } from 'react';
import { justifiedLayout } from '@/lib/justified-layout';
import { gridMetrics, useContainerWidth } from './use-container-width';

const ASPECTS = [
  1.5, 0.67, 1.33, 1.78, 1, 0.75, 1.5, 1.5, 0.8, 2, 1.33, 0.67, 1.5, 1, 1.78, 0.75, 1.25, 1.5, 0.67,
  1.5,
];

/** Placeholder rows laid out like real results, so nothing jumps when they arrive. */
export function GridSkeleton({
  rows = 4,
  layoutKey = 'grid',
}: {
  rows?: number;
  layoutKey?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref, layoutKey);
  const { targetRowHeight, gap } = gridMetrics(width);
  const layout = useMemo(() => {
    const full = justifiedLayout([...ASPECTS, ...ASPECTS, ...ASPECTS], {
      containerWidth: width,
      targetRowHeight,
      gap,
    });
    return full.rows.filter((row) => row.complete).slice(0, rows);
  }, [width, targetRowHeight, gap, rows]);
  return (
    <div
      ref={ref}
      aria-hidden="true"
      data-testid="grid-skeleton"
      className="flex flex-col"
      style={{ gap }}
    >
      {layout.map((row) => (
        <div key={row.top} className="flex" style={{ gap, height: row.height }}>
          {row.items.map((item) => (
            <div
              key={item.index}
              className="skeleton shrink-0 rounded-md"
              style={{ width: item.width, height: row.height }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
