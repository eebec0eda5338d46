// `npm run build:test`: builds the SPA unless the last test build is still up to date with
// its sources (see ./dist.ts). `npm test` runs it once; the server tests and Playwright reuse it.
import { ensureBuilt, isBuildFresh } from './dist';

const fresh = isBuildFresh();
const outDir = await ensureBuilt();
console.log(fresh ? `Reusing the build in ${outDir}` : `Built the app into ${outDir}`);
