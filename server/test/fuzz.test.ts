// Property-based fuzzing of every route of the server (sandbox, gateway, sign-in, media),
// built from the routes' own schemas as Fastify registers them: each request starts from
// something close to valid and is then broken — wrong types, missing and extra fields,
// out-of-range numbers, huge and deep values, odd encodings, control characters, path
// tricks, FTS syntax in queries, wrong methods and content types — sent straight to /v2
// with a token or through the gateway at /api with the app's headers.
//
// For every answer: no 5xx; every 4xx in the vendor's shape; no answer slower than 5 s;
// and a refused request changed nothing (allotments, licenses, collections). Then the
// server must still be healthy. A second property sends raw bytes over a real socket for
// what injection cannot reach (Node's HTTP parser, percent-encoding as sent).
//
// The seed is printed; replay a failure with FUZZ_SEED=<seed> (and FUZZ_RUNS to change the
// count). The runs are bounded so the suite takes about a minute.
import type { FastifyInstance, RouteOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp } from './app';
import { isVendorError, rawRequest } from './http';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 2200);
const SOCKET_RUNS = Math.max(50, Math.round(RUNS / 10));
/** An answer slower than this is a failure (a hang, a runaway query). */
const ANSWER_LIMIT_MS = 5000;

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
}

interface Route {
  method: string;
  url: string;
  params?: Schema;
  querystring?: Schema;
  body?: Schema;
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  remoteAddress: string;
  /** What the request is, for the failure message. */
  label: string;
}

let app: FastifyInstance;
const routes: Route[] = [];
const stats = { requests: 0, socketRequests: 0, byStatus: new Map<number, number>(), ms: 0 };

// --- values ---------------------------------------------------------------------------

/** Strings that have broken parsers, SQL, FTS5 queries, paths and headers elsewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  '"',
  "'",
  '*',
  '"unterminated',
  'a" OR "b',
  'NOT',
  'NOT NOT',
  'AND',
  'a OR',
  'OR OR OR',
  'NEAR(a b, 2)',
  'NEAR(',
  '(',
  ')',
  '((a)',
  'col:val',
  'description:cat',
  '^start',
  '-',
  '--',
  'a*',
  '*a',
  '+',
  '\\',
  '%',
  '%zz',
  '%00',
  '%2e%2e',
  '..',
  '../..',
  '/',
  '//evil.example',
  '\\\\evil.example',
  '\u0000',
  '\t\n\r',
  '\u202e',
  '\ufeff',
  '\ud800',
  '日本 猫',
  '🙂🙂',
  'null',
  'undefined',
  'true',
  '1e400',
  '-1e400',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  ' 1',
  '1 ',
  '01',
  '9'.repeat(40),
  '__proto__',
  'constructor',
  'prototype',
  '<script>alert(1)</script>',
  "'; DROP TABLE images; --",
  '2021-02-30',
  '2021-13-01T00:00:00Z',
  'x'.repeat(5000),
];

const nastyString = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.integer({ min: 100, max: 60_000 }).map((n) => 'q'.repeat(n)), weight: 1 },
);
const nastyNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 0.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, Number.MIN_VALUE),
);
/** A value nested `depth` levels (over the body limit of 32 half of the time). */
/**
 * JSON text placed as is into a generated body: values nested thousands of levels deep
 * cannot be JS objects here (JSON.stringify would overflow the test's own stack).
 */
class RawJson {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}

/** JSON text of a generated value, RawJson fragments written as they are. */
function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** A value nested a little (8–70 levels: over the body limit of 32 or not) or thousands deep. */
const deepValue = fc.oneof(
  fc.integer({ min: 8, max: 70 }).map((depth) => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  }),
  fc
    .integer({ min: 1000, max: 8000 })
    .map((depth) => new RawJson('{"a":['.repeat(depth) + '1' + ']}'.repeat(depth))),
);
const hugeArray = fc
  .integer({ min: 100, max: 30_000 })
  .map((n) => Array.from({ length: n }, (_, i) => i));
const manyKeys = fc
  .integer({ min: 50, max: 3000 })
  .map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])));
const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyString, weight: 4 },
  { arbitrary: nastyNumber, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: hugeArray, weight: 1 },
  { arbitrary: manyKeys, weight: 1 },
);

