// The vendor contract, as a test tool: loads the Shutterstock OpenAPI document (never copied
// into the project), compiles its response schemas with Ajv and checks real responses
// against them, recording which vendor operations the contract tests exercised.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';

/** Where the vendor document is: beside the repository, or STOCKROOM_OPENAPI (a test of the suite without it can point this elsewhere). */
export const OPENAPI_PATH = path.resolve(
  process.env.STOCKROOM_OPENAPI ||
    path.join(import.meta.dirname, '../..', '../shared/shutterstock-openapi/openapi.yaml'),
);
const CONTRACT_DIR = path.join(import.meta.dirname, 'contract');
const DOC_ID = 'shutterstock-openapi';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export type Json = Record<string, unknown>;
export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const record = (value: unknown): Json => (isRecord(value) ? value : {});

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  /** Status codes the document lists for this operation. */
  statuses: string[];
  /** Its parameters' schemas by name, as the document states them (limits, enums, defaults). */
  parameters: Map<string, Json>;
  /** OAuth scopes a Bearer token needs for it. */
  scopes: string[];
}

// ---------------------------------------------------------------------------------------
// OpenAPI 3.0 schema dialect → JSON Schema (draft-07, what Ajv speaks by default)
// ---------------------------------------------------------------------------------------

/** Keywords of OpenAPI's schema object that JSON Schema lacks or spells differently. */
const DROPPED = new Set([
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
  'nullable',
]);

function toJsonSchema(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string')
      out.$ref = value.startsWith('#') ? `${DOC_ID}${value}` : value;
    else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(record(value)).map(([k, v]) => [k, toJsonSchema(v)]),
      );
    } else if (
      key === 'items' ||
      key === 'not' ||
      (key === 'additionalProperties' && isRecord(value))
    ) {
      out[key] = toJsonSchema(value);
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = value.map(toJsonSchema);
    } else out[key] = value;
  }
  // draft-04 style boolean exclusive bounds → draft-07 numbers
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  if (schema.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

/** Follows a local `$ref` (parameters use them for shared enums such as Language). */
function resolveRef(doc: Json, schema: Json): Json {
  if (typeof schema.$ref !== 'string') return schema;
  return record(valueAt(doc, schema.$ref.slice(1)));
}

function collectFormats(schema: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(schema)) schema.forEach((item) => collectFormats(item, into));
  else if (isRecord(schema)) {
    if (typeof schema.format === 'string') into.add(schema.format);
    Object.values(schema).forEach((value) => collectFormats(value, into));
  }
  return into;
}

// ---------------------------------------------------------------------------------------
// The contract
// ---------------------------------------------------------------------------------------

/**
 * The vendor documents no body for its errors; they are `{ message, errors: [Error] }`
 * (the `errors` list its DataList schemas carry), built here on the document's Error schema.
 */
