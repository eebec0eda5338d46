// The vendor's computer-vision operations: upload an image, then similar images and
// videos and keywords for it. (Scaffold: filled in by the reverse-image-search work.)
import type { FastifyPluginAsync } from 'fastify';
import type { Sandbox } from '..';

export const cvRoutes: FastifyPluginAsync<{ sandbox: Sandbox }> = async () => {};