/** Real ids and names from the databases, so some requests get past lookups. */
let known: string[] = [];
/** The image collection the suite made (alex's). */
let collectionId = '';
const knownValue = () => fc.constantFrom(...known);

function validValue(schema: Schema, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (name === 'id' ? 1 : 0);
      const max = schema.maximum ?? Math.max(min, 1000);
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(schema.items ?? {}, name, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object': {
      if (depth > 4) return fc.constant({});
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, validValue(value, key, depth + 1)]),
      );
      return fc.record(model, {
        requiredKeys: (schema.required ?? []).filter((key) => key in properties),
      });
    }
    default: {
      if (schema.format === 'date')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10));
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString());
      return fc.oneof(knownValue(), fc.string({ minLength: schema.minLength ?? 0, maxLength: 12 }));
    }
  }
}

/** A schema value, broken about a third of the time. */
function fuzzedValue(schema: Schema, name: string): fc.Arbitrary<unknown> {
  const bounds: unknown[] = [];
  if (schema.minimum !== undefined) bounds.push(schema.minimum - 1, schema.minimum - 0.5);
  if (schema.maximum !== undefined) bounds.push(schema.maximum + 1, schema.maximum * 1000);
  if (schema.maxLength !== undefined) bounds.push('m'.repeat(schema.maxLength + 1));
  return fc.oneof(
    { arbitrary: validValue(schema, name), weight: 2 },
    { arbitrary: nastyJson, weight: 1 },
    ...(bounds.length > 0 ? [{ arbitrary: fc.constantFrom(...bounds), weight: 1 }] : []),
  );
}

// --- requests -------------------------------------------------------------------------

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'object' ? toJson(value) : String(value);

/**
 * A valid value broken at one place anywhere inside it (a license item's metadata, a
 * search in a bulk search…): a field or item replaced by `bad`, an unknown field added, or
 * a field dropped. `pick` chooses the place and `mode` the breakage.
 */
function breakInside(value: unknown, pick: number, mode: number, key: string, bad: unknown) {
  const copy = structuredClone(value);
  const containers: (unknown[] | Record<string, unknown>)[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    containers.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) visit(child);
  };
  visit(copy);
  const target = containers[pick % Math.max(1, containers.length)];
  if (!target) return bad;
  if (Array.isArray(target)) {
    if (mode === 0 && target.length > 0) target[pick % target.length] = bad;
    else if (mode === 2) target.pop();
    else target.push(bad);
    return copy;
  }
  const keys = Object.keys(target);
  const existing = keys[pick % Math.max(1, keys.length)];
  if (mode === 0 && existing !== undefined) target[existing] = bad;
  else if (mode === 2 && existing !== undefined) delete target[existing];
  // Defined, not assigned: `__proto__` must become a key of the body, not its prototype.
  else Object.defineProperty(target, key, { value: bad, enumerable: true, writable: true });
  return copy;
}

/** A query string from values (arrays as repeated keys), sometimes with raw tricks appended. */
function queryArbitrary(schema: Schema | undefined): fc.Arbitrary<string> {
  const properties = schema?.properties ?? {};
  const names = Object.keys(properties);
  const fields = fc.record(
    Object.fromEntries(
      names.map((name) => [name, fuzzedValue(properties[name] ?? {}, name)]),
    ) as Record<string, fc.Arbitrary<unknown>>,
    { requiredKeys: [] },
  );
  const extras = fc.dictionary(
    fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'x', '', 'a[b]', 'query[]'),
      fc.string({ maxLength: 8 }),
    ),
    nastyString,
    { maxKeys: 2 },
  );
  const raw = fc.constantFrom(
    '',
    '',
    '',
    '&per_page=1&per_page=2',
    '&a=%zz',
    '&%zz=1',
    '&query=%E0%A4%A',
    '&&&',
    '&=',
    '&page',
    '&__proto__[x]=1',
    '&query=%00',
    '&query=%0d%0a',
  );
  return fc.tuple(fields, extras, raw).map(([given, extra, tail]) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...given, ...extra })) {
      if (Array.isArray(value) && value.length < 50)
        for (const item of value) search.append(name, asText(item));
      else search.append(name, asText(value));
    }
    const text = `${search.toString()}${tail}`;
    return text ? `?${text.replace(/^&/, '')}` : '';
  });
}

