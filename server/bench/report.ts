// The bench's report: one table printer, the figures' formats, percentiles, and the rows
// of a figure against its aim.

export function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
export const median = (values: number[]) => percentile(values, 50);

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
export const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** Columns padded to their widest cell; the first row a heading over a rule, unless `rule` is false. */
export function table(rows: string[][], { rule = true } = {}): string {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd();
  if (!rule) return rows.map(line).join('\n');
  const ruler = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(rows[0] ?? []), ruler, ...rows.slice(1).map(line)].join('\n');
}

export type Row = [measure: string, value: string, aim: string, verdict: string];

/** A row measured against its aim. */
export const aimRow = (measure: string, value: string, aim: string, ok: boolean): Row => [
  measure,
  value,
  aim,
  mark(ok),
];
export const infoRow = (measure: string, value: string): Row => [measure, value, '', ''];