const ERROR_ENVELOPE = {
  type: 'object',
  required: ['message', 'errors'],
  properties: {
    message: { type: 'string' },
    errors: { type: 'array', minItems: 1, items: { $ref: `${DOC_ID}#/components/schemas/Error` } },
  },
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

function readOperation(doc: Json, template: string, method: string, op: Json): Operation {
  const parameters = new Map<string, Json>();
  for (const parameter of Array.isArray(op.parameters) ? op.parameters : []) {
    const { name, schema } = record(parameter);
    if (typeof name === 'string') parameters.set(name, resolveRef(doc, record(schema)));
  }
  const scopes = (Array.isArray(op.security) ? op.security : []).flatMap((requirement) => {
    const listed = record(requirement).customer_accessCode;
    return Array.isArray(listed) ? listed.map(String) : [];
  });
  return {
    // One operation (GET /v2/editorial/{id}) has no operationId: it is named by method and path.
    operationId:
      typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${template}`,
    method,
    template,
    statuses: Object.keys(record(op.responses)),
    parameters,
    scopes,
  };
}

/** The JSON body schema of each documented status, as JSON Schema. */
function responseSchemas(op: Json): Json {
  const out: Json = {};
  for (const [status, response] of Object.entries(record(op.responses))) {
    const schema = record(record(record(response).content)['application/json']).schema;
    if (schema !== undefined) out[status] = toJsonSchema(schema);
  }
  return out;
}

export class ContractError extends Error {}

export class Contract {
  readonly operations: Operation[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly matchers: { operation: Operation; pattern: RegExp; literalSegments: number }[] =
    [];
  private readonly covered = new Set<string>();
  private readonly undocumented = new Set<string>();

  constructor(document: unknown) {
    const doc = record(document);
    const responses: Json = {};
    for (const [template, pathItem] of Object.entries(record(doc.paths))) {
      for (const method of METHODS) {
        const op = record(pathItem)[method];
        if (!isRecord(op)) continue;
        const operation = readOperation(doc, template, method, op);
        // Response schemas live in the compiled document under the operation's index.
        responses[String(this.operations.length)] = responseSchemas(op);
        this.operations.push(operation);
        const segments = template.split('/');
        const pattern = segments.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : escapeRegExp(s)));
        this.matchers.push({
          operation,
          pattern: new RegExp(`^${pattern.join('/')}$`),
          literalSegments: segments.filter((s) => !s.startsWith('{')).length,
        });
      }
    }
    // Literal segments win over templated ones (/v2/images/categories before /v2/images/{id}).
    this.matchers.sort((a, b) => b.literalSegments - a.literalSegments);

    const components = record(doc.components);
    const schemas = Object.fromEntries(
      Object.entries(record(components.schemas)).map(([name, s]) => [name, toJsonSchema(s)]),
    );
    addFormats(this.ajv);
    for (const [name, def] of Object.entries(record(components['x-string-formats']))) {
      const pattern = record(def).pattern;
      if (typeof pattern === 'string' && !this.ajv.formats[name]) {
        this.ajv.addFormat(name, new RegExp(pattern));
      }
    }
    // Formats the document names without defining (file types, prose): accepted as is.
    for (const name of collectFormats([schemas, responses], new Set())) {
      if (!this.ajv.formats[name]) this.ajv.addFormat(name, true);
    }
    this.ajv.addSchema({
      $id: DOC_ID,
      components: { schemas },
      responses,
      errorEnvelope: ERROR_ENVELOPE,
    });
  }

  /** The vendor operation a concrete request path (query string allowed) belongs to. */
  operationFor(method: string, url: string): Operation | undefined {
    const pathname = url.split('?')[0] ?? url;
    const m = method.toLowerCase();
    return this.matchers.find(
      ({ operation, pattern }) => operation.method === m && pattern.test(pathname),
    )?.operation;
  }

  /** Throws a readable error unless the response body is what the document says for this status. */
  expectMatchesContract(method: string, url: string, status: number, body: unknown): Operation {
    const operation = this.operationFor(method, url);
    if (!operation)
      throw new ContractError(
        `${method.toUpperCase()} ${url}: no operation in the vendor document`,
      );
    const code = String(status);
    const documented = operation.statuses.includes(code);
    if (!documented && status < 400) {
      throw new ContractError(
        `${operation.operationId}: status ${status} is not documented (documented: ${operation.statuses.join(', ')})`,
      );
    }
    const ref =
      status >= 400
        ? `${DOC_ID}#/errorEnvelope`
        : `${DOC_ID}#/responses/${this.operations.indexOf(operation)}/${code}`;
    if (status < 400 && !this.ajv.getSchema(ref)) {
      // A documented success without a JSON body (204, 302, text/html).
      this.covered.add(operation.operationId);
      return operation;
    }
    const validate = this.validator(ref);
    if (!validate(body)) {
      throw new ContractError(
        `${method.toUpperCase()} ${url} → ${status} does not match ${operation.operationId} in the vendor document:\n` +
          formatErrors(validate.errors ?? [], body),
      );
    }
    this.covered.add(operation.operationId);
    if (!documented) this.undocumented.add(`${operation.operationId} ${status}`);
    return operation;
  }

  /** A parameter's schema as the document states it; throws when the document has no such parameter. */
  parameter(operationId: string, name: string): Json {
    const schema = this.operations.find((o) => o.operationId === operationId)?.parameters.get(name);
    if (!schema)
      throw new ContractError(`${operationId} has no parameter "${name}" in the vendor document`);
    return schema;
  }

  coveredOperations(): string[] {
    return [...this.covered].sort();
  }

  undocumentedStatuses(): string[] {
    return [...this.undocumented].sort();
  }

  private validator(ref: string): ValidateFunction {
    let validate = this.validators.get(ref);
    if (!validate) {
      validate = this.ajv.getSchema(ref);
      if (!validate) throw new ContractError(`no schema at ${ref}`);
      this.validators.set(ref, validate);
    }
    return validate;
  }
}

function valueAt(body: unknown, pointer: string): unknown {
  let value = body;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    value = Array.isArray(value) ? value[Number(key)] : isRecord(value) ? value[key] : undefined;
  }
  return value;
}

