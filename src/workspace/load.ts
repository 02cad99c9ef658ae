// Loading a workspace: typed objects plus every problem, each located by file and field path.
import { type Dirent, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { lazyProperty } from '../lazy-property.js';
import { hashIfRecent, openCache, type ParseCache } from './cache.js';
import {
  type CaseListing,
  type Derived,
  type DeriveSpec,
  MIN_CASES,
  optimiseLazily,
  type ParsedCase,
  type ParsedFile,
  parseInParallel,
  startParseWorkers,
  threads,
} from './parallel.js';
import { checkSlug } from './paths.js';
import type { Problem } from './problems.js';
import { NOT_REGULAR_FILE, readRegularFile } from './read-file.js';
import { CASES_DIR, caseFilePath, caseSlugs, nearestWorkspaceRoot, WORKSPACE_FILE } from './root.js';
import type {
  AgreementFile,
  AopFile,
  CaseFile,
  DocumentsFile,
  FileKind,
  ProfileData,
  WorkspaceFile,
} from './schema.js';
import { SCHEMA_VERSION } from './schema-version.js';
import { validateFile } from './validate.js';
import { parseYaml } from './yaml.js';

export { CASES_DIR, caseFilePath, caseSlugs, WORKSPACE_FILE } from './root.js';
export const PROFILE_FILE = 'profile.yaml';

export interface AopEntry {
  year: number;
  file: string;
  data: AopFile | null;
}

export interface CaseBundle {
  slug: string;
  /** Workspace-relative folder, `cases/<slug>`. */
  dir: string;
  case: CaseFile | null;
  agreement: AgreementFile | null;
  aops: AopEntry[];
  documents: DocumentsFile | null;
  problems: Problem[];
}

export interface Workspace {
  root: string;
  config: WorkspaceFile | null;
  profile: ProfileData | null;
  /** Where the profile lives: linkage.yaml or profile.yaml. */
  profileFile: string;
  cases: CaseBundle[];
  problems: Problem[];
  /** The stamp of each file read, when it was read: what memoised derivations are keyed on. */
  stamps?: Map<string, FileStamp>;
  /** What parse workers derived of the cases they parsed on a cold load (derivedFor). */
  derived?: Derived;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** The nearest folder, from `start` upward, that holds a linkage.yaml. */
export function findWorkspaceRoot(start: string): string {
  const root = nearestWorkspaceRoot(start);
  if (root === undefined) throw new UserError('workspace.not-found', { dir: resolve(start) });
  return root;
}

export interface LoadOptions {
  /** Load only these case slugs (all when absent). */
  only?: string[];
  /** Use and refresh the parse cache in .linkage-cache/ (default true). */
  cache?: boolean;
  /**
   * What the command will derive of each case (`status`, `check`), and how (the same on every
   * thread): a cold load of a large workspace then parses and derives its cases on several threads.
   */
  derive?: { spec: DeriveSpec; deriver: Deriver };
}

/** How to derive a case in a workspace (its cases not loaded yet), and for which day; undefined: not at all. */
export type Deriver = (ws: Workspace) => { today: string; deriveCase: CaseDeriver } | undefined;

/**
 * Derives what a command wants of a case; `texts`, for a case parsed afresh, are its files' texts as
 * the parse decoded them (check places its findings in them instead of reading the files again).
 */
export type CaseDeriver = (bundle: CaseBundle, texts?: ReadonlyMap<string, string>) => unknown;

export function loadWorkspace(root: string, options: LoadOptions = {}): Workspace {
  // The cache keeps the values of linkage.yaml and profile.yaml, which every run reads; an unchanged
  // case file's value, when asked for, is the file parsed again. It passed its schema when it was
  // cached, as these very bytes (same stamp): it is not validated again, so a warm run loads no
  // validators.
  const cache = openCache(
    root,
    options.cache !== false,
    (file) => reparse(join(root, file)),
    (file) => file === WORKSPACE_FILE || file === PROFILE_FILE,
  );
  const problems: Problem[] = [];
  const stamps = new Map<string, FileStamp>();
  const read = <T>(file: string, kind: FileKind, sink: Problem[]) => readKind<T>(root, file, kind, sink, cache, stamps);

  const listed = caseSlugs(root);
  if (listed === null)
    problems.push({ severity: 'error', id: 'folder.unreadable', params: {}, file: CASES_DIR, path: [] });
  const slugs = listed ?? [];
  const wanted = options.only ? slugs.filter((s) => options.only?.includes(s)) : slugs;
  if (options.derive && wanted.length >= MIN_CASES) optimiseLazily();
  // No case cached: each case is parsed and derived in one go, its values left behind as soon as what
  // the command wants of it is derived. Many of them on several threads: the parse workers take
  // ≈0.15 s to start, so they start now, while this thread reads linkage.yaml.
  const parallel = options.derive && cache.cold ? options.derive : undefined;
  if (parallel && wanted.length >= MIN_CASES && threads(parallel.spec.env) > 1) startParseWorkers(parallel.spec.env);

  const config = read<WorkspaceFile>(WORKSPACE_FILE, 'workspace', problems)();
  let profile = config?.profile ?? null;
  let profileFile = WORKSPACE_FILE;
  if (existsSync(join(root, PROFILE_FILE))) {
    profileFile = PROFILE_FILE;
    const own = read<ProfileData & { schemaVersion: number }>(PROFILE_FILE, 'profile', problems)();
    if (own) {
      const { schemaVersion: _, ...body } = own;
      profile = body;
    }
    if (config?.profile) {
      problems.push({ severity: 'warning', id: 'profile.twice', params: {}, file: PROFILE_FILE, path: [] });
    }
  }

  const cases: CaseBundle[] = [];
  const derived = parallel
    ? prefetch(root, wanted, cache, parallel, { root, config, profile, profileFile, cases: [], problems })
    : undefined;
  for (const slug of wanted) {
    // A case parsed ahead is loaded from its listing and stamps as they were then: no second listing
    // and stat of its files (≈40 ms of this thread per 1,000 cases).
    const ahead = derived?.cases.get(slug);
    if (!ahead) {
      cases.push(loadCase(root, slug, read));
      continue;
    }
    const stampOf = new Map(ahead.files.map((f) => [f.file, f]));
    const readAhead: Reader = (file, kind, sink) => readKind(root, file, kind, sink, cache, stamps, stampOf.get(file));
    cases.push(loadCase(root, slug, readAhead, ahead.listing));
  }
  cache.save();
  return { root, config, profile, profileFile, cases, problems, stamps, ...(derived ? { derived } : {}) };
}

/**
 * With no usable cache (every file is to be parsed), parses and derives the cases first, on every core
 * when there are many (parallel.ts), so that the ordinary reads that follow find them in the cache.
 */
function prefetch(
  root: string,
  slugs: string[],
  cache: ParseCache,
  derive: NonNullable<LoadOptions['derive']>,
  ws: Workspace,
): Derived {
  const d = derive.deriver(ws);
  const { config, profile, profileFile, problems } = ws;
  return parseInParallel(
    root,
    { config, profile, profileFile, problems },
    slugs,
    cache,
    caseParser(root, d?.deriveCase),
    d?.today ?? null,
    derive.spec,
  );
}

/** Parses a case afresh and derives what `deriveCase` derives of it: a job of parseInParallel. */
export const caseParser =
  (root: string, deriveCase?: CaseDeriver) =>
  (slug: string): ParsedCase => {
    const { bundle, files, texts, unread } = parseCase(root, slug);
    // A file this thread could not read is read again by the load, which then reads other bytes
    // than the derivation saw: nothing is derived of such a case.
    const derived = unread ? undefined : deriveCase?.(bundle, texts);
    return { listing: listingOf.get(bundle) as CaseListing, files, ...(derived !== undefined ? { derived } : {}) };
  };

/**
 * One case parsed afresh, no cache: its bundle, each file it read with its stamp, problems and
 * whether it loaded, the decoded text of each, and whether a file could not be read.
 */
function parseCase(
  root: string,
  slug: string,
): { bundle: CaseBundle; files: ParsedFile[]; texts: Map<string, string>; unread: boolean } {
  const files: ParsedFile[] = [];
  const texts = new Map<string, string>();
  let unread = false;
  const read: Reader = <T>(file: string, kind: FileKind, sink: Problem[]) => {
    const problems: Problem[] = [];
    let value: unknown = null;
    try {
      const { bytes, stat } = readRegularFile(join(root, file));
      const { size, mtimeMs, ctimeMs } = stat;
      value = parseAndValidate(bytes, kind, file, problems, texts);
      const hash = hashIfRecent(mtimeMs, () => bytes);
      files.push({ file, size, mtimeMs, ctimeMs, problems, loaded: value !== null, ...(hash ? { hash } : {}) });
    } catch {
      // An unreadable file: this thread's ordinary read reports it.
      unread = true;
    }
    sink.push(...problems);
    return lazy(() => value as T | null, value !== null);
  };
  return { bundle: loadCase(root, slug, read), files, texts, unread };
}

/**
 * What a parse thread derived of a case for `today`. The load read that case from the parse's own
 * listing and stamps (loadWorkspace), so it read the very files the derivation saw.
 */
export const derivedFor = (ws: Workspace, bundle: CaseBundle, today: string): unknown =>
  ws.derived?.today === today ? ws.derived.cases.get(bundle.slug)?.derived : undefined;

/**
 * Reads a file (its problems go to `sink` at once); its value is built when asked for, and whether
 * there is one (the file loaded) is known before.
 */
type Reader = <T>(file: string, kind: FileKind, sink: Problem[]) => Lazy<T>;
type Lazy<T> = (() => T | null) & { loaded: boolean };
const lazy = <T>(value: () => T | null, loaded: boolean): Lazy<T> => Object.assign(value, { loaded });

/**
 * How many files each case's load read or reported: case.yaml (or its absence), agreement.yaml and
 * documents.yaml whatever their state, and every YAML file of aop/ (a misnamed one is reported).
 */
const fileCounts = new WeakMap<CaseBundle, number>();

/** Each case folder's listing, as its load made it (a parse thread's case goes with its listing). */
const listingOf = new WeakMap<CaseBundle, CaseListing>();

/** caseSubfolders' sets, made on first use (only `check` asks). */
const subfolders = new WeakMap<CaseBundle, Set<string>>();

/**
 * The folders of a case folder, as its listing showed them when it loaded: folders, not links to
 * one (the case folder itself is one too: the workspace's listing skips links). `check` resolves
 * evidence paths with this instead of an lstat per folder.
 */
export function caseSubfolders(bundle: CaseBundle): ReadonlySet<string> {
  let folders = subfolders.get(bundle);
  if (!folders) {
    folders = new Set(listingOf.get(bundle)?.folders);
    subfolders.set(bundle, folders);
  }
  return folders;
}

/** The files of a case that `check` counts, known without building the values of a loaded case. */
export function caseFileCount(bundle: CaseBundle): number {
  return fileCounts.get(bundle) ?? 1 + (bundle.agreement ? 1 : 0) + (bundle.documents ? 1 : 0) + bundle.aops.length;
}

/** A case folder's listing (and its AOP folder's, if any); an unreadable folder lists nothing. */
function listCase(abs: string): CaseListing {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(abs, { withFileTypes: true });
  } catch {
    return { names: [], folders: [], aop: null, unreadable: true };
  }
  const names = dirents.map((e) => e.name);
  const folders = dirents.filter((e) => e.isDirectory()).map((e) => e.name);
  if (!names.includes('aop')) return { names, folders, aop: null };
  try {
    return { names, folders, aop: readdirSync(join(abs, 'aop')).sort() };
  } catch {
    // A file, a link to nowhere or to a file, no permission: loadCase reports it.
    return { names, folders, aop: null, aopUnreadable: true };
  }
}

/** Loads a case, from its folder as listed now or as `listing` says it was when parsed ahead. */
function loadCase(root: string, slug: string, read: Reader, listing?: CaseListing): CaseBundle {
  const dir = `${CASES_DIR}/${slug}`;
  const problems: Problem[] = [];
  const files: BundleFiles = {};
  const aops: AopEntry[] = [];
  let misnamed = 0;
  const slugIssue = checkSlug(slug);
  if (slugIssue) {
    problems.push({ severity: 'error', id: slugIssue, params: { slug }, file: dir, path: [] });
    return bundleOf(slug, dir, files, aops, problems);
  }
  // One listing instead of a stat per file that may be there: 10,000 cases make 40,000 fewer calls.
  const listed = listing ?? listCase(join(root, dir));
  const entries = new Set(listed.names);
  if (listed.unreadable) {
    // Its files may all be there: say that the folder could not be read, not that case.yaml is missing.
    problems.push({ severity: 'error', id: 'folder.unreadable', params: {}, file: dir, path: [] });
  } else {
    if (!entries.has('case.yaml')) {
      problems.push({
        severity: 'error',
        id: 'case.missing-file',
        params: { slug },
        file: caseFilePath(slug),
        path: [],
      });
    } else {
      files.case = read<CaseFile>(caseFilePath(slug), 'case', problems);
    }
    // A case whose results come from the memos (memo.ts) never parses its files again.
    if (entries.has('agreement.yaml'))
      files.agreement = read<AgreementFile>(`${dir}/agreement.yaml`, 'agreement', problems);
    if (entries.has('documents.yaml'))
      files.documents = read<DocumentsFile>(`${dir}/documents.yaml`, 'documents', problems);
    if (listed.aopUnreadable) {
      problems.push({ severity: 'error', id: 'folder.unreadable', params: {}, file: `${dir}/aop`, path: [] });
    }
    for (const name of listed.aop ?? []) {
      if (!name.endsWith('.yaml') && !name.endsWith('.yml')) continue;
      const file = `${dir}/aop/${name}`;
      const match = /^(\d{4})\.ya?ml$/.exec(name);
      if (!match) {
        problems.push({ severity: 'error', id: 'aop.file-name', params: { name }, file, path: [] });
        misnamed++;
        continue;
      }
      // `data` only as the lazy property (see bundleOf).
      const aop = { year: Number(match[1]), file } as AopEntry;
      lazyProperty(aop, 'data', read<AopFile>(file, 'aop', problems));
      aops.push(aop);
    }
  }
  const bundle = bundleOf(slug, dir, files, aops, problems);
  listingOf.set(bundle, listed);
  if (!listed.unreadable) {
    fileCounts.set(bundle, 1 + (files.agreement ? 1 : 0) + (files.documents ? 1 : 0) + misnamed + aops.length);
  }
  return bundle;
}

/** A case's files that it has, each read when its value is first asked for. */
interface BundleFiles {
  case?: Lazy<CaseFile>;
  agreement?: Lazy<AgreementFile>;
  documents?: Lazy<DocumentsFile>;
}

/**
 * A case's bundle, its files' values read on first use. Each of them is added once, as a lazy
 * property or as null, in the bundle's order (lazyProperty: never over a key the object has).
 */
function bundleOf(slug: string, dir: string, files: BundleFiles, aops: AopEntry[], problems: Problem[]): CaseBundle {
  const bundle = { slug, dir } as CaseBundle;
  const add = <K extends 'case' | 'agreement' | 'documents'>(key: K, read: Lazy<CaseBundle[K]> | undefined) => {
    if (read) lazyProperty(bundle, key, read);
    else bundle[key] = null;
  };
  add('case', files.case);
  add('agreement', files.agreement);
  bundle.aops = aops;
  add('documents', files.documents);
  bundle.problems = problems;
  return bundle;
}

function readKind<T>(
  root: string,
  file: string,
  kind: FileKind,
  sink: Problem[],
  cache: ParseCache,
  stamps: Map<string, FileStamp>,
  /** Its stamp when it was parsed ahead (then it is not stat'ed again). */
  known?: FileStamp,
): Lazy<T> {
  const abs = join(root, file);
  let stat = known;
  if (!stat) {
    try {
      const found = statSync(abs);
      // Only regular files are read (read-file.ts): a folder or a named pipe is unreadable.
      if (found.isFile()) stat = found;
    } catch {
      // Gone since the listing, or not to be read: unreadable too.
    }
  }
  if (!stat) {
    sink.push({ severity: 'error', id: 'file.unreadable', params: {}, file, path: [] });
    return lazy(() => null, false);
  }
  const { size, mtimeMs, ctimeMs } = stat;
  stamps.set(file, { size, mtimeMs, ctimeMs });
  const cached = cache.get(file, size, mtimeMs, ctimeMs);
  if (cached) {
    sink.push(...cached.problems);
    return lazy(() => cached.value as T | null, cached.loaded);
  }
  const problems: Problem[] = [];
  let value: unknown = null;
  let bytes: Uint8Array | undefined;
  try {
    bytes = readRegularFile(abs).bytes;
    value = parseAndValidate(bytes, kind, file, problems);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'EACCES' || code === NOT_REGULAR_FILE) {
      problems.push({ severity: 'error', id: 'file.unreadable', params: {}, file, path: [] });
    } else throw error;
  }
  cache.set(file, size, mtimeMs, value, problems, ctimeMs, bytes);
  sink.push(...problems);
  return lazy(() => value as T | null, value !== null);
}

