// Writes are planned first, then applied: each file through a temp file and a rename, after checking
// that nobody changed it since it was read. A failed plan leaves every file as it was.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { Document, isNode, isPair, parseDocument, Scalar, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { UserError } from '../errors.js';
import { type Staged, sleep, stageAtomic, writeAtomic, writeQuietly, writeTarget } from './atomic.js';
import { CACHE_DIR } from './cache.js';
import { diff3Merge } from './diff3.js';
import { canonicalJson, sha256 } from './hash.js';
import { packageRoot } from './package-root.js';
import { isInside, resolveInside } from './paths.js';
import { readOrRefuse } from './read-file.js';
import { WORKSPACE_FILE } from './root.js';

// In its own module, so that a command writing no YAML (generate) loads neither yaml nor the merge.
export { writeAtomic };

/** Where `init` copies the package's JSON Schemas, so that editors find them offline. */
export const SCHEMAS_DIR = '.linkage/schemas';

export interface PlannedWrite {
  /** Workspace-relative path with `/`. */
  file: string;
  content: string | Uint8Array;
  /** SHA-256 of the bytes read before editing; null for a file that must not exist yet. */
  expected?: string | null;
}

export interface WritePlan {
  root: string;
  writes: PlannedWrite[];
}

/** Options that make `yaml` print a document close to the way it was read: its indentation among them. */
export function stringifyOptions(text: string) {
  const indentSeq = !/^[ \t]*[A-Za-z_][\w-]*:[ \t]*\n-/m.test(text);
  // The spaces before the first key nested under a top-level key (2 when there is none).
  const nested = /^[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*( +)[^\s#-]/m.exec(text)?.[1]?.length;
  const indent = nested !== undefined && nested >= 2 && nested <= 8 ? nested : 2;
  return { lineWidth: 0, minContentWidth: 0, indentSeq, indent, flowCollectionPadding: false } as const;
}

/**
 * A hand-edited YAML file opened for editing. Edits go through the `yaml` Document API (comments and
 * key order survive); saving then merges them into the original text, so lines the edit did not
 * touch keep their bytes, hand-wrapped paragraphs included.
 */
export interface EditableYaml {
  file: string;
  doc: Document;
  /** The text as read (LF, NFC, no BOM). */
  original: string;
  /** How `yaml` prints the document before any edit: the merge base. */
  pristine: string;
  expected: string | null;
  /**
   * The maps and lists read with a comment after their last entry, each with that entry: a note a
   * person wrote under it, which stays there when entries are added after it (yamlText).
   */
  trailing: Map<YAMLMap | YAMLSeq, unknown>;
}

export function openYaml(root: string, file: string): EditableYaml {
  const abs = join(root, file);
  if (!existsSync(abs))
    return { file, doc: new Document({}), original: '', pristine: '', expected: null, trailing: new Map() };
  const bytes = readOrRefuse(abs);
  const original = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  const doc = parseDocument(original);
  const trailing = new Map<YAMLMap | YAMLSeq, unknown>();
  visit(doc, {
    Collection(_, node) {
      if (node.comment && node.items.length > 0) trailing.set(node, node.items[node.items.length - 1]);
    },
  });
  const pristine = doc.toString(stringifyOptions(original));
  return { file, doc, original, pristine, expected: sha256(bytes), trailing };
}

/**
 * Keeps each comment read after the last entry of a map or a list right after that entry when the
 * edit added entries after it: yaml keeps such a comment at the collection's end, which would put it
 * under the new entries, a note on the letter read as one on the response. It becomes the comment
 * above the entry that now follows, which prints it where it was.
 */
function keepTrailingComments(edit: EditableYaml): void {
  for (const [collection, last] of edit.trailing) {
    const items: unknown[] = collection.items;
    const at = items.indexOf(last);
    if (!collection.comment || at < 0 || at + 1 >= items.length) continue;
    // A key or an item added by setIn or addIn is a plain value, which holds no comment.
    const item = items[at + 1];
    const next = isPair(item) || isNode(item) ? item : new Scalar(item);
    items[at + 1] = next;
    if (isPair(next) && !isNode(next.key)) next.key = new Scalar(next.key);
    const above = isPair(next) ? next.key : next;
    if (!isNode(above)) continue;
    above.commentBefore = above.commentBefore ? `${collection.comment}\n${above.commentBefore}` : collection.comment;
    collection.comment = undefined;
    edit.trailing.delete(collection);
  }
}

/**
 * The file's new text: a three-way merge of the original, how yaml printed it, and the edit. A merge
 * that does not read back as the edited document (an indentation the printer did not match, a
 * conflict resolved the wrong way) gives way to yaml's own print of it: the file may lose some of
 * its hand layout, never an answer, and is never left unreadable. A comment read after the last entry
 * of a map or a list is first moved, in the document, above the entry added after it.
 */
export function yamlText(edit: EditableYaml): string {
  keepTrailingComments(edit);
  const options = stringifyOptions(edit.original);
  const edited = edit.doc.toString(options);
  if (edit.original === '') return edited;
  if (edited === edit.pristine) return edit.original;
  const merged = mergeLines(edit.original, edit.pristine, edited);
  if (readsAs(merged, edit.doc)) return merged;
  // A file of mixed indentation (a pasted block, lists indented less than maps): the merge printed
  // at yaml's 2 spaces, as it always was, may still fit where the file's guessed indentation did not.
  if (options.indent !== 2) {
    const two = { ...options, indent: 2 };
    const again = mergeLines(edit.original, parseDocument(edit.original).toString(two), edit.doc.toString(two));
    if (readsAs(again, edit.doc)) return again;
  }
  return edited;
}

function mergeLines(original: string, pristine: string, edited: string): string {
  const lines = (s: string) => s.split('\n');
  const regions = diff3Merge(lines(original), lines(pristine), lines(edited));
  return regions.flatMap((r) => ('ok' in r ? r.ok : resolveConflict(r.conflict))).join('\n');
}

/** Whether `text` is YAML without errors whose data is the document's. */
function readsAs(text: string, doc: Document): boolean {
  const read = parseDocument(text);
  return read.errors.length === 0 && canonicalJson(read.toJS()) === canonicalJson(doc.toJS());
}

/**
 * An edit next to a line yaml would print differently. An insertion before or after it keeps the
 * hand-written lines; anything else takes the edit's lines, their side comments where the hand put them.
 */
function resolveConflict({ a, o, b }: { a: string[]; o: string[]; b: string[] }): string[] {
  const startsWith = (xs: string[], ys: string[]) => ys.every((y, i) => xs[i] === y);
  const endsWith = (xs: string[], ys: string[]) => ys.every((y, i) => xs[xs.length - ys.length + i] === y);
  if (b.length >= o.length && startsWith(b, o)) return [...a, ...b.slice(o.length)];
  if (b.length >= o.length && endsWith(b, o)) return [...b.slice(0, b.length - o.length), ...a];
  return b.map((line) => handAligned(line, a));
}

/** A line with a comment after its content: the content, and the comment from its `#`. */
const SIDE_COMMENT = /^(.*?\S)[ \t]+(#.*)$/;
/** A line's indentation, list dashes and key: what makes two lines the same line of the file. */
const keyOf = (content: string) => /^[ \t]*(?:-[ \t]+)*(?:[^\s:#][^:#]*:(?=\s|$))?/.exec(content)?.[0];

/**
 * A line of the edit with its side comment in the column the hand-written line had it: yaml prints one
 * space before `#`, a person lines comments up (`date: 2026-03-01      # fecha del oficio`). The
 * hand-written line of the same key and comment gives the column; a value that grew past it keeps one
 * space; an unchanged line comes back as it was written.
 */
function handAligned(line: string, hand: string[]): string {
  const edited = SIDE_COMMENT.exec(line);
  if (!edited) return line;
  const [, content = '', comment = ''] = edited;
  for (const h of hand) {
    const written = SIDE_COMMENT.exec(h);
    if (written?.[2] !== comment || keyOf(written[1] ?? '') !== keyOf(content)) continue;
    if (written[1] === content) return h;
    return `${content}${' '.repeat(Math.max(1, h.length - comment.length - content.length))}${comment}`;
  }
  return line;
}

/**
 * Applies a plan atomically per file; throws a UserError naming the file on any failure. The files it
 * must find unchanged, or find absent, are locked from the check to the rename: two commands editing
 * one file at once (two officials, or a script) each find it as they read it, or the second says it
 * changed; of two `new` of one city, the second finds the case written and says so.
 */
export function applyPlan(plan: WritePlan): void {
  // New files only in a workspace: the plan that makes one (init) leaves no cache folder behind.
  const inWorkspace = existsSync(join(plan.root, WORKSPACE_FILE));
  const locks = plan.writes
    .filter((w) => typeof w.expected === 'string' || (w.expected === null && inWorkspace))
    .map((w) => w.file)
    .sort()
    .map((file) => lockFile(plan.root, file));
  try {
    // First verify every precondition, so that a stale file, or a target that cannot be written (a
    // folder where a file goes, a file where a folder goes), stops the plan before anything is written.
    for (const w of plan.writes) {
      const abs = target(plan.root, w.file);
      checkInside(plan.root, abs, w.file);
      if (w.expected === undefined) continue;
      const now = existsSync(abs) ? sha256(readOrRefuse(abs)) : null;
      if (now !== w.expected) throw new UserError('file.changed', { file: w.file }, 2, { file: abs });
    }
    // Every file written whole beside its target before any takes its place: a full disk or a failed
    // write at the last file leaves the first ones as they were, not a plan half applied. Whatever
    // fails, a write or a rename (Windows: a file held open), no temp file is left behind: a refused
    // rename removes its own, and those still waiting are removed here.
    const staged: Staged[] = [];
    try {
      for (const w of plan.writes) staged.push(stageAtomic(target(plan.root, w.file), w.content, w.file));
      for (let s = staged.shift(); s; s = staged.shift()) s.commit();
    } catch (error) {
      for (const s of staged) s.abort();
      throw error;
    }
  } finally {
    for (const lock of locks) if (lock) rmSync(lock, { force: true });
  }
  refreshSchemaCopies(plan.root);
}

/**
 * The editor's copies of the JSON Schemas (SCHEMAS_DIR, made by `init`) made this version's after a
 * plan is written: after an upgrade VS Code would otherwise go on checking the files against the
 * schemas of the version that made the workspace (`init` refuses to run again where linkage.yaml
 * exists). Best effort, apart from the plan: a copy that cannot be written (read-only) stays as it
 * is and never stops the user's own write. Nothing where the folder is not there (the demo uses
 * schemas/ at its root).
 */
/** The JSON Schemas this version ships (schemas/*.schema.json), by name, in name order. */
export function packageSchemas(): { name: string; content: Buffer }[] {
  const source = join(packageRoot(), 'schemas');
  return readdirSync(source)
    .filter((n) => n.endsWith('.schema.json'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(source, name)) }));
}

function refreshSchemaCopies(root: string): void {
  if (!existsSync(join(root, SCHEMAS_DIR))) return;
  for (const { name, content } of packageSchemas()) {
    const copy = join(root, SCHEMAS_DIR, name);
    let now: Buffer | undefined;
    try {
      now = readFileSync(copy);
    } catch {}
    if (!now?.equals(content)) writeQuietly(copy, content);
  }
}

/** How long a lock may stand before it is taken for one a killed command left behind. */
const STALE_LOCK_MS = 30_000;
const LOCK_WAIT_MS = 5_000;

/**
 * Takes the lock of a workspace file: a file made with O_EXCL in .linkage-cache/locks/ naming its
 * owner, waited for while another command holds it (file.busy after LOCK_WAIT_MS), taken over when
 * it is older than STALE_LOCK_MS or its owner is gone. Undefined where no lock can be
 * made at all (the cache folder cannot be written): the write goes on without one, as it always did.
 */
function lockFile(root: string, file: string): string | undefined {
  const lockName = `${CACHE_DIR}/locks/${file.replaceAll('/', '__')}.lock`;
  const lock = join(root, lockName);
  try {
    mkdirSync(dirname(lock), { recursive: true });
  } catch {
    return undefined;
  }
  for (const until = Date.now() + LOCK_WAIT_MS; ; ) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, `${LOCK_OWNER}\n`);
      } finally {
        closeSync(fd);
      }
      return lock;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS || ownerGone(lock)) rmSync(lock, { force: true });
    } catch {
      // Released meanwhile: try again.
    }
    if (Date.now() > until) throw new UserError('file.busy', { lock: lockName }, 2, { file: join(root, file) });
    sleep(20);
  }
}

/** Who holds a lock: the process and its machine (a workspace may sit on a shared drive). */
const LOCK_OWNER = `${process.pid}@${hostname()}`;

/**
 * Whether a lock was left by a command of this machine that is no longer running (killed while it
 * wrote): taken at once rather than after STALE_LOCK_MS. A lock of another machine, or one being
 * written this very moment (empty), is left to age.
 */
function ownerGone(lock: string): boolean {
  const [pid, host] = readFileSync(lock, 'utf8').trim().split('@');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid) || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Refuses a workspace file that cannot be written (writeTarget) or that is a link to a file outside
 * the workspace: a link is written through, and a cloned repository could link case.yaml (or an
 * issued PDF) to the user's own files.
 */
export function checkInside(root: string, abs: string, shown: string): void {
  const real = writeTarget(abs, shown);
  if (real !== abs && !isInside(realpathSync(root), real))
    throw new UserError('file.link-outside', { target: real }, 2, { file: abs });
}

function target(root: string, file: string): string {
  const abs = resolveInside(root, root, file);
  if (!abs) throw new UserError('slug.unsafe', { slug: file }, 2, { file: join(root, file) });
  return abs;
}
