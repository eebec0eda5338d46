// The official Shutterstock SDK, unmodified, pointed at the sandbox on a real loopback socket.
import type { FastifyInstance } from 'fastify';
import sstk, { type ApiClient } from 'shutterstock-api';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer } from '../app';

export { sstk };

export interface SdkContext {
  app: FastifyInstance;
  baseUrl: string;
  /** A client with the default user's Bearer token. */
  client: ApiClient;
  /** A fresh client for the same server, without credentials unless given. */
  newClient(credentials?: { token?: string; basic?: [string, string] }): ApiClient;
}

/** Starts the real server for the calling test file and builds SDK clients for it. */
export function useSdk(): SdkContext {
  let server: { app: FastifyInstance; baseUrl: string } | undefined;
  const newClient: SdkContext['newClient'] = (credentials = {}) => {
    if (!server) throw new Error('the server starts in beforeAll');
    const client = new sstk.ApiClient();
    // The SDK's operation paths start with /v2, so its base path is the bare origin.
    client.basePath = server.baseUrl;
    client.timeout = 10_000;
    if (credentials.token)
      client.authentications.customer_accessCode.accessToken = credentials.token;
    if (credentials.basic) {
      [client.authentications.basic.username, client.authentications.basic.password] =
        credentials.basic;
    }
    return client;
  };
  let client: ApiClient | undefined;
  const context: SdkContext = {
    get app() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.app;
    },
    get baseUrl() {
      return server?.baseUrl ?? '';
    },
    get client() {
      client ??= newClient({ token: context.app.sandbox.defaultUser().accessToken });
      return client;
    },
    newClient,
  };
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.app.close();
  });
  return context;
}

/** The HTTP status of a failed SDK call (superagent errors carry it). */
export async function statusOfFailure(call: Promise<unknown>): Promise<number | undefined> {
  try {
    await call;
  } catch (error) {
    const status =
      typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
    return typeof status === 'number' ? status : undefined;
  }
  throw new Error('the SDK call was expected to fail, and it succeeded');
}

export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

export function list(value: unknown, key = 'data'): unknown[] {
  const items = field(value, key);
  return Array.isArray(items) ? items : [];
}
