// Evidence and issued documents are files in the case folder whose SHA-256 is recorded: `check`
// proves they are there and unchanged (product.md §2, §4 "Drafts vs issued").
import { lstatSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { sha256 } from '../../workspace/hash.js';
import { type CaseBundle, caseSubfolders, WORKSPACE_FILE, type Workspace } from '../../workspace/load.js';
import { checkSlug, resolveInside, toPosix } from '../../workspace/paths.js';
import type { EvidenceRefData, LangTextValue } from '../../workspace/schema.js';
import { getPath } from '../steps.js';
import { caseFile, documentsFile, type FieldPath } from './locate.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** A reference to a file, where it is written, and the folder it is relative to. */
export interface FileRef {
  /** The YAML file that holds the reference. */
  file: string;
  /** Path of the reference in that file (an evidence item, or a document entry). */
  path: FieldPath;
  ref: string;
  sha256: string | undefined;
  /** Workspace-relative folder the reference is relative to, and must stay inside ('' = workspace). */
  base: string;
  kind: 'evidence' | 'document';
  /** What the evidence is, as its item says (the handover lists it). */
  description?: LangTextValue;
}

/**
 * Every `evidence: [{path, …}]` list anywhere in `value`, with its path. One path stack, copied only
 * at a find: a check walks every node of every case file.
 */
function evidenceIn(value: unknown, path: (string | number)[], out: { path: FieldPath; item: EvidenceRefData }[]) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v === null || typeof v !== 'object') continue;
      path.push(i);
      evidenceIn(v, path, out);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    // for…in, not Object.keys: no array of keys per node (parsed values are plain objects).
    for (const key in value) {
      const v = (value as Record<string, unknown>)[key];
      if (v === null || typeof v !== 'object') continue;
      if (key === 'evidence' && Array.isArray(v)) {
        v.forEach((item, i) => {
          if (item && typeof item === 'object' && typeof (item as EvidenceRefData).path === 'string') {
            out.push({ path: [...path, key, i], item: item as EvidenceRefData });
          }
        });
      } else {
        path.push(key);
        evidenceIn(v, path, out);
        path.pop();
      }
    }
  }
}

function evidenceRefs(
  file: string,
  data: unknown,
  base: string,
  extra: { path: FieldPath; value: unknown }[] = [],
): FileRef[] {
  const found: { path: FieldPath; item: EvidenceRefData }[] = [];
  evidenceIn(data, [], found);
  // Evidence facts of local steps sit under their own key, not under `evidence`.
  for (const { path, value } of extra) {
    if (!Array.isArray(value)) continue;
    value.forEach((item, i) => {
      if (item && typeof item === 'object' && typeof item.path === 'string') found.push({ path: [...path, i], item });
    });
  }
  return found.map(({ path, item }) => ({
    file,
    path,
    ref: item.path,
    sha256: item.sha256,
    base,
    kind: 'evidence',
    ...(item.description !== undefined ? { description: item.description } : {}),
  }));
}

const refsOf = new WeakMap<CaseBundle | Workspace, FileRef[]>();
/** References as a memo kept them: without descriptions, so only for the rules below, never the handover. */
const remembered = new WeakMap<CaseBundle | Workspace, FileRef[]>();

/**
 * A case's references (or linkage.yaml's) as the memo kept them, so that the rules that read files
 * need not parse its files' fields.
 */
export function rememberRefs(owner: CaseBundle | Workspace, refs: FileRef[]): void {
  remembered.set(owner, refs);
}

const refsOfWorkspace = (ws: Workspace): FileRef[] => remembered.get(ws) ?? workspaceRefs(ws);
const refsOfCase = (ws: Workspace, bundle: CaseBundle): FileRef[] => remembered.get(bundle) ?? caseRefs(ws, bundle);

/** Every evidence reference of linkage.yaml, found once per loaded workspace. */
export function workspaceRefs(ws: Workspace): FileRef[] {
  let refs = refsOf.get(ws);
  if (!refs) {
    refs = ws.config ? evidenceRefs(WORKSPACE_FILE, ws.config, '') : [];
    refsOf.set(ws, refs);
  }
  return refs;
}

