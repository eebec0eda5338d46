// Custom music: the vocabulary, timelines, synthesis and renders behind /v2/ai/audio/…
// One Renders per sandbox, shared by the API routes and the files' routes.
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db';
import { Renders } from './renders';

/** Where renders are kept: their rows in the state database, their files under dataDir. */
export interface RendersDeps {
  state: Db;
  dataDir: string;
}

const renders = new WeakMap<Db, Renders>();

export function rendersOf(deps: RendersDeps, log: FastifyBaseLogger): Renders {
  let found = renders.get(deps.state);
  if (!found) {
    found = new Renders(deps.state, path.join(deps.dataDir, 'media', 'renders'), log);
    renders.set(deps.state, found);
    found.resume();
  }
  return found;
}

/** Public paths of the files: renders, and previews of descriptors and instruments. */
export const RENDER_FILES_PATH = '/sandbox/media/renders';
export const PREVIEWS_PATH = '/sandbox/media/ai-audio';