function formatErrors(errors: ErrorObject[], body: unknown): string {
  return errors
    .map((e) => {
      const actual = JSON.stringify(valueAt(body, e.instancePath)) ?? 'undefined';
      const at = e.instancePath || '(body)';
      return `  - ${at} ${e.message ?? ''} ${JSON.stringify(e.params)} (got ${actual.slice(0, 120)})`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------
// Loading, and the coverage report shared by the contract test files
// ---------------------------------------------------------------------------------------

export function loadContract(file: string = OPENAPI_PATH): Contract | null {
  if (!fs.existsSync(file)) return null;
  return new Contract(load(fs.readFileSync(file, 'utf8')));
}

/** The contract, or null when the vendor document is absent (schema assertions then skip). */
export const contract = loadContract();

export const CONTRACT_SKIP_NOTICE =
  `The vendor OpenAPI document is not at ${OPENAPI_PATH}: the behaviour tests run, but ` +
  'responses are not checked against its schemas and the tests read from the document are ' +
  'skipped (place the Shutterstock OpenAPI 1.1.32 document there to run them).';

/** Validates against the vendor document (a no-op when it is absent: behaviour only). */
export function expectMatchesContract(
  method: string,
  url: string,
  status: number,
  body: unknown,
): void {
  contract?.expectMatchesContract(method, url, status, body);
}

// Each contract test file runs in its own worker; they pool what they covered in a directory
// named after the Vitest run, and the last file to finish prints the summary.
const runKey = isMainThread ? process.ppid : process.pid;
const reportDir = path.join(os.tmpdir(), `stockroom-contract-coverage-${runKey}`);

interface FileReport {
  covered: string[];
  undocumented: string[];
}

function readReport(file: string): FileReport {
  const data = record(JSON.parse(fs.readFileSync(file, 'utf8')));
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  return { covered: strings(data.covered), undocumented: strings(data.undocumented) };
}

/** Reports left by earlier runs that ran only some contract files (their Vitest is gone). */
function removeStaleReports(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(/^stockroom-contract-coverage-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === runKey) continue;
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
  }
}

/** Call from each contract test file's afterAll with that file's name. */
export function reportContractCoverage(testFile: string): void {
  if (!contract) return;
  removeStaleReports();
  fs.mkdirSync(reportDir, { recursive: true });
  const report: FileReport = {
    covered: contract.coveredOperations(),
    undocumented: contract.undocumentedStatuses(),
  };
  fs.writeFileSync(path.join(reportDir, `${path.basename(testFile)}.json`), JSON.stringify(report));

  const expected = fs.readdirSync(CONTRACT_DIR).filter((f) => f.endsWith('.test.ts')).length;
  const reports = fs.readdirSync(reportDir).filter((f) => f.endsWith('.json'));
  if (reports.length < expected) return;
  try {
    fs.mkdirSync(path.join(reportDir, 'printed')); // only one file prints
  } catch {
    return;
  }
  const all = reports.map((f) => readReport(path.join(reportDir, f)));
  const covered = [...new Set(all.flatMap((r) => r.covered))].sort();
  const undocumented = [...new Set(all.flatMap((r) => r.undocumented))].sort();
  const lines = [
    `Contract coverage: ${covered.length} of ${contract.operations.length} vendor operations exercised`,
    ...covered.map((id) => `  ✓ ${id}`),
  ];
  if (undocumented.length > 0) {
    lines.push('Error statuses the document does not list (checked against its error shape):');
    lines.push(...undocumented.map((s) => `  • ${s}`));
  }
  console.log(lines.join('\n'));
  fs.rmSync(reportDir, { recursive: true, force: true });
}
