// The speed table: each figure beside its reference measured in the same run, its goal and
// the ratio.
import type { LoadResult } from './load';
import type { PaintResult } from './paint';
import { mark, median, percentile } from './report';

export const SPEED_GOALS = {
  fcpRatio: 1.3,
  taskRatio: 2,
  lighthousePoints: 10,
  resultsCachedMs: 250,
  resultsFreshMs: 400,
  searchJsBytes: 140_000,
  pageJsBytes: 150_000,
  sandboxRatio: 3,
};

export interface SpeedFigures {
  floor: PaintResult;
  pages: PaintResult[];
  /** The floor's app drawing the search page's final DOM (bench/drawn-floor): no goal of its own. */
  drawn?: { taskMs: number; elements: number };
  floorJsBytes: number;
  searchJsBytes: number;
  otherPagesJs: { page: string; gzipBytes: number }[];
  results: { name: string; times: number[]; goalMs: number }[];
  sandbox?: LoadResult;
  prism?: LoadResult;
}

const f1 = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const msText = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
const kbText = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ratioText = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');

/** measure, Stockroom, reference, ratio, goal, verdict. */
export function speedRows(figures: SpeedFigures): string[][] {
  const { floor } = figures;
  const rows: string[][] = [['measure', 'Stockroom', 'reference', 'ratio', 'goal', '']];
  for (const page of figures.pages) {
    const fcp = page.fcpMs / floor.fcpMs;
    const task = page.taskMs / floor.taskMs;
    const points = floor.lighthouse - page.lighthouse;
    rows.push(
      [
        `first contentful paint: ${page.name}`,
        msText(page.fcpMs),
        `floor ${msText(floor.fcpMs)}`,
        ratioText(fcp),
        `≤ ${SPEED_GOALS.fcpRatio}×`,
        mark(fcp <= SPEED_GOALS.fcpRatio),
      ],
      [
        `main-thread task time: ${page.name}`,
        msText(page.taskMs),
        `floor ${msText(floor.taskMs)}`,
        ratioText(task),
        `≤ ${SPEED_GOALS.taskRatio}×`,
        mark(task <= SPEED_GOALS.taskRatio),
      ],
      [
        `Lighthouse desktop performance: ${page.name}`,
        f1(page.lighthouse),
        `floor ${f1(floor.lighthouse)}`,
        Number.isFinite(points) ? `${-points} points` : '—',
        `within ${SPEED_GOALS.lighthousePoints} points`,
        mark(points <= SPEED_GOALS.lighthousePoints),
      ],
    );
  }
  // What drawing the search page costs any app on the same framework: the floor's app drawing
  // its final DOM. No goal: it says how much of the page's task time is the page itself.
  if (figures.drawn) {
    const { taskMs, elements } = figures.drawn;
    const search = figures.pages.find((page) => page.name === 'search page');
    rows.push([
      `main-thread task time: the search page's ${elements} elements, drawn by the floor's app`,
      msText(taskMs),
      `floor ${msText(floor.taskMs)}`,
      ratioText(taskMs / floor.taskMs),
      'reference',
      '',
    ]);
    if (search)
      rows.push([
        'main-thread task time: search page, against the same page drawn by the floor',
        msText(search.taskMs),
        `drawn ${msText(taskMs)}`,
        ratioText(search.taskMs / taskMs),
        'reference',
        '',
      ]);
  }
  for (const { name, times, goalMs } of figures.results) {
    const p95 = percentile(times, 95);
    const failed = times.filter((time) => !Number.isFinite(time)).length;
    rows.push([
      `Enter → 8 images painted, p95 of ${times.length}: ${name}${failed ? ` (${failed} timed out)` : ''}`,
      msText(p95),
      `p50 ${msText(median(times))}`,
      ratioText(p95 / goalMs),
      `≤ ${goalMs} ms`,
      mark(failed === 0 && p95 <= goalMs),
    ]);
  }
  rows.push([
    'first JavaScript, gzip: search page',
    kbText(figures.searchJsBytes),
    `floor ${kbText(figures.floorJsBytes)}`,
    ratioText(figures.searchJsBytes / figures.floorJsBytes),
    `≤ ${SPEED_GOALS.searchJsBytes / 1000} kB`,
    mark(figures.searchJsBytes <= SPEED_GOALS.searchJsBytes),
  ]);
  const largest = [...figures.otherPagesJs].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  if (largest) {
    rows.push([
      `first JavaScript, gzip: largest other page (${largest.page})`,
      kbText(largest.gzipBytes),
      `floor ${kbText(figures.floorJsBytes)}`,
      ratioText(largest.gzipBytes / figures.floorJsBytes),
      `≤ ${SPEED_GOALS.pageJsBytes / 1000} kB`,
      mark(largest.gzipBytes <= SPEED_GOALS.pageJsBytes),
    ]);
  }
  const { sandbox, prism } = figures;
  if (sandbox) {
    const rps = prism ? sandbox.requestsPerSecond / prism.requestsPerSecond : NaN;
    const sandboxFailures = sandbox.non2xx + sandbox.errors;
    rows.push(
      [
        `sandbox req/s, 50 connections, varied image searches${sandboxFailures ? ` (${sandboxFailures} not 2xx)` : ''}`,
        f1(sandbox.requestsPerSecond),
        prism ? `Prism ${f1(prism.requestsPerSecond)}` : 'no Prism (no vendor document)',
        ratioText(rps),
        `≥ ${SPEED_GOALS.sandboxRatio}×`,
        mark(rps >= SPEED_GOALS.sandboxRatio && sandboxFailures === 0),
      ],
      [
        'sandbox p99 latency, same load',
        msText(sandbox.p99Ms),
        prism ? `Prism ${msText(prism.p99Ms)}` : '—',
        ratioText(prism ? sandbox.p99Ms / prism.p99Ms : NaN),
        '< Prism’s',
        mark(prism !== undefined && sandbox.p99Ms < prism.p99Ms),
      ],
    );
  }
  return rows;
}
