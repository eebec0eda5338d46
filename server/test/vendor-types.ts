// TypeScript types generated from the vendor document (openapi-typescript), into the
// git-ignored .generated/ folder: the document is never copied into the project, and
// neither is anything made from it.
import fs from 'node:fs';
import path from 'node:path';
import { OPENAPI_PATH } from './openapi';

export const GENERATED_DIR = path.resolve(import.meta.dirname, '../../.generated');
export const GENERATED_TYPES = path.join(GENERATED_DIR, 'shutterstock-openapi.d.ts');

/** Writes the document's types to .generated/ unless they are newer than the document. */
export async function generateVendorTypes(document: string = OPENAPI_PATH): Promise<string> {
  const made = fs.statSync(GENERATED_TYPES, { throwIfNoEntry: false });
  if (made && made.mtimeMs >= fs.statSync(document).mtimeMs) return GENERATED_TYPES;
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(fs.readFileSync(document, 'utf8'), {
    // An object schema without properties (SubscriptionMetadata) is an open map, not an empty one.
    emptyObjectsUnknown: true,
    // A field with a default is still one a client may leave out, and a server may too.
    defaultNonNullable: false,
  });
  fs.mkdirSync(GENERATED_DIR, { recursive: true });
  const file = `${GENERATED_TYPES}.${process.pid}`;
  fs.writeFileSync(
    file,
    `// Generated from ${document} by openapi-typescript: never commit.\n${astToString(ast)}`,
  );
  fs.renameSync(file, GENERATED_TYPES);
  return GENERATED_TYPES;
}
