// Build: JSON Schemas (schemas/), precompiled validators (src/generated/), then the CLI bundle (dist/).
// The schemas come from src/workspace/schema.ts; validators are compiled here so that no run of the
// CLI loads ajv (it costs ≈40 ms of start-up).

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';
import { preinflateTries } from './preinflate-tries.mjs';
import { validityCode } from './validity.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Writes only when the content changed, through a temp file, so a rebuild leaves mtimes alone. */
function writeIfChanged(path, content) {
  let old = null;
  try {
    old = readFileSync(path, 'utf8');
  } catch {}
  if (old === content) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
}

// 1. Load the TypeBox definitions (and the message catalog, for step 4) through a throw-away bundle,
// one per build: node_modules (and its cache) may be shared by checkouts that build at once.
const tmp = join(root, 'node_modules', '.cache', 'linkage-build');
const bundled = join(tmp, `schema-${process.pid}.mjs`);
await build({
  stdin: {
    contents:
      "export { editorSchemas, forValidators } from './src/workspace/schema-json.ts';\n" +
      "export { documentContexts } from './src/documents/context/schema.ts';\n" +
      "export { catalog } from './src/ui/messages/index.ts';\n",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundled,
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const { editorSchemas, forValidators, documentContexts, catalog } = await import(pathToFileURL(bundled).href);
rmSync(bundled, { force: true });

// 2. Emit one JSON Schema per file kind, with the catalog's words for the editor (schema-json.ts).
const schemas = editorSchemas();
for (const [kind, out] of Object.entries(schemas)) {
  writeIfChanged(join(root, 'schemas', `${kind}.schema.json`), `${JSON.stringify(out, null, 2)}\n`);
}

// Each document's template context, versioned: what a template may use.
for (const [document, { schema, version }] of Object.entries(documentContexts)) {
  const json = JSON.parse(JSON.stringify(schema));
  const out = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `context/${document}.v${version}.schema.json`,
    title: `linkage ${document} template context, version ${version}`,
    ...json,
  };
  out.$id = `context/${document}.v${version}.schema.json`;
  writeIfChanged(
    join(root, 'schemas', 'context', `${document}.v${version}.schema.json`),
    `${JSON.stringify(out, null, 2)}\n`,
  );
}

// The caches of .linkage-cache/ (parsed values, derived statuses, check findings) must not outlive a
// change of the schemas, of the code that derives them or of a locked dependency, even within one
// package version: the hash covers all three.
const buildHash = (() => {
  const hash = createHash('sha256').update(JSON.stringify(schemas));
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        // src/generated/ is written below, from the schemas hashed above: a fresh clone's first build
        // would otherwise hash without it and its second with it.
        if (p !== join(root, 'src', 'generated')) walk(p);
      } else if (e.name.endsWith('.ts')) hash.update(`${p.slice(root.length)}\0`).update(readFileSync(p));
    }
  };
  walk(join(root, 'src'));
  // The locked dependencies too: another js-yaml or yaml may read the same file otherwise.
  hash.update(readFileSync(join(root, 'package-lock.json')));
  // And what writes the validity checks (step 3), which decide, with the schemas, what a file may hold.
  hash.update(readFileSync(join(root, 'scripts', 'validity.mjs')));
  return hash.digest('hex').slice(0, 12);
})();

// 3. Compile them once into standalone validators, and into the validity checks that answer first.
// Both from the schemas without the editor's words, which the validators' code would copy with each
// schema it refers to.
const validatorSchemas = Object.fromEntries(
  Object.entries(schemas).map(([kind, schema]) => [kind, forValidators(schema)]),
);
const ajv = new Ajv({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  // Not `verbose` (each error's parent schema and data): that made every validator ≈20 % slower on
  // valid files; src/workspace/validate.ts finds both from the error's paths, for the files that fail.
  verbose: false,
  // String lengths in UTF-16 units, not code points: counting code points walks every string (every
  // article of every agreement, for a minLength of 1). The limits differ only for astral characters:
  // maxLength 80 applies to ASCII ids, minLength 1 holds either way, minLength 5 to phone numbers.
  // ajv 8 calls the option deprecated but still honours it (its limitLength keyword reads it): that
  // one notice is not printed on every build; any other warning is.
  unicode: false,
  // A language map names `es` among its properties (it is required) as well as in its language-code
  // pattern: both apply to it, by design.
  allowMatchingProperties: true,
  logger: {
    log: console.log,
    warn: (...args) => {
      if (!String(args[0]).startsWith('DEPRECATED: option unicode.')) console.warn(...args);
    },
    error: console.error,
  },
  // CommonJS, so that src/workspace/lazy.ts can require() it on first use (no ajv at run time).
  code: { source: true, esm: false },
  schemas: Object.values(validatorSchemas),
});
addFormats(ajv, ['date', 'email', 'uri']);
ajv.addKeyword({ keyword: 'x-private', schemaType: 'boolean' });
ajv.addKeyword({ keyword: 'x-langtext', schemaType: 'boolean' });
ajv.addKeyword({ keyword: 'x-langtext-entry', schemaType: 'boolean' });
// `case` is a reserved word: export each validator as `<kind>Validator`.
const exportsMap = Object.fromEntries(Object.keys(schemas).map((k) => [`${k}Validator`, `${k}.schema.json`]));
writeIfChanged(join(root, 'src/generated/validators.cjs'), standaloneCode(ajv, exportsMap));
rmSync(join(root, 'src/generated/validators.js'), { force: true });
// The same schemas as plain yes-or-no checks (scripts/validity.mjs): ajv's validators then run only
// for a file that fails them, to say why.
writeIfChanged(join(root, 'src/generated/validity.cjs'), validityCode(validatorSchemas));
writeIfChanged(
  join(root, 'src/generated/validity.d.ts'),
  `// Generated by scripts/build.mjs.
${Object.keys(schemas)
  .map((k) => `declare const ${k === 'case' ? '_case' : k}: (value: unknown) => boolean;`)
  .join('\n')}
export { ${Object.keys(schemas)
    .map((k) => (k === 'case' ? '_case as case' : k))
    .join(', ')} };
`,
);
writeIfChanged(
  join(root, 'src/generated/validators.d.ts'),
  `// Generated by scripts/build.mjs.
import type { ErrorObject } from 'ajv';
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
${Object.keys(schemas)
  .map((k) => `export declare const ${k}Validator: CompiledValidator;`)
  .join('\n')}
`,
);