/**
 * Every evidence reference (its case.yaml's, local steps' evidence facts included, then its AOPs')
 * and issued document of a case, found once per loaded bundle.
 */
export function caseRefs(ws: Workspace, bundle: CaseBundle): FileRef[] {
  let refs = refsOf.get(bundle);
  if (!refs) {
    refs = findCaseRefs(ws, bundle);
    refsOf.set(bundle, refs);
  }
  return refs;
}

function findCaseRefs(ws: Workspace, bundle: CaseBundle): FileRef[] {
  const refs: FileRef[] = [];
  const c = bundle.case;
  if (c) {
    const local = (ws.config?.localSteps ?? []).flatMap((def) =>
      def.facts
        .filter((f) => f.type === 'evidence' && f.key !== 'evidence')
        .map((f) => ({ path: ['steps', def.id, f.key], value: getPath(c, ['steps', def.id, f.key]) })),
    );
    refs.push(...evidenceRefs(caseFile(bundle), c, bundle.dir, local));
  }
  for (const aop of bundle.aops) if (aop.data) refs.push(...evidenceRefs(aop.file, aop.data, bundle.dir));
  bundle.documents?.documents.forEach((d, i) => {
    refs.push({
      file: documentsFile(bundle),
      path: ['documents', i],
      ref: d.file,
      sha256: d.sha256,
      base: bundle.dir,
      kind: 'document',
    });
  });
  return refs;
}

/**
 * `name`: workspace-relative, with `/`; `stat`: the file's own stat when the lstat that resolved it
 * already was one (not a link).
 */
type Resolved = { abs: string; name: string; exists: boolean; stat?: Stats } | { problem: 'reserved' | 'outside' };

/**
 * A reference that needs no path arithmetic: plain names joined by `/`, none of them `.`, `..` or a
 * reserved device name (checked apart). Most evidence is `evidence/<name>.pdf`.
 */
const PLAIN_REF =
  /^(?:[\p{L}\p{N}_ ()'+,=@-][\p{L}\p{N}_ ()'+,=@.-]*\/)*[\p{L}\p{N}_ ()'+,=@-][\p{L}\p{N}_ ()'+,=@.-]*$/u;

/**
 * Resolves references to absolute files, or says why one may not be read. It knows the case folders
 * of the workspace's cases, and of the case it was last told of (`learn`: a parse thread checks cases
 * the workspace does not hold yet).
 */
type Resolver = ((r: FileRef) => Resolved) & { learn(bundle: CaseBundle): void };