/** encodeURIComponent that takes lone surrogates too (as U+FFFD, the way URLs do). */
const encode = (value: string) =>
  encodeURIComponent(
    value.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    ),
  );

const PATH_TRICKS = [
  '..',
  '%2e%2e',
  '.%2E',
  '%2e',
  '.',
  '..%2f..%2fuser',
  '..%5cuser',
  '%zz',
  '%',
  '%00',
  '%0a',
  '%20',
  '%ff',
  '%c0%ae%c0%ae',
  '%252e%252e',
  '0',
  '-1',
  '1.5',
  '1e3',
  '9'.repeat(30),
  'a'.repeat(120),
  '%E2%98%95',
  'abc',
  'U1',
];

/** A path parameter: a known id, a schema value, or a trick, encoded or raw. */
const pathParam = (schema: Schema | undefined, media: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    ...(media ? [] : [{ arbitrary: knownValue().map((value) => encode(value)), weight: 3 }]),
    { arbitrary: fc.constantFrom(...PATH_TRICKS), weight: 2 },
    { arbitrary: nastyString.map((value) => encode(value.slice(0, 200))), weight: 1 },
    ...(schema
      ? [
          {
            arbitrary: validValue(schema, 'id').map((value) => encode(asText(value))),
            weight: 1,
          },
        ]
      : []),
  );

const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  ';;;',
  'application/',
  '',
];

/** A body: from the schema (maybe broken), or raw text no schema would make. */
function bodyArbitrary(
  schema: Schema | undefined,
  focused = false,
): fc.Arbitrary<string | undefined> {
  const breakage = fc.record({
    pick: fc.nat(),
    mode: fc.integer({ min: 0, max: 2 }),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'metadata')),
    bad: focused ? fc.oneof(deepValue, nastyJson) : nastyJson,
  });
  const fromSchema = schema
    ? fc
        .tuple(validValue(schema, 'body'), focused ? breakage : fc.option(breakage, { freq: 4 }))
        .map(([value, breakage]) =>
          toJson(
            breakage
              ? breakInside(value, breakage.pick, breakage.mode, breakage.key, breakage.bad)
              : value,
          ),
        )
    : fc.constant(undefined);
  const raw = fc.oneof(
    fc.constantFrom(
      '',
      '{',
      '{"a":',
      'null',
      '[]',
      '"text"',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"admin":true}}}',
      '['.repeat(5000) + ']'.repeat(5000),
      '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
      '{"a":"\\ud800"}',
      '\u0000\u0001',
      '{"a":1,"a":2}',
    ),
    nastyJson.map((value) => toJson(value)),
    fc.string({ unit: 'binary', maxLength: 50 }),
  );
  if (focused) return fromSchema;
  return fc.oneof({ arbitrary: fromSchema, weight: 3 }, { arbitrary: raw, weight: 1 });
}

const USERS = ['alex', 'sam', 'jordan', 'casey'];

/**
 * A request to `route`. Focused requests are well-formed except for their body, which is
 * valid but for one hostile value somewhere inside (deep, huge, mistyped, prototype keys),
 * sent with JSON's content type by a user allowed to call the route: they reach the
 * handlers, where the body is used.
 */
