// Placeholder: the sandbox (SQLite catalog, auth, endpoints) is built in server/sandbox/*.
import type { FastifyPluginAsync } from 'fastify';

export interface SandboxUser {
  id: string;
  username: string;
  accessToken: string;
}

export interface Sandbox {
  users(): SandboxUser[];
  defaultUser(): SandboxUser;
  credentialsFile: string;
  close(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    sandbox: Sandbox;
  }
}

export async function openSandbox(options: {
  dataDir: string;
  defaultAccessToken: string | undefined;
  showProgress: boolean;
}): Promise<Sandbox> {
  const user = { id: '1', username: 'demo', accessToken: options.defaultAccessToken ?? 'dev-token' };
  return {
    users: () => [user],
    defaultUser: () => user,
    credentialsFile: `${options.dataDir}/sandbox-credentials.json`,
    close() {},
  };
}

export const sandboxPlugin: FastifyPluginAsync<{ sandbox: Sandbox }> = async (app) => {
  app.get('/v2/test', async (request) => ({ text: (request.query as { text?: string }).text ?? 'ok' }));
};
