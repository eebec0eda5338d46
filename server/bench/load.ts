// The sandbox under load (autocannon, varied image searches), and a Prism mock of the
// vendor's document as its reference.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server';

/** A fixed port for the Prism mock (the servers take any free port). */
const PRISM_PORT = 4792;
const OPENAPI = path.resolve(ROOT, '../shared/shutterstock-openapi/openapi.yaml');

/** Varied image searches: words, filters, sorts, pages, per_page 20–100. */
function variedSearches(): string[] {
  const words = [
    'beach',
    'office',
    'forest',
    'coffee',
    'city',
    'family',
    'winter',
    'dog',
    'food',
    'music',
  ];
  const extras = [
    '',
    '&sort=newest',
    '&sort=popular&orientation=horizontal',
    '&image_type=photo',
    '&image_type=vector&sort=relevance',
    '&category=Nature',
    '&people_number=2',
    '&color=1E90FF',
  ];
  const paths: string[] = [];
  for (const [i, word] of words.entries()) {
    for (const [j, extra] of extras.entries()) {
      const perPage = 20 + ((i * 7 + j * 13) % 5) * 20;
      const page = 1 + ((i + j) % 3);
      paths.push(`/v2/images/search?query=${word}${extra}&per_page=${perPage}&page=${page}`);
    }
  }
  return paths;
}

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export async function loadTest(baseUrl: string, token: string, seconds = 10): Promise<LoadResult> {
  const { default: autocannon } = await import('autocannon');
  const paths = variedSearches();
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 50,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** A Prism mock of the vendor document on PRISM_PORT, or undefined without the document. */
export async function startPrism(): Promise<{ url: string; stop: () => void } | undefined> {
  if (!fs.existsSync(OPENAPI)) return undefined;
  const bin = path.join(ROOT, 'node_modules', '.bin', 'prism');
  const child: ChildProcess = spawn(
    bin,
    ['mock', '-h', '127.0.0.1', '-p', String(PRISM_PORT), '--errors', 'false', OPENAPI],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  let output = '';
  const listening = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', () => resolve(false));
  });
  if (!listening) {
    stop();
    console.warn(`Prism did not start:\n${output.slice(-1000)}`);
    return undefined;
  }
  return { url: `http://127.0.0.1:${PRISM_PORT}`, stop };
}
