// The parsers and the schema validators load on first use: a run whose files all come from the parse
// cache needs none of them (≈1.9 MB of code). In the bundle they are separate CommonJS files in
// dist/lazy/, built by scripts/build.mjs, so their code is not even read; from source, the packages.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Ical from 'ical-generator';
import type * as JsYaml from 'js-yaml';
import type * as Yaml from 'yaml';
import { requireWithCodeCache } from '../code-cache.js';
import type * as Validators from '../generated/validators.js';
import type * as Validity from '../generated/validity.js';

declare const __LINKAGE_BUNDLED__: boolean | undefined;
export const bundled = typeof __LINKAGE_BUNDLED__ === 'boolean' && __LINKAGE_BUNDLED__;

const requireHere = createRequire(import.meta.url);
// The bundle's code runs from dist/ (cli.cjs, the workers' files): dist/lazy/ is beside it.
const lazyDir = () => new URL('lazy/', import.meta.url);

/** The path of a file in dist/lazy/ (only in the bundle). */
export const lazyFile = (name: string): string => fileURLToPath(new URL(name, lazyDir()));

function load<T>(bundle: string, source: string): T {
  return (bundled ? requireHere(lazyFile(bundle)) : requireHere(source)) as T;
}

let jsYaml: typeof JsYaml | undefined;
let yaml: typeof Yaml | undefined;
let validators: typeof Validators | undefined;
let validity: typeof Validity | undefined;
let handlebars: unknown;
let ical: typeof Ical | undefined;

export const lazyJsYaml = (): typeof JsYaml => (jsYaml ??= load<typeof JsYaml>('js-yaml.cjs', 'js-yaml'));
export const lazyYaml = (): typeof Yaml => (yaml ??= load<typeof Yaml>('yaml.cjs', 'yaml'));
// Only `generate` (handlebars' runtime, for the precompiled templates) and `calendar` (ical-generator)
// use these: no other command reads their code.
export const lazyHandlebarsRuntime = (): unknown =>
  (handlebars ??= load<unknown>('handlebars.cjs', 'handlebars/runtime.js'));
export const lazyIcal = (): typeof Ical => (ical ??= load<typeof Ical>('ical.cjs', 'ical-generator'));
// The validators (1.6 MB) through the V8 code cache: compiling them took ≈40 ms per thread, and their
// first calls as long again. Only a file that the validity checks reject needs them.
export const lazyValidators = (): typeof Validators =>
  (validators ??= bundled
    ? requireWithCodeCache<typeof Validators>(lazyFile('validators.cjs'))
    : load<typeof Validators>('validators.cjs', '../generated/validators.cjs'));
// Whether a file is valid, and nothing more (scripts/validity.mjs, ≈85 kB): every file read afresh goes
// through these checks first.
export const lazyValidity = (): typeof Validity =>
  (validity ??= bundled
    ? requireWithCodeCache<typeof Validity>(lazyFile('validity.cjs'))
    : load<typeof Validity>('validity.cjs', '../generated/validity.cjs'));
