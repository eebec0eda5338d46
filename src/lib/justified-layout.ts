// The justified-row layout of a stock image grid: every row is filled edge to edge by
// scaling its images to one common height, chosen so the row's height is as close to
// the target as possible. A pure function of the aspect ratios and the width, so the
// grid's full height is known before any image loads.

export interface LayoutOptions {
  /** Width to fill, in CSS pixels. */
  containerWidth: number;
  /** The height rows aim for. */
  targetRowHeight: number;
  /** Space between images, horizontally and vertically. */
  gap?: number;
  /** A row never grows taller than this (e.g. one very tall image alone in a row). */
  maxRowHeight?: number;
}

export interface LayoutBox {
  /** Index into the input list. */
  index: number;
  left: number;
  width: number;
}

export interface LayoutRow {
  top: number;
  height: number;
  items: LayoutBox[];
  /** False for a trailing row left at the target height instead of being stretched. */
  complete: boolean;
}

export interface JustifiedLayout {
  rows: LayoutRow[];
  /** Total height, gaps between rows included, no trailing gap. */
  height: number;
}

const MIN_ASPECT = 0.2;
const MAX_ASPECT = 8;

export function clampAspect(aspect: number | undefined): number {
  if (aspect === undefined || !Number.isFinite(aspect) || aspect <= 0) return 1;
  return Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, aspect));
}

function placeRow(
  indices: number[],
  aspects: number[],
  height: number,
  gap: number,
  top: number,
  complete: boolean,
): LayoutRow {
  // Round cumulative edges rather than each width, so the rounding errors never add up:
  // the last image's right edge lands exactly on the container's edge.
  const items: LayoutBox[] = [];
  let cursor = 0;
  for (const index of indices) {
    const width = (aspects[index] ?? 1) * height;
    const left = Math.round(cursor);
    const right = Math.round(cursor + width);
    items.push({ index, left, width: Math.max(1, right - left) });
    cursor += width + gap;
  }
  return { top, height: Math.round(height), items, complete };
}

export function justifiedLayout(
  rawAspects: readonly (number | undefined)[],
  options: LayoutOptions,
): JustifiedLayout {
  const { containerWidth, targetRowHeight } = options;
  const gap = options.gap ?? 8;
  const maxRowHeight = options.maxRowHeight ?? targetRowHeight * 1.5;
  if (!(containerWidth > 0) || !(targetRowHeight > 0) || rawAspects.length === 0)
    return { rows: [], height: 0 };

  const aspects = rawAspects.map(clampAspect);
  const rows: LayoutRow[] = [];
  let top = 0;
  let row: number[] = [];
  let sum = 0;

  const rowHeight = (count: number, aspectSum: number) =>
    (containerWidth - gap * (count - 1)) / aspectSum;
  const close = (indices: number[], aspectSum: number) => {
    const height = Math.min(rowHeight(indices.length, aspectSum), maxRowHeight);
    const placed = placeRow(indices, aspects, height, gap, top, true);
    rows.push(placed);
    top += placed.height + gap;
  };

  for (let i = 0; i < aspects.length; i++) {
    const aspect = aspects[i] ?? 1;
    row.push(i);
    sum += aspect;
    const height = rowHeight(row.length, sum);
    if (height > targetRowHeight) continue; // still room: keep adding

    // Full. Keep this image in the row, or end the row before it — whichever height is nearer the target.
    if (row.length > 1) {
      const withoutSum = sum - aspect;
      const without = rowHeight(row.length - 1, withoutSum);
      if (
        Math.abs(without - targetRowHeight) < Math.abs(height - targetRowHeight) &&
        without <= maxRowHeight
      ) {
        close(row.slice(0, -1), withoutSum);
        row = [i];
        sum = aspect;
        if (rowHeight(1, sum) <= targetRowHeight) {
          close(row, sum);
          row = [];
          sum = 0;
        }
        continue;
      }
    }
    close(row, sum);
    row = [];
    sum = 0;
  }

  if (row.length > 0) {
    // The trailing row keeps the target height, left-aligned: never stretched.
    const placed = placeRow(row, aspects, Math.min(targetRowHeight, maxRowHeight), gap, top, false);
    rows.push(placed);
    top += placed.height + gap;
  }
  return { rows, height: Math.max(0, top - gap) };
}