function resolver(ws: Workspace): Resolver {
  const top = resolve(ws.root);
  const realDirs = new Map<string, string | undefined>();
  const realDir = (dir: string): string | undefined => {
    if (!realDirs.has(dir)) realDirs.set(dir, realDirOf(dir));
    return realDirs.get(dir);
  };
  let cases: Map<string, CaseBundle> | undefined;
  // The case last learnt of is not kept in `cases`: a parse thread would keep every case's values.
  let learnt: CaseBundle | undefined;
  const caseAt = (dir: string): CaseBundle | undefined => {
    if (learnt?.dir === dir) return learnt;
    cases ??= new Map(ws.cases.map((b) => [b.dir, b]));
    return cases.get(dir);
  };
  /** Whether the load's listings showed `rel` (with `/`) as a case folder or a folder in one. */
  const listedAsFolder = (rel: string): boolean => {
    if (caseAt(rel)) return true;
    const slash = rel.lastIndexOf('/');
    const bundle = caseAt(rel.slice(0, slash));
    return bundle !== undefined && caseSubfolders(bundle).has(rel.slice(slash + 1));
  };
  // A folder of the workspace that is not a link lies where its parent really is: no system call
  // for a folder the load listed, one lstat for another, instead of a realpath (which reads every
  // component of the path as a link).
  const realDirOf = (dir: string): string | undefined => {
    const cut = dir.lastIndexOf(sep);
    if (cut > top.length && dir.startsWith(top + sep)) {
      let folder = listedAsFolder(toPosix(dir.slice(top.length + 1)));
      if (!folder) {
        let stat: Stats | undefined;
        try {
          stat = lstatSync(dir, { throwIfNoEntry: false });
        } catch {}
        if (stat === undefined) return undefined;
        folder = stat.isDirectory();
      }
      if (folder) {
        const parent = realDir(dir.slice(0, cut));
        return parent === undefined ? undefined : parent + dir.slice(cut);
      }
    }
    return realOrUndefined(dir);
  };
  const bases = new Map<string, string>();
  const baseOf = (rel: string) => {
    let base = bases.get(rel);
    if (base === undefined) {
      base = resolve(top, rel);
      bases.set(rel, base);
    }
    return base;
  };
  // One realpath per folder, not per file: a file that is not itself a link is where its folder is,
  // and its lstat is its stat (checkFiles then stats nothing again).
  const realFile = (abs: string): { real: string; stat?: Stats } | undefined => {
    const cut = abs.lastIndexOf(sep);
    const dir = realDir(abs.slice(0, cut));
    if (dir === undefined) return undefined;
    let lstat: Stats | undefined;
    try {
      lstat = lstatSync(abs, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (lstat === undefined) return undefined;
    if (!lstat.isSymbolicLink()) return { real: dir + abs.slice(cut), stat: lstat };
    const real = realOrUndefined(abs);
    return real === undefined ? undefined : { real };
  };
  // Weakly: a parse thread's resolver serves a whole workspace, and each case's references (with
  // their stats) would stay until its end, to be copied by every scavenge in between.
  const done = new WeakMap<FileRef, Resolved>();
  const resolveRef = (r: FileRef): Resolved => {
    const base = baseOf(r.base);
    // A check run resolves every evidence file: path.resolve and path.relative are kept for the
    // references that need them.
    const plain = PLAIN_REF.test(r.ref) && !r.ref.split('/').some((part) => checkSlug(part) === 'slug.reserved');
    const abs = plain
      ? `${base}${sep}${sep === '/' ? r.ref : r.ref.replaceAll('/', sep)}`
      : resolveInside(base, base, r.ref);
    if (!abs) {
      const reserved = r.ref.split(/[/\\]/).some((part) => checkSlug(part) === 'slug.reserved');
      return { problem: reserved ? 'reserved' : 'outside' };
    }
    const file = realFile(abs);
    // A link's target is a canonical path (realpath): its folder's is made the same way.
    const realBase = file?.stat ? realDir(base) : realOrUndefined(base);
    const name = plain ? (r.base === '' ? r.ref : `${r.base}/${r.ref}`) : toPosix(relative(top, abs));
    if (file === undefined || realBase === undefined) return { abs, name, exists: false };
    const found = { abs, name, exists: true, ...(file.stat ? { stat: file.stat } : {}) };
    // A symbolic link inside the folder may still point outside it. (The prefix test settles the
    // usual case without path.relative, which costs more than the realpath.)
    if (file.real.startsWith(realBase + sep)) return found;
    const rel = relative(realBase, file.real);
    if (rel.startsWith('..') || isAbsolute(rel)) return { problem: 'outside' };
    return found;
  };
  const resolveOnce = (r: FileRef) => {
    let resolved = done.get(r);
    if (!resolved) {
      resolved = resolveRef(r);
      done.set(r, resolved);
    }
    return resolved;
  };
  return Object.assign(resolveOnce, {
    learn(bundle: CaseBundle) {
      learnt = bundle;
    },
  });
}

const resolvers = new WeakMap<RuleContext, Resolver>();

/**
 * One resolver per run of the rules: evidence-path and hashes resolve each reference once. Told of
 * the case whose references it resolves, if any.
 */
function resolverOf(ctx: RuleContext, bundle?: CaseBundle): Resolver {
  let resolve = resolvers.get(ctx);
  if (!resolve) {
    resolve = resolver(ctx.ws);
    resolvers.set(ctx, resolve);
  }
  if (bundle) resolve.learn(bundle);
  return resolve;
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

const pathField = (r: FileRef): FieldPath => [...r.path, r.kind === 'document' ? 'file' : 'path'];

function checkPaths(ctx: RuleContext, refs: FileRef[], bundle?: CaseBundle): Finding[] {
  const resolve = resolverOf(ctx, bundle);
  return refs.flatMap((r) => {
    const resolved = resolve(r);
    if ('abs' in resolved) return [];
    return [
      {
        id: resolved.problem === 'reserved' ? 'rule.evidence-path.reserved' : 'rule.evidence-path',
        params: { path: r.ref, folder: r.base === '' ? '.' : r.base },
        file: r.file,
        path: pathField(r),
      },
    ];
  });
}

function checkFiles(ctx: RuleContext, refs: FileRef[], bundle?: CaseBundle): Finding[] {
  const findings: Finding[] = [];
  const resolve = resolverOf(ctx, bundle);
  for (const r of refs) {
    const resolved = resolve(r);
    if (!('abs' in resolved)) continue;
    let stat = resolved.stat;
    try {
      if (resolved.exists) stat ??= statSync(resolved.abs);
    } catch {}
    const doc = r.kind === 'document';
    const where = { params: { path: r.ref, folder: r.base === '' ? '.' : r.base }, file: r.file, path: pathField(r) };
    if (!stat) {
      findings.push({ id: doc ? 'rule.hashes.document-missing' : 'rule.hashes.missing', ...where });
      continue;
    }
    // A folder, a named pipe or a file without read permission is there but cannot be hashed.
    if (!stat.isFile()) {
      findings.push({ id: 'rule.hashes.unreadable', ...where });
      continue;
    }
    if (!ctx.verifyHashes) continue;
    let actual: string;
    try {
      actual = ctx.fileHash ? ctx.fileHash(resolved.abs, stat, resolved.name) : sha256(readFileSync(resolved.abs));
    } catch {
      findings.push({ id: 'rule.hashes.unreadable', ...where });
      continue;
    }
    if (r.sha256 === undefined) {
      findings.push({
        id: 'rule.hashes.no-sha256',
        params: { path: r.ref, hash: actual },
        file: r.file,
        path: r.path,
        severity: 'warning',
      });
    } else if (r.sha256 !== actual) {
      const lineEndings = !doc && onlyLineEndingsDiffer(resolved.abs, r.sha256);
      findings.push({
        id: doc ? 'rule.hashes.document-mismatch' : lineEndings ? 'rule.hashes.line-endings' : 'rule.hashes.mismatch',
        params: lineEndings ? where.params : { path: r.ref, expected: r.sha256, actual },
        file: r.file,
        path: [...r.path, 'sha256'],
      });
    }
  }
  return findings;
}

/**
 * Whether a file is the one recorded but for its line endings: CRLF where LF was hashed, or LF where
 * CRLF was. Git converts them in text evidence committed without `-text` in .gitattributes (a
 * workspace older than init's), so the CI's checkout hashes otherwise than the computer that recorded it.
 */
function onlyLineEndingsDiffer(abs: string, recorded: string): boolean {
  let text: string;
  try {
    // latin1 keeps every byte as one character, and back.
    text = readFileSync(abs).toString('latin1');
  } catch {
    return false;
  }
  if (!text.includes('\n')) return false;
  const other = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n');
  return sha256(Buffer.from(other, 'latin1')) === recorded;
}

/**
 * Evidence files (`evidence: [{path, sha256}]` in case.yaml, AOP files and linkage.yaml) and
 * issued documents (documents.yaml) exist and, with `verifyHashes`, match their recorded SHA-256.
 * A missing `sha256` on evidence is a warning that gives the hash to record.
 */
export const hashes: Rule = {
  id: 'hashes',
  severity: 'error',
  readsFiles: true,
  workspace: (ctx) => checkFiles(ctx, refsOfWorkspace(ctx.ws)),
  case: (ctx, bundle) => checkFiles(ctx, refsOfCase(ctx.ws, bundle), bundle),
};

/**
 * A path in the data stays inside its folder (the case folder, or the workspace for linkage.yaml)
 * and names no reserved Windows device (CON, NUL, COM1…), so a crafted file cannot make linkage
 * read elsewhere.
 */
export const evidencePath: Rule = {
  id: 'evidence-path',
  severity: 'error',
  readsFiles: true,
  workspace: (ctx) => checkPaths(ctx, refsOfWorkspace(ctx.ws)),
  case: (ctx, bundle) => checkPaths(ctx, refsOfCase(ctx.ws, bundle), bundle),
};