function requestArbitrary(route: Route, focused = false): fc.Arbitrary<FuzzRequest> {
  const isV2 = route.url.startsWith('/v2/');
  const media = route.url.startsWith('/sandbox/');
  const segments = route.url.split('/');
  const paramSchemas = route.params?.properties ?? {};
  const path = fc.tuple(
    ...segments.map((segment) => {
      if (segment.startsWith(':')) return pathParam(paramSchemas[segment.slice(1)], media);
      if (segment === '*')
        return fc.oneof(fc.constantFrom(...PATH_TRICKS), fc.webSegment(), knownValue());
      return fc.constant(segment);
    }),
  );
  const methods = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS'];
  return fc
    .record({
      path,
      query: queryArbitrary(route.querystring),
      body: route.method === 'GET' ? fc.constant(undefined) : bodyArbitrary(route.body, focused),
      contentType: focused ? fc.constant('application/json') : fc.constantFrom(...CONTENT_TYPES),
      via: isV2 ? fc.constantFrom('v2', 'api') : fc.constant('as is'),
      auth: focused
        ? fc.constant('user')
        : fc.constantFrom('user', 'user', 'user', 'none', 'garbage', 'basic'),
      user: focused ? fc.constant('alex') : fc.constantFrom(...USERS),
      wrongMethod: focused
        ? fc.constant(null)
        : fc.oneof(
            { arbitrary: fc.constant(null), weight: 8 },
            { arbitrary: fc.constantFrom(...methods), weight: 1 },
          ),
      idempotencyKey: fc.option(
        fc.oneof(
          fc.uuid(),
          nastyString.map((value) => value.replace(/[^\x20-\x7e]/g, '').slice(0, 400)),
        ),
      ),
      crossSite: fc.integer({ min: 0, max: 15 }).map((n) => n === 0 && !focused),
      remote: fc.integer({ min: 1, max: 250 }),
    })
    .map((draw) => {
      let url = `${draw.path.join('/')}${draw.query}`;
      const headers: Record<string, string> = {};
      if (draw.via === 'api') {
        url = `/api${url}`;
        headers['x-requested-with'] = 'stockroom';
      } else if (draw.via === 'v2') {
        const user = app.sandbox.users().find((candidate) => candidate.username === draw.user);
        if (draw.auth === 'user' && user) headers.authorization = `Bearer ${user.accessToken}`;
        if (draw.auth === 'garbage') headers.authorization = 'Bearer v2/not-a-token';
        if (draw.auth === 'basic')
          headers.authorization = `Basic ${Buffer.from('x:y').toString('base64')}`;
      }
      if (draw.crossSite) headers.origin = 'https://evil.example';
      if (draw.idempotencyKey) headers['idempotency-key'] = draw.idempotencyKey;
      const method = draw.wrongMethod ?? route.method;
      const hasBody = draw.body !== undefined && method !== 'GET' && method !== 'HEAD';
      if (hasBody && draw.contentType) headers['content-type'] = draw.contentType;
      return {
        method,
        url,
        headers,
        ...(hasBody ? { payload: draw.body } : {}),
        remoteAddress: `10.9.${draw.remote % 5}.${draw.remote}`,
        label: `${method} ${route.url} (${draw.via}${focused ? ', focused' : ''})`,
      };
    });
}

// --- checks ---------------------------------------------------------------------------

/** What a refused request must not change: allotments, licenses, collections, renders. */
function stateDigest(): string {
  const state = app.sandbox.state;
  const all = (sql: string) => state.prepare(sql).raw().all();
  return JSON.stringify([
    all('SELECT id, downloads_left FROM subscriptions ORDER BY id'),
    all('SELECT count(*), max(rowid) FROM licenses'),
    all('SELECT id, name, share_code FROM collections ORDER BY id'),
    all('SELECT count(*), max(rowid) FROM collection_items'),
    all('SELECT id, name, visibility, cover_item_id FROM catalog_collections ORDER BY id'),
    all('SELECT count(*), max(rowid) FROM catalog_items'),
    all('SELECT count(*) FROM audio_renders'),
  ]);
}

/** 4xx answers that are pages for a person, by design, not API errors. */
function isDesignedPage(request: FuzzRequest, status: number, contentType: string): boolean {
  return (
    request.method === 'POST' &&
    request.url.split('?')[0] === '/v2/oauth/login' &&
    status === 401 &&
    contentType.startsWith('text/html')
  );
}