/** A cached file's value: the file parsed again (null if it can no longer be read or parsed). */
function reparse(abs: string): unknown {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(abs).bytes;
  } catch {
    return null;
  }
  const parsed = parseYaml(bytes);
  return parsed.ok ? parsed.value : null;
}

/**
 * Parse, check the schema version, validate. Returns the value when it is usable (no errors); the
 * decoded text goes into `texts`, when given.
 */
export function parseAndValidate(
  bytes: Uint8Array,
  kind: FileKind,
  file: string,
  problems: Problem[],
  texts?: Map<string, string>,
): unknown {
  const parsed = parseYaml(bytes);
  if (texts && parsed.text !== undefined) texts.set(file, parsed.text);
  if (!parsed.ok) {
    const { issue } = parsed;
    problems.push({
      severity: 'error',
      id: issue.id,
      params: issue.params,
      file,
      path: [],
      line: issue.line,
      col: issue.col,
    });
    return null;
  }
  const value = parsed.value as Record<string, unknown>;
  const version = value.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    problems.push({
      severity: 'error',
      id: 'file.newer-schema',
      params: { version, supported: SCHEMA_VERSION },
      file,
      path: ['schemaVersion'],
      fatal: true,
    });
    return null;
  }
  const issues = validateFile(kind, value);
  for (const issue of issues) problems.push({ ...issue, file });
  return issues.some((i) => i.severity === 'error') ? null : value;
}
