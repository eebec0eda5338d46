// `npx tsx server/sandbox/cv/bench.ts [dataDir]`: reverse image search's numbers on this
// machine, through the real routes — the first search (building the catalog features),
// then uploads of catalog previews with their similar images, videos and keywords.
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../app';
import { readConfig } from '../../config';

const dataDir = process.argv[2] ?? '.data-bench-cv';
const SAMPLES = 8;

const app = await buildApp({ config: readConfig({ STOCKROOM_DATA_DIR: dataDir }), spa: 'none' });
await app.ready();
const headers = { authorization: `Bearer ${app.sandbox.defaultUser().accessToken}` };
const ids = app.sandbox.catalog.columns.ids;

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await app.inject({ url, headers });
  if (response.statusCode !== 200) throw new Error(`${url} → ${response.statusCode}`);
  return performance.now() - start;
}

const rows: [string, number[]][] = [
  ['upload (decode + features)', []],
  ['similar images (new upload)', []],
  ['similar videos (new upload)', []],
  ['keywords (after images)', []],
  ['similar images, page 2 (cached)', []],
];
let first = 0;
for (let k = 0; k < SAMPLES; k++) {
  const id = ids[(k * 7919 + 11) % ids.length] as number;
  const preview = await app.inject({ url: `/sandbox/media/images/${id}/preview.jpg` });
  let start = performance.now();
  const upload = await app.inject({
    method: 'POST',
    url: '/v2/cv/images',
    headers,
    payload: { base64_image: preview.rawPayload.toString('base64') },
  });
  rows[0]![1].push(performance.now() - start);
  const uploadId = (upload.json() as { upload_id: string }).upload_id;
  start = performance.now();
  const images = await timed(`/v2/cv/similar/images?asset_id=${uploadId}`);
  if (k === 0) first = images;
  else rows[1]![1].push(images);
  rows[2]![1].push(await timed(`/v2/cv/similar/videos?asset_id=${uploadId}`));
  rows[3]![1].push(await timed(`/v2/cv/keywords?asset_id=${uploadId}`));
  rows[4]![1].push(await timed(`/v2/cv/similar/images?asset_id=${uploadId}&page=2`));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
console.log(`first search, building the image features: ${first.toFixed(0)} ms`);
for (const [name, values] of rows)
  console.log(`${name.padEnd(34)} median ${median(values).toFixed(0).padStart(5)} ms`);
await app.close();
