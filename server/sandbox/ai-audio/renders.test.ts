// A render whose files are gone from disk is made again on request. The files it then
// serves are the ones it describes: made by a newer synthesis, they may be a few bytes
// apart from the first time, and a client reads size_bytes to show and to check them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createIsolatedTestApp } from '../../test/app';
import { oneSection } from '../../test/renders';
import { rendersOf } from '.';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createIsolatedTestApp();
});
afterAll(() => app.close());

it('a render made again describes the files it now serves', { timeout: 90_000 }, async () => {
  const sandbox = app.sandbox!;
  const renders = rendersOf(sandbox, app.log);
  const { id } = renders.create('alex', oneSection('pop_upbeat_happy', 110, 3));
  let done = renders.find(id);
  while (done && done.status !== 'CREATED' && done.status !== 'FAILED_CREATE') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    done = renders.find(id);
  }
  expect(done?.status).toBe('CREATED');
  const files = done!.files;
  expect(files.map((f) => f.content_type)).toEqual(['audio/mp3', 'application/json']);

  // As an older synthesis would have left it: the recorded sizes off, the files gone.
  sandbox.state
    .prepare('UPDATE audio_renders SET files = ? WHERE id = ?')
    .run(JSON.stringify(files.map((f) => ({ ...f, size_bytes: f.size_bytes + 7 }))), id);
  fs.rmSync(path.join(sandbox.dataDir, 'media', 'renders', id), { recursive: true });

  for (const { file } of files) {
    const response = await app.inject({ url: `/sandbox/media/renders/${id}/${file}` });
    expect(response.statusCode).toBe(200);
    const described = renders.find(id)?.files.find((f) => f.file === file);
    expect(described?.size_bytes).toBe(response.rawPayload.length);
  }
});