// 4. Bundle the CLI into a clean dist/ (old files must not pile up).
rmSync(join(root, 'dist'), { recursive: true, force: true });
// The message catalog (≈150 kB of object literals, loaded by every command) as one JSON.parse of a
// string: V8 reads JSON several times faster than it compiles and runs the same literals (≈5 ms of
// every start-up). The source stays the per-area files of src/ui/messages/.
const catalogAsJson = {
  name: 'catalog-as-json',
  setup(b) {
    const json = JSON.stringify(catalog);
    if (!isDeepStrictEqual(JSON.parse(json), catalog)) {
      throw new Error('catalog-as-json: the message catalog holds something JSON cannot carry');
    }
    b.onLoad({ filter: /[/\\]src[/\\]ui[/\\]messages[/\\]index\.ts$/ }, () => ({
      contents: `export const catalog = JSON.parse(${JSON.stringify(json)});\n`,
      loader: 'js',
    }));
  },
};
/**
 * Imports that the bundle leaves as they are, because it loads a file of dist/ there instead: the
 * code cache (dist/code-cache.cjs, which bin/linkage.js loads first and every bundle shares), the
 * layout engine (dist/lazy/renderer.cjs, step 6) and the two inquirer prompts (dist/lazy/inquirer.cjs,
 * step 5), which their importers load from source only when run unbundled.
 */
