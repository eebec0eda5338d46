// Our types against the vendor document: the app's (src/api), what the sandbox answers and
// the app sends, compiled against the types openapi-typescript generates from the document
// (./vendor-types/check.ts says what is compared, and how). Skipped, with a notice, when
// the document is absent.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OPENAPI_PATH } from './openapi';
import { generateVendorTypes } from './vendor-types';

const documented = fs.existsSync(OPENAPI_PATH);
if (!documented) {
  console.warn(
    `The vendor OpenAPI document is not at ${OPENAPI_PATH}: the app's and the sandbox's ` +
      'types are not compared with it (place the Shutterstock OpenAPI 1.1.32 document there, ' +
      'or point STOCKROOM_OPENAPI at it, to run the comparison).',
  );
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const project = path.join(import.meta.dirname, 'vendor-types/tsconfig.json');

describe('our vendor types', () => {
  it.skipIf(!documented)(
    'match the types generated from the vendor document',
    async () => {
      await generateVendorTypes();
      const result = await promisify(execFile)(
        process.execPath,
        [tsc, '-p', project, '--pretty', 'false'],
        { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      ).then(
        ({ stdout }) => ({ ok: true, output: stdout }),
        (error: { stdout?: string; stderr?: string }) => ({
          ok: false,
          output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
        }),
      );
      expect(result.output.trim(), 'type errors against the vendor document').toBe('');
      expect(result.ok).toBe(true);
    },
    180_000,
  );
});
