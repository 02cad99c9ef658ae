// Handlebars templates → Markdown. Built-in templates live in the package's templates/<lang>/; a
// workspace overrides any of them with a file of the same name in its own templates/<lang>/.
// Templates compile with HTML escaping off (the context escapes Markdown) and in strict mode (every
// optional field is an explicit null, so only a mistyped field fails).
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { sha256 } from '../workspace/hash.js';
import { bundled, lazyFile, lazyHandlebarsRuntime } from '../workspace/lazy.js';
import { packageRoot } from '../workspace/package-root.js';
import { resolveInside } from '../workspace/paths.js';
import { readOrRefuse, readRegularFile } from '../workspace/read-file.js';

export interface TemplateSource {
  document: string;
  lang: string;
  /** Absolute path of the file used. */
  path: string;
  /** Workspace-relative (`templates/es/letter.hbs`) for an override, package-relative for a built-in. */
  shown: string;
  origin: 'workspace' | 'builtin';
  /** The context version the template says it was written for (`{{!-- linkage: letter v1 --}}`). */
  contextVersion: number | null;
  text: string;
}

const HEADER = /^\{\{!--\s*linkage:\s*([a-z-]+)\s+v(\d+)\s*--\}\}/;

export const builtinTemplatesDir = () => join(packageRoot(), 'templates');

/** The workspace's own templates folder, unless it is the package's (the demo workspace). */
function workspaceTemplatesDir(root: string): string | undefined {
  const dir = join(root, 'templates');
  if (!existsSync(dir)) return undefined;
  const builtin = builtinTemplatesDir();
  return existsSync(builtin) && realpathSync(dir) === realpathSync(builtin) ? undefined : dir;
}

/** The template that applies to a document in a language, or undefined when there is none. */
export function findTemplate(root: string, document: string, lang: string): TemplateSource | undefined {
  const name = `${lang}/${document}.hbs`;
  const own = workspaceTemplatesDir(root);
  const ownPath = own ? resolveInside(root, own, name) : undefined;
  if (ownPath && existsSync(ownPath)) return source(document, lang, ownPath, `templates/${name}`, 'workspace');
  return builtinTemplate(document, lang);
}

/** The package's own template of a document in a language, if it has one. */
export function builtinTemplate(document: string, lang: string): TemplateSource | undefined {
  const path = join(builtinTemplatesDir(), lang, `${document}.hbs`);
  return existsSync(path) ? source(document, lang, path, `templates/${lang}/${document}.hbs`, 'builtin') : undefined;
}

function source(
  document: string,
  lang: string,
  path: string,
  shown: string,
  origin: TemplateSource['origin'],
): TemplateSource {
  // A workspace's template that cannot be read is the user's to mend; the package's own, a bug.
  const bytes = origin === 'workspace' ? readOrRefuse(path) : readRegularFile(path).bytes;
  const text = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const header = HEADER.exec(text);
  return { document, lang, path, shown, origin, contextVersion: header ? Number(header[2]) : null, text };
}

function withHelpers(env: typeof Handlebars): typeof Handlebars {
  /** a, b, c … for lettered lists ("a) Agua"). */
  env.registerHelper('letter', (index: number) => String.fromCharCode(97 + (index % 26)));
  /** 1-based numbering. */
  env.registerHelper('inc', (index: number) => index + 1);
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  return env;
}

let runtime: typeof Handlebars | undefined;
/**
 * Handlebars' runtime: all that a precompiled template needs. Its type declaration is empty; it is the
 * full library's type without the compiler (only create, registerHelper and template are used on it).
 */
const runtimeEnv = (): typeof Handlebars =>
  (runtime ??= withHelpers((lazyHandlebarsRuntime() as unknown as typeof Handlebars).create()));
let compiler: typeof Handlebars | undefined;

/**
 * The whole of Handlebars, with its compiler (≈200 kB of code), for a template that was not
 * precompiled (a workspace's own) and for the syntax tree of a template error: from node_modules.
 */
const compilerEnv = (): typeof Handlebars =>
  (compiler ??= withHelpers((createRequire(import.meta.url)('handlebars') as typeof Handlebars).create()));

const compiled = new Map<string, HandlebarsTemplateDelegate>();
/** How every template compiles; scripts/build.mjs precompiles the built-in ones with the same. */
const COMPILE_OPTIONS = { strict: true, noEscape: true };

/**
 * A built-in template compiled at build time (dist/lazy/templates/<sha256 of its text>.cjs): compiling
 * the profile's costs ≈100 ms in a fresh process. Found by text, so an unchanged copy in a workspace
 * finds it too; none from source, nor when the build compiled with other options.
 */
function precompiledSpec(text: string): TemplateSpecification | undefined {
  if (!bundled) return undefined;
  const file = lazyFile(`templates/${sha256(text)}.cjs`);
  if (!existsSync(file)) return undefined;
  const built = createRequire(import.meta.url)(file) as { options: unknown; spec: TemplateSpecification };
  return JSON.stringify(built.options) === JSON.stringify(COMPILE_OPTIONS) ? built.spec : undefined;
}

/** A built-in template as it was precompiled, else compiled here after a syntax check naming the line. */
function compile(t: TemplateSource): HandlebarsTemplateDelegate {
  const spec = precompiledSpec(t.text);
  if (spec) return runtimeEnv().template(spec);
  const env = compilerEnv();
  try {
    env.parse(t.text);
  } catch (error) {
    const message = String((error as Error).message);
    const line = (/line (\d+)/.exec(message) ?? / - (\d+):\d+$/m.exec(message))?.[1];
    throw new UserError('template.syntax', { template: t.shown, line: line ?? '?', detail: firstLine(error) }, 2, {
      file: t.path,
      ...(line ? { line: Number(line) } : {}),
    });
  }
  return env.compile(t.text, COMPILE_OPTIONS);
}

/** Renders a template with its context; errors name the template, its line and the field. */
export function runTemplate(t: TemplateSource, context: object): string {
  let template = compiled.get(t.path);
  if (!template) {
    template = compile(t);
    compiled.set(t.path, template);
  }
  try {
    return template(context);
  } catch (error) {
    const e = error as Error & { lineNumber?: number; column?: number };
    const field = /^"([^"]+)" not defined/.exec(e.message)?.[1];
    if (field !== undefined && e.lineNumber !== undefined) {
      const path = fieldPathAt(t.text, e.lineNumber, e.column ?? 0) ?? field;
      throw new UserError('template.unknown-field', { template: t.shown, line: e.lineNumber, field: path }, 2, {
        file: t.path,
        line: e.lineNumber,
        col: (e.column ?? 0) + 1,
      });
    }
    throw error;
  }
}

/** The full path expression (`counterpart.mayr.name`) at a template position, from its syntax tree. */
function fieldPathAt(text: string, line: number, column: number): string | undefined {
  let found: { path: string; column: number } | undefined;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; original?: string; loc?: { start: { line: number; column: number } } };
    const start = n.loc?.start;
    // The last path expression that starts on that line at or before the error's column.
    if (
      n.type === 'PathExpression' &&
      start?.line === line &&
      start.column <= column &&
      (!found || start.column >= found.column)
    ) {
      found = { path: n.original ?? '', column: start.column };
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && value !== n.loc) visit(value);
    }
  };
  visit(compilerEnv().parse(text));
  return found?.path;
}

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0] ?? '';