const outside = {
  name: 'outside',
  setup(b) {
    b.onResolve({ filter: /(^|\/)code-cache\.js$/ }, () => ({ path: './code-cache.cjs', external: true }));
    // commander's node:child_process, loaded only if it spawns (src/ui/commander-spawn.ts).
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[/\\]commander[/\\]lib[/\\]command\.js$/.test(args.importer)
        ? { path: join(root, 'src', 'ui', 'commander-spawn.ts') }
        : undefined,
    );
    b.onResolve({ filter: /^\.\/(layout\/pdf|inquirer)\.js$/ }, (args) =>
      args.importer.endsWith(join('src', 'documents', 'render.ts')) ||
      args.importer.endsWith(join('src', 'ui', 'prompts.ts'))
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};
const defines = {
  __LINKAGE_VERSION__: JSON.stringify(pkg.version),
  __LINKAGE_BUILD_HASH__: JSON.stringify(buildHash),
  __LINKAGE_BUNDLED__: 'true',
};

// CommonJS bundles, each one file: Node 20 gives cached code (src/code-cache.ts) only to a vm.Script,
// and loads CommonJS without the ES module loader's work (a cold 1,000-case check 1,081 → 1,033 ms,
// a warm status of the demo 114 → 98 ms: bench/README.md, session 19).
const commonJs = {
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'error',
};
/** In a CommonJS bundle, import.meta.url is the file's own. */
const ownImportMetaUrl = {
  define: { 'import.meta.url': '__linkageImportMetaUrl' },
  banner: { js: "var __linkageImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// The code cache, on its own: bin/linkage.js loads the CLI through it.
await build({
  entryPoints: { 'code-cache': join(root, 'src/code-cache.ts') },
  outdir: join(root, 'dist'),
  ...commonJs,
});

// The CLI (dist/cli.cjs), the parse worker (src/workspace/parallel.ts) and the workspace worker
// (src/commands/across.ts). Commands' modules run when a command imports them, as esbuild wraps
// what is imported dynamically; handlebars, inquirer and ical-generator are files of dist/lazy/.
await build({
  entryPoints: {
    cli: join(root, 'src/entry.ts'),
    'parse-worker': join(root, 'src/commands/parse-worker.ts'),
    'workspace-worker': join(root, 'src/commands/workspace-worker.ts'),
  },
  outdir: join(root, 'dist'),
  ...commonJs,
  sourcemap: 'linked',
  ...ownImportMetaUrl,
  define: { ...defines, ...ownImportMetaUrl.define },
  plugins: [catalogAsJson, outside],
});

// 5. What src/workspace/lazy.ts loads on first use, one CommonJS file each: a run served by the parse
// cache reads none of them.
const requireRoot = createRequire(join(root, 'package.json'));
const lazyCommonJs = { ...commonJs, outdir: join(root, 'dist', 'lazy') };
await build({
  entryPoints: {
    'js-yaml': requireRoot.resolve('js-yaml'),
    yaml: requireRoot.resolve('yaml'),
    validators: join(root, 'src/generated/validators.cjs'),
    validity: join(root, 'src/generated/validity.cjs'),
    // The runtime precompiled templates need (src/documents/templates.ts), ical-generator
    // (src/ui/calendar-ics.ts) and the two prompts (src/ui/prompts.ts): only their commands load them.
    handlebars: requireRoot.resolve('handlebars/runtime.js'),
    ical: requireRoot.resolve('ical-generator'),
    inquirer: join(root, 'src/ui/inquirer.ts'),
  },
  ...lazyCommonJs,
});

// 6. The document renderer (the layout engine with pdfkit, fontkit and marked, ≈1 MB), which
// src/documents/render.ts loads through the V8 code cache of src/code-cache.ts: CommonJS, because
// Node 20 can give cached code only to a vm.Script. Its own copy of the layout's error classes is the
// one render.ts tests against; import.meta.url (package root, hyphenation patterns) is the file's own.
await build({
  entryPoints: { renderer: join(root, 'src/documents/layout/pdf.ts') },
  ...lazyCommonJs,
  // Stand-ins: fontkit's WOFF2 decoder and pdfkit's AES (see the two files).
  alias: {
    'brotli/decompress.js': join(root, 'src/documents/layout/no-woff2.ts'),
    '@noble/ciphers/aes': join(root, 'src/documents/layout/no-encryption.ts'),
  },
  ...ownImportMetaUrl,
  plugins: [preinflateTries(root)],
});

// esbuild escapes the non-ASCII characters of strings (its default charset), but not those of regular
// expressions (`[０-９]`, `ß`) or of some comments (fontkit's ’ and Ø): one such character makes V8
// hold a whole bundle's source as a two-byte string, decoded as UTF-8 (src/code-cache.ts reads an
// ASCII file as Latin-1, a plain copy: ≈4 ms sooner for dist/cli.cjs at every start, in half the
// memory). Each UTF-16 unit becomes \uXXXX, which means the same character in a string, a template,
// a regular expression (with or without the u flag) and an identifier; after a backslash it would
// not, so the build stops there.
for (const file of ['cli.cjs', 'parse-worker.cjs', 'workspace-worker.cjs', join('lazy', 'renderer.cjs')]) {
  const path = join(root, 'dist', file);
  const code = readFileSync(path, 'utf8');
  if (/\\[^\0-\x7f]/.test(code)) throw new Error(`${file}: a non-ASCII character after a backslash`);
  const ascii = code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== code) writeFileSync(path, ascii);
}

// The hyphenation patterns of the built-in templates' languages (Spanish; English as hyphenate.ts
// maps it) as JSON beside the renderer: JSON.parse reads one in ≈1 ms, compiling the package's
// JavaScript literal costs ≈6 ms. Other languages load the package's own file.
for (const name of ['es', 'en-us', 'en-gb']) {
  writeIfChanged(
    join(root, 'dist', 'lazy', 'hyphen', `${name}.json`),
    JSON.stringify(requireRoot(`hyphen/patterns/${name}.js`)),
  );
}

// 7. The built-in templates, precompiled for src/documents/templates.ts (compiling one costs up to
// ≈100 ms in a fresh process): one file per template, named by the SHA-256 of its text read as
// templates.ts reads it, with the options it was compiled with (templates.ts ignores a spec made with
// others; precompile adds its defaults to the options object it is given, hence a copy).
const Handlebars = requireRoot('handlebars');
const COMPILE_OPTIONS = { strict: true, noEscape: true };
mkdirSync(join(root, 'dist', 'lazy', 'templates'), { recursive: true });
for (const dir of readdirSync(join(root, 'templates'))) {
  for (const name of readdirSync(join(root, 'templates', dir))) {
    if (!name.endsWith('.hbs')) continue;
    const text = readFileSync(join(root, 'templates', dir, name), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    const key = createHash('sha256').update(text).digest('hex');
    writeFileSync(
      join(root, 'dist', 'lazy', 'templates', `${key}.cjs`),
      `// templates/${dir}/${name}, precompiled by scripts/build.mjs.\n` +
        `module.exports = { options: ${JSON.stringify(COMPILE_OPTIONS)}, spec: ${Handlebars.precompile(text, { ...COMPILE_OPTIONS })} };\n`,
    );
  }
}
