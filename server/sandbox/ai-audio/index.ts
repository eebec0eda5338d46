// Custom music: the vocabulary, timelines, synthesis and renders behind /v2/ai/audio/…
// One Renders per sandbox, shared by the API routes and the files' routes.
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Sandbox } from '..';
import { Renders } from './renders';

const renders = new WeakMap<Sandbox, Renders>();

export function rendersOf(sandbox: Sandbox, log: FastifyBaseLogger): Renders {
  let found = renders.get(sandbox);
  if (!found) {
    found = new Renders(sandbox.state, path.join(sandbox.dataDir, 'media', 'renders'), log);
    renders.set(sandbox, found);
    found.resume();
  }
  return found;
}

/** Public paths of the files: renders, and previews of descriptors and instruments. */
export const RENDER_FILES_PATH = '/sandbox/media/renders';
export const PREVIEWS_PATH = '/sandbox/media/ai-audio';