async function send(request: FuzzRequest) {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const response = await Promise.race([
    app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: request.headers,
      remoteAddress: request.remoteAddress,
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    }),
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${ANSWER_LIMIT_MS} ms: ${request.label}`)),
        ANSWER_LIMIT_MS,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  stats.ms += performance.now() - started;
  stats.requests++;
  stats.byStatus.set(response.statusCode, (stats.byStatus.get(response.statusCode) ?? 0) + 1);
  return response;
}

function describeRequest(request: FuzzRequest): string {
  const payload =
    request.payload === undefined ? '' : ` body ${JSON.stringify(request.payload.slice(0, 300))}`;
  return `${request.method} ${JSON.stringify(request.url.slice(0, 300))}${payload} headers ${JSON.stringify(request.headers)}`;
}

// --- the suite ------------------------------------------------------------------------

describe(`fuzzing every route (seed ${SEED}; replay with FUZZ_SEED=${SEED})`, () => {
  beforeAll(async () => {
    app = await createIsolatedTestApp(
      { STOCKROOM_RATE_LIMIT: '100000' },
      {
        onRoute(route: RouteOptions) {
          const schema = (route.schema ?? {}) as {
            params?: Schema;
            querystring?: Schema;
            body?: Schema;
          };
          for (const method of [route.method].flat()) {
            if (method === 'HEAD' || route.url.startsWith('/api/v2/')) continue;
            routes.push({ method, url: route.url, ...schema });
          }
        },
      },
    );
    const { db, videos, audio, editorial, state } = app.sandbox;
    const ids = (database: typeof db, sql: string) =>
      database.prepare(sql).pluck().all().map(String);
    const alex = app.sandbox.users().find((user) => user.username === 'alex');
    // Things to find: a collection and a catalog collection of alex's, and a license.
    const headers = {
      authorization: `Bearer ${alex?.accessToken}`,
      'content-type': 'application/json',
    };
    const collection = await app.inject({
      method: 'POST',
      url: '/v2/images/collections',
      headers,
      payload: { name: 'Fuzz' },
    });
    const catalog = await app.inject({
      method: 'POST',
      url: '/v2/catalog/collections',
      headers,
      payload: { name: 'Fuzz' },
    });
    known = [
      ...ids(db, 'SELECT id FROM images ORDER BY id LIMIT 3'),
      ...ids(videos.db, 'SELECT id FROM videos ORDER BY id LIMIT 2'),
      ...ids(audio.db, 'SELECT id FROM tracks ORDER BY id LIMIT 2'),
      ...ids(audio.db, 'SELECT id FROM sfx ORDER BY id LIMIT 2'),
      ...ids(editorial.db, 'SELECT id FROM editorial_images ORDER BY num LIMIT 2'),
      ...ids(videos.db, 'SELECT id FROM editorial_videos ORDER BY rowid LIMIT 1'),
      ...ids(db, 'SELECT id FROM contributors ORDER BY id LIMIT 2'),
      ...ids(state, 'SELECT id FROM subscriptions ORDER BY id LIMIT 12'),
      (collectionId = String(collection.json<{ id: string }>().id)),
      String(catalog.json<{ id: string }>().id),
      'cat',
      'mountain lake',
      'USA',
      app.sandbox.apiClient().client_id,
      'http://localhost/auth/callback',
    ];
    // Indexes the sandbox builds on first use (computer vision's catalog features take
    // seconds): built here, so the 5 s limit applies to answers, not to one-time builds.
    const imageId = known[0] ?? '1';
    for (const url of ['similar/images', 'similar/videos', 'keywords']) {
      await app.inject({ url: `/v2/cv/${url}?asset_id=${imageId}`, headers });
    }
    console.log(`fuzz: seed ${SEED}, ${routes.length} routes (replay: FUZZ_SEED=${SEED})`);
  }, 120_000);

  afterAll(async () => {
    const statuses = [...stats.byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    console.log(
      `fuzz: ${stats.requests} injected + ${stats.socketRequests} socket requests in ${(stats.ms / 1000).toFixed(1)} s (seed ${SEED}); statuses ${statuses}`,
    );
    await app?.close();
  });

  it(`${RUNS} malformed requests across every route: no 5xx, one error shape, nothing changed by a refusal`, async () => {
    expect(routes.length).toBeGreaterThan(100);
    const bodyRoutes = routes.filter((route) => route.body);
    const anyRequest = fc.oneof(
      { arbitrary: fc.oneof(...routes.map((route) => requestArbitrary(route))), weight: 3 },
      {
        arbitrary: fc.oneof(...bodyRoutes.map((route) => requestArbitrary(route, true))),
        weight: 1,
      },
    );
    await fc.assert(
      fc.asyncProperty(anyRequest, async (request) => {
        const before = stateDigest();
        const response = await send(request);
        const status = response.statusCode;
        const where = `${status} for ${describeRequest(request)}\n→ ${response.body.slice(0, 400)}`;
        if (status >= 500) throw new Error(`a 5xx: ${where}`);
        if (status >= 400) {
          const contentType = String(response.headers['content-type'] ?? '');
          if (!isDesignedPage(request, status, contentType) && request.method !== 'HEAD') {
            let body: unknown;
            try {
              body = JSON.parse(response.body);
            } catch {
              body = undefined;
            }
            if (!contentType.startsWith('application/json') || !isVendorError(body))
              throw new Error(`not the vendor's error shape: ${where}`);
          }
          if (stateDigest() !== before)
            throw new Error(`a refused request changed the state: ${where}`);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 240_000);

  it(`${SOCKET_RUNS} raw requests over a socket: Node's parser and percent-encoding as sent`, async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const token = app.sandbox.defaultUser().accessToken;
    const prefixes = ['/api/v2/', '/v2/', '/api/', '/auth/', '/sandbox/media/images/', '/'];
    const target = fc
      .tuple(
        fc.constantFrom(...prefixes),
        fc.array(
          fc.oneof(
            fc.constantFrom(...PATH_TRICKS, 'images', 'search', 'user', 'collections', 'test'),
            fc.constantFrom('%zz', '%', '%c0', '\\', '//', ';', '#x', '?a=%zz', '?q=\u00e9'),
            fc.integer({ min: 2000, max: 12_000 }).map((n) => '1'.repeat(n)),
          ),
          { minLength: 1, maxLength: 4 },
        ),
      )
      .map(([prefix, parts]) => `${prefix}${parts.join('/')}`);
    const header = fc.oneof(
      fc.constant(''),
      fc.integer({ min: 9000, max: 40_000 }).map((n) => `x-big: ${'a'.repeat(n)}\r\n`),
      fc.constantFrom(
        'content-length: abc\r\n',
        'content-length: -1\r\n',
        'transfer-encoding: chunked\r\ncontent-length: 3\r\n',
        'x-bad\u0001: 1\r\n',
        'x-nul: a\u0000b\r\n',
        'host: \r\n',
        ' folded: header\r\n',
        'content-type: application/json\r\n',
      ),
    );
    const method = fc.constantFrom('GET', 'GET', 'POST', 'DELETE', 'FOO', 'G\u0001T', 'PROPFIND');
    await fc.assert(
      fc.asyncProperty(
        method,
        target,
        header,
        fc.boolean(),
        async (verb, path, extra, withToken) => {
          const auth = withToken ? `authorization: Bearer ${token}\r\n` : '';
          const message = `${verb} ${path} HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n${auth}${extra}\r\n`;
          const response = await rawRequest(port, Buffer.from(message, 'latin1'));
          stats.socketRequests++;
          const where = `${response.status} for ${JSON.stringify(message.slice(0, 300))}\n→ ${response.body.slice(0, 300)}`;
          if (response.status === 0) return; // the server closed the connection without an answer
          if (response.status >= 500) throw new Error(`a 5xx: ${where}`);
          if (response.status >= 400) {
            let body: unknown;
            try {
              body = JSON.parse(response.body);
            } catch {
              body = undefined;
            }
            if (!isVendorError(body)) throw new Error(`not the vendor's error shape: ${where}`);
          }
        },
      ),
      { seed: SEED, numRuns: SOCKET_RUNS, endOnFailure: true },
    );
  }, 120_000);

  it('every paged list answers a page far past its end with an empty page, not a 5xx', async () => {
    // The vendor sets no upper bound on `page`: page=1e20 is a valid request for nothing.
    const alex = app.sandbox.users().find((user) => user.username === 'alex');
    const headers = { authorization: `Bearer ${alex?.accessToken}` };
    const paged = routes.filter(
      (route) =>
        route.method === 'GET' &&
        route.url.startsWith('/v2/') &&
        route.querystring?.properties?.page !== undefined &&
        (!route.url.includes(':') || /\/collections\/:id\/items$/.test(route.url)),
    );
    expect(paged.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const route of paged) {
      for (const page of ['1e20', '2.774536670673418e+139', String(2 ** 53 + 1)]) {
        const url = `${route.url.replace(':id', collectionId)}?page=${encodeURIComponent(page)}`;
        const response = await app.inject({ url, headers });
        const data = response.statusCode === 200 ? response.json<{ data?: unknown[] }>().data : [];
        if (response.statusCode >= 500 || (data && data.length > 0))
          wrong.push(`${response.statusCode} ${url} → ${response.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the server is healthy afterwards', async () => {
    for (const url of ['/v2/test', '/api/status', '/api/v2/images/search?query=cat&per_page=2']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
    }
    const user = await app.inject({
      url: '/v2/user',
      headers: { authorization: `Bearer ${app.sandbox.defaultUser().accessToken}` },
    });
    expect(user.statusCode).toBe(200);
  });
});
