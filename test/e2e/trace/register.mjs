// Records every module the CLI loads into $LINKAGE_TRACE: ESM through module hooks (resolved URLs),
// CommonJS require() calls through Module._load (the request, e.g. `hyphen/patterns/es.js`).
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

register('./hooks.mjs', import.meta.url);

const load = Module._load;
Module._load = function traced(request, parent, isMain) {
  if (process.env.LINKAGE_TRACE) appendFileSync(process.env.LINKAGE_TRACE, `/node_modules/${request}\n`);
  return load.call(this, request, parent, isMain);
};
