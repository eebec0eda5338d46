// Shared by the contract test files: the real app over the seeded test database, requests
// that are validated against the vendor document on the way back, and the skip notice.
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, startTestServer, type TestCatalog } from '../app';
import {
  CONTRACT_SKIP_NOTICE,
  contract,
  expectMatchesContract,
  isRecord,
  reportContractCoverage,
  type Contract,
  type Json,
} from '../openapi';

export { contract, isRecord, type Json };

let noticed = false;

/**
 * A suite of the sandbox's vendor behaviour. It always runs; with the vendor document
 * present every response is also checked against its schemas. Without it a notice says so,
 * and only the tests that read the document itself (`itDocumented`) are skipped.
 */
export function describeContract(name: string, body: () => void): void {
  if (!contract && !noticed) {
    noticed = true;
    console.warn(CONTRACT_SKIP_NOTICE);
  }
  describe(name, body);
}

/** A test that reads the vendor document (its parameters, enums, limits): skipped without it. */
export const itDocumented = it.skipIf(!contract);

/** The vendor document; only called inside `itDocumented` tests, where it is present. */
export function vendor(): Contract {
  if (!contract) throw new Error(CONTRACT_SKIP_NOTICE);
  return contract;
}

export type Auth = 'default' | 'none' | { bearer: string } | { basic: [string, string] };

export interface ApiResponse {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

export interface ContractClient {
  app: FastifyInstance;
  token: string;
  /** The server's loopback URL, in socket mode. */
  baseUrl: string;
  /** Calls the sandbox and checks the response against the vendor document before returning it. */
  get(url: string, auth?: Auth, headers?: Record<string, string>): Promise<ApiResponse>;
  /** Calls as a seeded user (alex, sam, jordan, casey): their bearer token. */
  as(username: string): Auth;
  /** Any method, with an optional JSON body; checked against the document like `get`. */
  send(
    method: Method,
    url: string,
    options?: { body?: unknown; auth?: Auth },
  ): Promise<ApiResponse>;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A seeded user's access token. */
export function tokenOf(app: FastifyInstance, username: string): string {
  const user = app.sandbox.users().find((u) => u.username === username);
  if (!user) throw new Error(`no sandbox user ${username}`);
  return user.accessToken;
}

function authorization(auth: Auth, token: string): Record<string, string> {
  if (auth === 'none') return {};
  if (auth === 'default') return { authorization: `Bearer ${token}` };
  if ('bearer' in auth) return { authorization: `Bearer ${auth.bearer}` };
  return { authorization: `Basic ${Buffer.from(auth.basic.join(':')).toString('base64')}` };
}

/**
 * Builds the app once for the calling test file, closes it after, and adds this file's
 * covered operations to the run's coverage report.
 */
export function useContractClient(
  testFile: string,
  options: {
    socket?: boolean;
    /** The product's catalog, for a file whose tests depend on its size (default: the small one). */
    catalog?: TestCatalog;
  } = {},
): ContractClient {
  let app: FastifyInstance | undefined;
  let baseUrl = '';
  const client: ContractClient = {
    get app() {
      if (!app) throw new Error('the app is built in beforeAll');
      return app;
    },
    get token() {
      return client.app.sandbox.defaultUser().accessToken;
    },
    get baseUrl() {
      return baseUrl;
    },
    get(url, auth = 'default', headers = {}) {
      return send('GET', url, { auth, headers });
    },
    as(username) {
      return { bearer: tokenOf(client.app, username) };
    },
    send(method, url, { body, auth = 'default' } = {}) {
      return send(method, url, { auth, body });
    },
  };
  async function send(
    method: Method,
    url: string,
    { auth, headers = {}, body }: { auth: Auth; headers?: Record<string, string>; body?: unknown },
  ): Promise<ApiResponse> {
    const all: Record<string, string> = { ...headers, ...authorization(auth, client.token) };
    if (body !== undefined) all['content-type'] = 'application/json';
    const payload = body === undefined ? undefined : JSON.stringify(body);
    let response: { status: number; headers: Record<string, unknown>; text: string };
    if (options.socket) {
      const res = await fetch(`${baseUrl}${url}`, { method, headers: all, body: payload });
      response = {
        status: res.status,
        headers: Object.fromEntries(res.headers),
        text: await res.text(),
      };
    } else {
      const res = await client.app.inject({ method, url, headers: all, payload });
      response = { status: res.statusCode, headers: res.headers, text: res.body };
    }
    if (response.status === 204) {
      if (response.text !== '') throw new Error(`${method} ${url} → 204 with a body`);
      expectMatchesContract(method, url, response.status, undefined);
      return { status: response.status, headers: response.headers, body: undefined };
    }
    const type = String(response.headers['content-type'] ?? '');
    if (!type.startsWith('application/json')) {
      throw new Error(
        `${method} ${url} → ${response.status} answered ${type || 'no content type'}, not JSON`,
      );
    }
    const parsed: unknown = JSON.parse(response.text);
    expectMatchesContract(method, url, response.status, parsed);
    return { status: response.status, headers: response.headers, body: parsed };
  }
  beforeAll(async () => {
    const catalog = { catalog: options.catalog ?? 'small' };
    if (options.socket) ({ app, baseUrl } = await startTestServer({}, catalog));
    else app = await createTestApp({}, catalog);
  });
  afterAll(async () => {
    await app?.close();
    reportContractCoverage(testFile);
  });
  return client;
}

// ---------------------------------------------------------------------------------------
// Reading response bodies without `any`
// ---------------------------------------------------------------------------------------

export function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** `data` of a list response, as records. */
export function dataOf(body: unknown): Json[] {
  const data = field(body, 'data');
  if (!Array.isArray(data))
    throw new Error(`expected a data array in ${JSON.stringify(body).slice(0, 200)}`);
  return data.filter(isRecord);
}

export const idsOf = (body: unknown): string[] => dataOf(body).map((item) => String(item.id));

/** The error texts of a `{ message, errors: [...] }` body, for "names the parameter" checks. */
export function errorText(body: unknown): string {
  return JSON.stringify({ message: field(body, 'message'), errors: field(body, 'errors') });
}

/** Query string from pairs, repeating keys for array parameters as the vendor does. */
export type QueryParams = Record<
  string,
  string | number | boolean | (string | number)[] | undefined
>;

export function qs(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  return search.toString();
}

/** Values the document allows for a parameter: its enum (or its items' enum), else one sample. */
export function allowedValues(schema: Json, samples: Record<string, string> = {}): string[] {
  const items = isRecord(schema.items) ? schema.items : undefined;
  const alternatives = [schema.oneOf, schema.anyOf].find(Array.isArray);
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  if (items) return allowedValues(items, samples);
  if (Array.isArray(alternatives))
    return alternatives.filter(isRecord).flatMap((s) => allowedValues(s, samples));
  if (typeof schema.format === 'string' && samples[schema.format])
    return [samples[schema.format] ?? ''];
  if (schema.type === 'boolean') return ['true', 'false'];
  if (schema.type === 'integer')
    return [String(typeof schema.minimum === 'number' ? Math.max(1, schema.minimum) : 1)];
  if (schema.type === 'number') return ['1.5'];
  return ['cat'];
}

/** The seeded sandbox credentials file, as written at start-up (shape checked by the caller). */
export function readCredentialsFile(app: FastifyInstance): unknown {
  const file = app.sandbox.credentialsFile;
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}
