import { describe, expect, it } from 'vitest';
import { justifiedLayout } from './justified-layout';

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const aspectsFrom = (count: number, seed = 7) => {
  const random = seeded(seed);
  return Array.from({ length: count }, () => 0.5 + random() * 1.8);
};

describe('justifiedLayout', () => {
  const widths = [320, 375, 768, 1000, 1280, 1543];

  it.each(widths)(
    'fills every complete row to the container width within a pixel (%ipx)',
    (containerWidth) => {
      const gap = 8;
      const { rows } = justifiedLayout(aspectsFrom(200), {
        containerWidth,
        targetRowHeight: 220,
        gap,
      });
      const complete = rows.filter((row) => row.complete);
      expect(complete.length).toBeGreaterThan(5);
      for (const row of complete) {
        const last = row.items.at(-1)!;
        expect(row.items[0]!.left).toBe(0);
        expect(Math.abs(last.left + last.width - containerWidth)).toBeLessThanOrEqual(1);
        const used =
          row.items.reduce((sum, item) => sum + item.width, 0) + gap * (row.items.length - 1);
        expect(Math.abs(used - containerWidth)).toBeLessThanOrEqual(1);
      }
    },
  );

  it('preserves each image’s aspect ratio (within rounding)', () => {
    const aspects = aspectsFrom(120, 3);
    const { rows } = justifiedLayout(aspects, { containerWidth: 1200, targetRowHeight: 200 });
    for (const row of rows) {
      for (const item of row.items) {
        const expected = aspects[item.index]! * row.height;
        // Widths are rounded to pixels, heights too: a pixel or so either way.
        expect(Math.abs(item.width - expected)).toBeLessThanOrEqual(1.5);
      }
    }
  });

  it('keeps the rows near the target height', () => {
    const { rows } = justifiedLayout(aspectsFrom(300, 11), {
      containerWidth: 1200,
      targetRowHeight: 220,
    });
    for (const row of rows.filter((r) => r.complete)) {
      expect(row.height).toBeGreaterThan(220 * 0.6);
      expect(row.height).toBeLessThanOrEqual(220 * 1.5);
    }
  });

  it('does not stretch the last row', () => {
    // One row filled exactly, then one square image left over.
    const aspects = [1.25, 1.25, 1.25, 1.25, 1];
    const { rows } = justifiedLayout(aspects, {
      containerWidth: 1000,
      targetRowHeight: 200,
      gap: 0,
    });
    const last = rows.at(-1)!;
    expect(rows).toHaveLength(2);
    expect(rows[0]!.complete).toBe(true);
    expect(last.complete).toBe(false);
    expect(last.height).toBe(200);
    const right = last.items.at(-1)!.left + last.items.at(-1)!.width;
    expect(right).toBeLessThan(1000);
    expect(last.items[0]!.width).toBe(200);
  });

  it('places every image exactly once, in order', () => {
    const aspects = aspectsFrom(97, 5);
    const { rows } = justifiedLayout(aspects, { containerWidth: 900, targetRowHeight: 180 });
    expect(rows.flatMap((row) => row.items.map((item) => item.index))).toEqual(
      aspects.map((_, i) => i),
    );
  });

  it('stacks rows with the gap between them and reports the total height', () => {
    const { rows, height } = justifiedLayout(aspectsFrom(50), {
      containerWidth: 800,
      targetRowHeight: 150,
      gap: 6,
    });
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.top).toBe(rows[i - 1]!.top + rows[i - 1]!.height + 6);
    }
    const last = rows.at(-1)!;
    expect(height).toBe(last.top + last.height);
  });

  it('is stable: more images never change the rows already complete', () => {
    const aspects = aspectsFrom(120, 9);
    const options = { containerWidth: 1100, targetRowHeight: 210 };
    const before = justifiedLayout(aspects.slice(0, 60), options).rows.filter(
      (row) => row.complete,
    );
    const after = justifiedLayout(aspects, options).rows.slice(0, before.length);
    expect(after).toEqual(before);
  });

  it('copes with no width, no images and odd aspects', () => {
    expect(justifiedLayout([1, 2], { containerWidth: 0, targetRowHeight: 200 }).rows).toEqual([]);
    expect(justifiedLayout([], { containerWidth: 1000, targetRowHeight: 200 }).height).toBe(0);
    const { rows } = justifiedLayout([Number.NaN, 0, -1, 50, undefined], {
      containerWidth: 1000,
      targetRowHeight: 200,
    });
    expect(rows.flatMap((row) => row.items)).toHaveLength(5);
    for (const row of rows) for (const item of row.items) expect(item.width).toBeGreaterThan(0);
  });
});
