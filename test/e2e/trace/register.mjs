// Records every module the CLI loads into $LINKAGE_TRACE: ESM through module hooks (resolved URLs),
// CommonJS require() calls through Module._load (the request, e.g. `hyphen/patterns/es.js`, or the
// file URL of an absolute path, e.g. dist/lazy/renderer.cjs).
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);

const load = Module._load;
Module._load = function traced(request, parent, isMain) {
  if (process.env.LINKAGE_TRACE) {
    const seen = isAbsolute(request) ? pathToFileURL(request).href : `/node_modules/${request}`;
    appendFileSync(process.env.LINKAGE_TRACE, `${seen}\n`);
  }
  return load.call(this, request, parent, isMain);
};
