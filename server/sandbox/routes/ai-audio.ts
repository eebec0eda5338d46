// The vendor's custom-music operations: instruments, descriptors and renders.
// (Scaffold: filled in by the custom-music work.)
import type { FastifyPluginAsync } from 'fastify';
import type { Sandbox } from '..';

export const aiAudioRoutes: FastifyPluginAsync<{ sandbox: Sandbox }> = async () => {};
