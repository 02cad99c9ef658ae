// A guided session: questions tied to field paths of a workspace's files. Each answer is checked with
// the schema and the `check` rules before it is accepted, and saved as it is given: atomically, with
// comments and key order kept, refusing a file changed underneath. Answers that cannot stand alone in
// the file (half a list item, a vote without its "against") wait in a draft under .linkage-cache/
// until their group is complete, so Ctrl+C never loses them and the file never fails `check`.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Answers, type FieldPath, formatPath, getIn, isPlainObject } from '../commands/answers.js';
import { isUserError, type Params, UserError } from '../errors.js';
import { languageName } from '../intl.js';
import { isDate } from '../process/dates.js';
import { commandLine, trailingArgs } from '../ui/command-line.js';
import { message, type UiLang } from '../ui/i18n.js';
import type { Choice, Prompter } from '../ui/prompts.js';
import { wrapLines, wrapText } from '../ui/text.js';
import { fileSchema } from '../workspace/file-schema.js';
import { sha256 } from '../workspace/hash.js';
import type { Problem } from '../workspace/problems.js';
import { readRegularFile } from '../workspace/read-file.js';
import type { FileKind } from '../workspace/schema.js';
import { dateIssue, validateFile } from '../workspace/validate.js';
import { applyPlan, type EditableYaml, openYaml, stringifyOptions, writeAtomic, yamlText } from '../workspace/write.js';
import { parseYaml } from '../workspace/yaml.js';
import { commentAbove, syncDocument } from './yaml-sync.js';

export interface Out {
  write(text: string): unknown;
  /** The terminal's width, when the output is one. */
  columns?: number;
}

/** One file the session writes. */
export interface Target {
  /** Workspace-relative, with `/`. */
  file: string;
  kind: FileKind;
  /** Whether the file exists (it does not yet while `init` or `new` collect its answers). */
  exists: boolean;
  /** SHA-256 of the bytes read, or null for no file: a write refuses a file changed since. */
  expected: string | null;
  /** The file opened for editing, comments and all: parsed only when something is written. */
  edit?: EditableYaml;
  /** The value in the file (or, in batch mode, the value to write). */
  base: Answers;
  /** Answers not yet in the file: their group is incomplete, or the file is being collected for `create`. */
  pending: { path: FieldPath; value: unknown }[];
  /** Paths answered in this run, for the equivalent answers file. */
  touched: FieldPath[];
  /** While true, answers only collect (the file is created later from them). */
  hold?: boolean;
  /** Batch mode: the base changed and must be written at the end. */
  changed?: boolean;
  /** A scratch target (answers before the file is known): no draft. */
  scratch?: boolean;
  /** Where this file's answers sit in an answers file (`aop:` in `next`'s); absent: at its top. */
  answersAt?: FieldPath;
  /** Questions asked in this run, and in an interrupted earlier one (from the draft). */
  asked?: string[];
  /** The languages its free texts are asked in (a case's: caseLanguages); absent, the document languages. */
  langs?: string[];
  askedBefore?: Set<string>;
  /**
   * How many answers the draft restored, not said yet: said when this run asks the file's questions
   * or writes it, not by a run that only reads it (`new`, whose Phase 1 step waits for `next`).
   */
  restored?: number;
  /**
   * The step of `next` a run was asking when Ctrl+C interrupted it, kept in the draft: the next run
   * goes back to it, though its first answers may already count it as done.
   */
  step?: string;
}

export interface Missing {
  file: string;
  path: FieldPath;
  label: string;
}

export interface SessionOptions {
  root: string;
  lang: UiLang;
  today: string;
  out: Out;
  /** Loads the prompts on first use; absent without a terminal (answers come from files and defaults). */
  prompter?: () => Promise<Prompter>;
  /** Take defaults without asking. */
  yes?: boolean;
  /** Ask again what is already answered, with its value as the default (`next --step`). */
  revisit?: boolean;
  /** Write once at the end (non-interactive runs: all or nothing). */
  batch?: boolean;
  /** The -C and --as-of of this run, repeated in the commands it suggests so they run from the same folder. */
  globals?: string[];
  /** Document languages, Spanish first. */
  docLangs: string[];
  keyOrder?: (path: FieldPath) => string[] | undefined;
  /** `check`'s rules over the given file values: errors and warnings placed in their files, as check places them. */
  rules?: (values: Map<string, Answers>) => Problem[];
}

export interface Ask<T> {
  target: Target;
  path: FieldPath;
  message: string;
  default?: T | (() => T | undefined);
  /** Offered on a terminal where there is no default, but never taken by --yes or without a terminal. */
  suggest?: () => T | undefined;
  /** Enter without a value leaves it unanswered. */
  optional?: boolean;
  /** A check of the question's own, beyond schema and rules: a message, or undefined when fine. */
  check?: (value: T) => string | undefined;
  /** Tidies typed text before it is checked and saved (e.g. upper-cases a country code). */
  normalize?: (raw: string) => string;
  /** Free text for documents: a pasted text keeps its line breaks (a YAML block scalar keeps them too). */
  multiline?: boolean;
  /** What Enter does, shown only while the question is asked (not part of its name in messages). */
  hint?: string;
  /**
   * What Enter without an answer means at an optional question with nothing offered, when more than
   * «(Enter para omitir)», which every such question shows otherwise; as `hint`, only while asked.
   */
  blank?: string;
}

const filled = (v: unknown) =>
  v !== undefined &&
  v !== null &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(isPlainObject(v) && Object.keys(v).length === 0);

const startsWith = (path: FieldPath, prefix: FieldPath) =>
  prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

const clone = <T>(v: T): T => structuredClone(v);

/** `value` with `path` set, creating maps and list items on the way. */
export function setIn(value: Answers, path: FieldPath, v: unknown): Answers {
  const out = clone(value);
  let cur: Record<string | number, unknown> = out;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      if (v === undefined) {
        if (Array.isArray(cur) && typeof key === 'number') cur.splice(key, 1);
        else delete cur[key];
      } else cur[key] = v;
      return;
    }
    const next = path[i + 1];
    const have = cur[key];
    if (typeof next === 'number' ? !Array.isArray(have) : !isPlainObject(have))
      cur[key] = typeof next === 'number' ? [] : {};
    cur = cur[key] as Record<string | number, unknown>;
  });
  return out;
}

/** `base` with each answer set at its path. */
const withAnswers = (base: Answers, answers: readonly { path: FieldPath; value: unknown }[]): Answers =>
  answers.reduce((v, a) => setIn(v, a.path, a.value), base);

/** Answers as the user can read them and give them again: `steps.letter.date: "2026-10-05"; …`. */
const describeAnswers = (answers: { path: FieldPath; value: unknown }[]) =>
  answers.map((a) => `${formatPath(a.path)}: ${JSON.stringify(a.value)}`).join('; ');

const issueKey = (p: { id: string; path?: FieldPath; file?: string }) =>
  `${p.file ?? ''}|${p.id}|${(p.path ?? []).join('.')}`;

export class Session {
  readonly missing: Missing[] = [];
  /** How many answers came from the user, an answers file or a default in this run. */
  answered = 0;
  private prompterP?: Promise<Prompter>;
  /** Inside `together`: each file written, with its value before, whose new problems wait to be said. */
  private deferred?: Map<Target, Answers>;
  readonly targets: Target[] = [];

  constructor(readonly o: SessionOptions) {}

  /**
   * An optional question left blank in an interrupted run: not asked again, so the next run resumes
   * at the first unanswered question.
   */
  private skipOptional(target: Target, path: FieldPath, optional: boolean | undefined): boolean {
    return optional === true && !this.o.revisit && (target.askedBefore?.has(formatPath(path)) ?? false);
  }

  /**
   * A question was answered, or left blank: remembered in the draft until the run ends normally. Not
   * before the answer: a question interrupted by Ctrl+C was not left blank, and is asked again.
   */
  private markAsked(target: Target, path: FieldPath): void {
    if (!this.interactive) return;
    target.asked ??= [];
    target.asked.push(formatPath(path));
    this.saveDraft(target);
  }

  /** The run ended normally: what was asked no longer needs remembering. */
  close(): void {
    for (const t of this.targets) {
      t.asked = [];
      t.askedBefore = new Set();
      delete t.step;
      this.saveDraft(t);
    }
  }

  /** Ctrl+C while `step` was asked: the drafts of the files it (or this run) answered name it. */
  interruptedIn(step: string): void {
    for (const t of this.targets) {
      if (t.pending.length === 0 && (t.asked?.length ?? 0) === 0) continue;
      t.step = step;
      this.saveDraft(t);
    }
  }

  get lang(): UiLang {
    return this.o.lang;
  }
  get today(): string {
    return this.o.today;
  }
  get interactive(): boolean {
    return this.o.prompter !== undefined;
  }
  get out(): Out {
    return this.o.out;
  }
  /** A command to suggest, `linkage <args…>` with this run's -C and --as-of, ready to paste. */
  command(args: string[]): string {
    return commandLine(['linkage', ...args, ...(this.o.globals ?? [])]);
  }
  /** This run's -C and --as-of, to follow a suggested command with a placeholder (`linkage new <ciudad>`). */
  get globals(): string {
    return trailingArgs(this.o.globals ?? []);
  }
  get docLangs(): string[] {
    return this.o.docLangs;
  }
  /** The document languages changed (init asks them). */
  setDocLangs(langs: string[]): void {
    this.o.docLangs = langs;
  }
  get revisit(): boolean {
    return this.o.revisit === true;
  }
  get yes(): boolean {
    return this.o.yes === true;
  }

  t(id: string, params: Params = {}): string {
    return message(this.o.lang, id, { globals: this.globals, ...params }).text;
  }

  /** Lines said; on a terminal, one too long for it wraps at spaces (the terminal would cut a word). */
  say(text = ''): void {
    const { columns } = this.o.out;
    this.o.out.write(`${columns ? wrapLines(text, columns) : text}\n`);
  }

  /** Lines on what an answers file did before any question, waiting for the next step's header. */
  private notes: string[] = [];
  /** A line to say under the next step's header (`sayNotes`), where it belongs. */
  note(text: string): void {
    this.notes.push(text);
  }
  /** Says the lines waiting for a header: under it, or where the run ends without one. */
  sayNotes(): void {
    for (const text of this.notes.splice(0)) this.say(text);
  }

  /** A paragraph, indented, wrapped at spaces in 96 columns, or the terminal's width when narrower. */
  paragraph(text: string, indent = '  '): void {
    const width = Math.max(20, Math.min(96, this.o.out.columns || 96) - indent.length);
    for (const line of wrapText(text.split(/\s+/).filter(Boolean).join(' '), width)) this.say(indent + line);
  }

  private prompter(): Promise<Prompter> {
    const load = this.o.prompter;
    if (!load) throw new Error('no prompter in a non-interactive session');
    this.prompterP ??= load();
    return this.prompterP;
  }

  // ── Files ────────────────────────────────────────────────────────────────────────────────────────

  /** Opens a file of the workspace (or notes that it does not exist yet) and restores its draft. */
  open(file: string, kind: FileKind, options: { hold?: boolean; scratch?: boolean } = {}): Target {
    // The fast parser for reading; the comment-keeping one only when something is written. The value
    // is that of these very bytes, which `expected` hashes, not the workspace's as loaded: another
    // command may have written the file since, and an edit of the older value would undo that write.
    let bytes: Buffer | undefined;
    try {
      bytes = existsSync(join(this.o.root, file)) ? readRegularFile(join(this.o.root, file)).bytes : undefined;
    } catch {
      bytes = undefined;
    }
    const parsed = bytes ? parseYaml(bytes) : undefined;
    const base = parsed?.ok ? (parsed.value as Answers) : {};
    const target: Target = {
      file,
      kind,
      exists: bytes !== undefined,
      expected: bytes ? sha256(bytes) : null,
      base,
      pending: [],
      touched: [],
    };
    if (options.hold) target.hold = true;
    if (options.scratch) target.scratch = true;
    const draft = this.readDraft(target);
    if (draft.length > 0) {
      target.pending = draft;
      target.touched.push(...draft.map((d) => d.path));
      target.restored = draft.length;
    }
    this.targets.push(target);
    return target;
  }

  /** Says, once, that the answers the draft kept for the file are taken up: its questions come. */
  private resuming(target: Target): void {
    if (!target.restored) return;
    this.say(this.t('prompts.draft-restored', { count: target.restored, file: target.file }));
    delete target.restored;
  }

  /** The file's value with the answers still waiting for their group. */
  value(target: Target): Answers {
    return withAnswers(target.base, target.pending);
  }

  valueAt(target: Target, path: FieldPath): unknown {
    return getIn(this.value(target), path);
  }

  private get draftsDir(): string {
    return join(this.o.root, '.linkage-cache', 'drafts');
  }

  private draftFile(target: Target): string {
    return join(this.draftsDir, `${target.file.replaceAll('/', '__')}.json`);
  }

  private readDraft(target: Target): { path: FieldPath; value: unknown }[] {
    if (this.o.batch || target.scratch) return [];
    const file = this.draftFile(target);
    try {
      const draft = JSON.parse(readFileSync(file, 'utf8')) as {
        expected: string | null;
        answers: { path: FieldPath; value: unknown }[];
        asked?: string[];
        step?: unknown;
      };
      // Answers given against another version of the file could land in the wrong place.
      if (draft.expected === target.expected && Array.isArray(draft.answers)) {
        target.askedBefore = new Set(draft.asked ?? []);
        target.asked = [...(draft.asked ?? [])];
        if (typeof draft.step === 'string') target.step = draft.step;
        return draft.answers;
      }
      // Said, with the answers, before they go: the user may give them again.
      if (Array.isArray(draft.answers) && draft.answers.length > 0) {
        const answers = describeAnswers(draft.answers);
        this.say(this.t('prompts.draft-stale', { file: target.file, count: draft.answers.length, answers }));
      }
      rmSync(file, { force: true });
    } catch {
      // No draft, or an unreadable one: nothing to restore.
    }
    return [];
  }

  /**
   * The files not written yet under `dir` (`cases/`) and the values waiting in their drafts, newest
   * first: what an interrupted `new` had collected before the case's name was known again.
   */
  unwrittenDrafts(dir: string): { file: string; value: Answers }[] {
    if (this.o.batch) return [];
    const drafts = this.draftsDir;
    const found: { file: string; value: Answers; time: number }[] = [];
    for (const name of existsSync(drafts) ? readdirSync(drafts) : []) {
      try {
        const file = join(drafts, name);
        const draft = JSON.parse(readFileSync(file, 'utf8')) as {
          file?: unknown;
          expected?: unknown;
          answers?: unknown;
        };
        if (draft.expected !== null || typeof draft.file !== 'string' || !draft.file.startsWith(`${dir}/`)) continue;
        if (!Array.isArray(draft.answers) || existsSync(join(this.o.root, draft.file))) continue;
        const value = withAnswers({}, draft.answers as { path: FieldPath; value: unknown }[]);
        found.push({ file: draft.file, value, time: statSync(file).mtimeMs });
      } catch {
        // An unreadable draft offers nothing.
      }
    }
    return found.sort((a, b) => b.time - a.time).map(({ file, value }) => ({ file, value }));
  }

  private saveDraft(target: Target): void {
    if (this.o.batch || target.scratch) return;
    const file = this.draftFile(target);
    if (target.pending.length === 0 && (target.asked?.length ?? 0) === 0) {
      rmSync(file, { force: true });
      return;
    }
    const draft = {
      file: target.file,
      expected: target.expected,
      answers: target.pending,
      asked: target.asked ?? [],
      ...(target.step !== undefined ? { step: target.step } : {}),
    };
    writeAtomic(file, `${JSON.stringify(draft, null, 2)}\n`);
  }

  /** Forgets a target's draft (its answers went into a file some other way, e.g. `init`). */
  dropDraft(target: Target): void {
    target.pending = [];
    target.asked = [];
    rmSync(this.draftFile(target), { force: true });
  }

  /** After `init` or `new` created the file: open it and carry on editing it. */
  reopen(target: Target): void {
    const edit = openYaml(this.o.root, target.file);
    target.edit = edit;
    target.exists = true;
    target.expected = edit.expected;
    target.base = (edit.doc.toJS({ maxAliasCount: 100 }) ?? {}) as Answers;
    target.hold = false;
    this.dropDraft(target);
  }

  /** The file as a `yaml` Document, opened on the first write; it must not have changed since it was read. */
  private editOf(target: Target): EditableYaml {
    if (!target.edit) {
      const edit = openYaml(this.o.root, target.file);
      if (edit.expected !== target.expected)
        throw new UserError('file.changed', { file: target.file }, 2, { file: join(this.o.root, target.file) });
      target.edit = edit;
    }
    return target.edit;
  }

  /** Sets a value as an answer: saved now when its group is complete, else kept in the draft. */
  put(target: Target, path: FieldPath, value: unknown): void {
    this.resuming(target);
    target.pending.push({ path, value });
    target.touched.push(path);
    this.answered++;
    this.commit(target);
  }

  /** A comment line above a top-level key of the file, written with the file's next write. */
  comment(target: Target, key: string, text: string): void {
    commentAbove(this.editOf(target).doc, key, text);
  }

  /** The base was replaced as a whole (an answers file): write it now, or at the end in batch mode. */
  assign(target: Target): void {
    if (this.o.batch) target.changed = true;
    else if (target.exists) this.write(target);
  }

  /** Writes the file when the answers waiting make it no worse than it was. */
  private commit(target: Target): void {
    if (target.hold || !target.exists) {
      this.saveDraft(target);
      return;
    }
    const candidate = this.value(target);
    const before = new Set(this.schemaErrors(target.kind, target.base).map(issueKey));
    if (this.schemaErrors(target.kind, candidate).some((i) => !before.has(issueKey(i)))) {
      this.saveDraft(target);
      return;
    }
    const old = target.base;
    const pending = target.pending;
    target.base = candidate;
    target.pending = [];
    if (this.o.batch) target.changed = true;
    else {
      try {
        this.write(target);
      } catch (error) {
        // A failed write (the file changed underneath, a full disk) keeps the answers in the draft: the
        // next run restores them, or names them if the file changed.
        target.base = old;
        target.pending = pending;
        this.saveDraft(target);
        // Changed underneath, they are also said now: another run on the same file (the one that
        // changed it) may overwrite the draft before this one is run again.
        if (isUserError(error) && error.id === 'file.changed') {
          const unsaved = this.t('prompts.unsaved', { count: pending.length, answers: describeAnswers(pending) });
          throw new UserError(error.id, error.params, error.exitCode, error.location, [...error.details, unsaved]);
        }
        throw error;
      }
      this.saveDraft(target);
    }
    if (!this.deferred) this.reportNewProblems(target, old);
    else if (!this.deferred.has(target)) this.deferred.set(target, old);
  }

  /**
   * Puts, or questions, that only agree once all are answered (a text version and the amendment that
   * names it, in two files; a vote and the majority it needs): the problems they bring are judged,
   * and said, after the last one.
   */
  async together(run: () => void | Promise<void>): Promise<void> {
    if (this.deferred) {
      await run();
      return;
    }
    const deferred = new Map<Target, Answers>();
    this.deferred = deferred;
    try {
      await run();
    } finally {
      this.deferred = undefined;
    }
    for (const [target, old] of deferred) this.reportNewProblems(target, old);
  }

  /**
   * Answers given during `run` wait in the draft and are written after it, when the file is whole
   * again: a change that takes several answers (another person's name, then the previous person's
   * record moved) is never written half-made, not even by a run interrupted halfway.
   */
  async holding<T>(target: Target, run: () => Promise<T>): Promise<T> {
    const hold = target.hold;
    target.hold = true;
    let result: T;
    try {
      result = await run();
    } finally {
      target.hold = hold;
    }
    if (target.pending.length > 0) this.commit(target);
    return result;
  }

  private schemaErrors(kind: FileKind, value: unknown) {
    return validateFile(kind, value).filter((i) => i.severity === 'error');
  }

  private write(target: Target): void {
    const edit = this.editOf(target);
    syncDocument(edit.doc, target.base, {
      root: fileSchema(target.kind),
      ...(this.o.keyOrder ? { keyOrder: this.o.keyOrder } : {}),
    });
    const text = yamlText(edit);
    if (text === edit.original) return;
    applyPlan({ root: this.o.root, writes: [{ file: target.file, content: text, expected: edit.expected }] });
    edit.original = text;
    edit.pristine = edit.doc.toString(stringifyOptions(text));
    edit.expected = sha256(text);
    target.expected = edit.expected;
  }

  /** Batch mode: writes every changed file at once (each atomically; stale files stop the plan). */
  flush(): string[] {
    const writes = [];
    for (const target of this.targets) {
      if (!target.changed || !target.exists) continue;
      const edit = this.editOf(target);
      syncDocument(edit.doc, target.base, {
        root: fileSchema(target.kind),
        ...(this.o.keyOrder ? { keyOrder: this.o.keyOrder } : {}),
      });
      const text = yamlText(edit);
      if (text !== edit.original) writes.push({ file: target.file, content: text, expected: edit.expected });
    }
    applyPlan({ root: this.o.root, writes });
    return writes.map((w) => w.file);
  }

  /** Rule errors a commit brought to light elsewhere (a vote short of its majority): said, not refused. */
  private reportNewProblems(target: Target, old: Answers): void {
    if (!this.o.rules || this.o.batch) return;
    const before = new Set(this.ruleErrors(target, old).map(issueKey));
    for (const p of this.ruleErrors(target, target.base)) {
      if (before.has(issueKey(p))) continue;
      const m = message(this.o.lang, p.id, { ...p.params, globals: this.globals });
      this.say(`  ⚠ ${m.text}${m.hint ? ` ${m.hint}` : ''}`);
    }
  }

  private ruleErrors(target: Target, value: Answers): Problem[] {
    if (!this.o.rules || this.schemaErrors(target.kind, value).length > 0) return [];
    try {
      const values = new Map(
        this.targets
          .filter((t) => t.exists || t === target)
          .map((t) => [t.file, t === target ? value : t.base] as const),
      );
      return this.o.rules(values).filter((p) => p.severity === 'error' && p.file === target.file);
    } catch {
      return [];
    }
  }

  /** Why `value` cannot go at `path`: a schema or rule message, or true. */
  validate(target: Target, path: FieldPath, value: unknown): true | string {
    const current = this.value(target);
    const candidate = setIn(current, path, value);
    const at = <I extends { id: string; path: FieldPath }>(issues: I[]) =>
      issues.filter((i) => i.id !== 'schema.required' && startsWith(i.path, path));
    const before = new Set(at(this.schemaErrors(target.kind, current)).map(issueKey));
    const issue = at(this.schemaErrors(target.kind, candidate)).find((i) => !before.has(issueKey(i)));
    if (issue) return this.explain(issue.id, issue.params);
    if (!this.o.rules) return true;
    const rulesAt = (v: Answers) => this.ruleErrors(target, v).filter((p) => startsWith(p.path ?? [], path));
    const had = new Set(rulesAt(current).map(issueKey));
    const problem = rulesAt(candidate).find((p) => !had.has(issueKey(p)));
    return problem ? this.explain(problem.id, problem.params) : true;
  }

  explain(id: string, params: Params = {}): string {
    const m = message(this.o.lang, id, { globals: this.globals, ...params });
    return m.hint ? `${m.text} ${m.hint}` : m.text;
  }

  // ── Questions ───────────────────────────────────────────────────────────────────────────────────

  /** Whether a field counts as answered; a language map needs every document language. */
  isAnswered(target: Target, path: FieldPath, langText = false): boolean {
    const v = this.valueAt(target, path);
    if (!filled(v)) return false;
    const langs = target.langs ?? this.o.docLangs;
    if (!langText || typeof v === 'string') return langText ? langs.length === 1 : true;
    return isPlainObject(v) && langs.every((l) => filled(v[l]));
  }

  private resolveDefault<T>(q: Ask<T>): T | undefined {
    return typeof q.default === 'function' ? (q.default as () => T | undefined)() : q.default;
  }

  private noteMissing(q: { target: Target; path: FieldPath; message: string; optional?: boolean }): void {
    if (q.optional) return;
    const label = q.message.replace(/\s*\(.*\)\s*$/, '');
    if (this.missing.some((m) => m.file === q.target.file && formatPath(m.path) === formatPath(q.path))) return;
    const at = formatPath([...(q.target.answersAt ?? []), ...q.path]);
    this.missing.push({ file: q.target.file, path: q.path, label: `${label} [${at}]` });
  }

  /**
   * The shared core of a typed question: skip what is answered, take the default with --yes or without
   * a terminal, else ask until the value converts and validates, then save it.
   */
  private async askTyped<T>(
    q: Ask<T>,
    parse: (raw: string) => { ok: true; value: T } | { ok: false; message: string },
    show: (value: T) => string,
  ): Promise<T | undefined> {
    const current = this.valueAt(q.target, q.path) as T | undefined;
    if ((filled(current) && !this.o.revisit) || this.skipOptional(q.target, q.path, q.optional)) return current;
    const def = filled(current) ? current : this.resolveDefault(q);
    const check = (value: T): true | string => q.check?.(value) ?? this.validate(q.target, q.path, value);
    if (this.o.yes && def !== undefined && check(def) === true) {
      if (this.interactive) this.say(`${q.message}: ${show(def)}`);
      if (JSON.stringify(def) !== JSON.stringify(current)) this.put(q.target, q.path, def);
      return def;
    }
    if (!this.interactive) {
      this.noteMissing(q);
      return undefined;
    }
    this.resuming(q.target);
    const p = await this.prompter();
    const offered = def ?? q.suggest?.();
    // An optional question says that Enter skips it, unless Enter takes what is offered.
    const hint = q.hint ?? (q.optional && offered === undefined ? (q.blank ?? this.t('prompts.optional')) : undefined);
    const raw = await p.input({
      message: q.message,
      ...(offered !== undefined ? { default: show(offered) } : {}),
      ...(q.multiline ? { multiline: true } : {}),
      ...(hint ? { hint } : {}),
      validate: (text) => {
        const v = text.trim();
        if (v === '') return q.optional ? true : this.t('prompts.required');
        const parsed = parse(v);
        return parsed.ok ? check(parsed.value) : parsed.message;
      },
    });
    this.markAsked(q.target, q.path);
    const v = raw.trim();
    if (v === '') return undefined;
    const parsed = parse(v);
    if (!parsed.ok) return undefined;
    if (JSON.stringify(parsed.value) !== JSON.stringify(current)) this.put(q.target, q.path, parsed.value);
    return parsed.value;
  }

  text(q: Ask<string>): Promise<string | undefined> {
    const tidy = q.normalize ?? ((raw: string) => raw);
    return this.askTyped(q, (raw) => ({ ok: true, value: tidy(raw.normalize('NFC')) }), String);
  }

  date(q: Ask<string>): Promise<string | undefined> {
    const format = this.t('prompts.date-format');
    const message = /\)$/.test(q.message)
      ? q.message.replace(/\(([^()]*)\)$/, `(${format}; $1)`)
      : `${q.message} (${format})`;
    return this.askTyped(
      { ...q, message },
      (raw) => {
        if (isDate(raw)) return { ok: true, value: raw };
        // As check says it; the example is today, the day the person is most likely to write.
        const issue = dateIssue(raw);
        const message =
          issue.id === 'schema.format.date'
            ? this.explain('prompts.date-invalid', { today: this.today })
            : this.explain(issue.id, issue.params);
        return { ok: false, message };
      },
      String,
    );
  }

  int(q: Ask<number>): Promise<number | undefined> {
    return this.askTyped(
      q,
      (raw) => {
        const clean = raw.replace(/[\s,]/g, '');
        return /^-?\d+$/.test(clean)
          ? { ok: true, value: Number(clean) }
          : { ok: false, message: this.t('prompts.not-integer') };
      },
      String,
    );
  }

  number(q: Ask<number>): Promise<number | undefined> {
    return this.askTyped(
      q,
      (raw) => {
        const clean = raw.replace(/[\s,]/g, '');
        return /^-?\d+(\.\d+)?$/.test(clean)
          ? { ok: true, value: Number(clean) }
          : { ok: false, message: this.t('prompts.not-number') };
      },
      String,
    );
  }

  /** A list of codes typed on one line: `es, en`. */
  codes(q: Ask<string[]> & { upper?: boolean }): Promise<string[] | undefined> {
    return this.askTyped(
      q,
      (raw) => {
        const list = raw
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((c) => (q.upper ? c.toUpperCase() : c.toLowerCase()));
        return { ok: true, value: [...new Set(list)] };
      },
      (v) => v.join(', '),
    );
  }

  /**
   * Free text that reaches documents: asked in each document language, Spanish first as the hint. A
   * default given as a function is asked again before each language, with the answers so far.
   */
  async langText(
    q: Omit<Ask<string>, 'default'> & {
      default?: Record<string, string> | ((answered: Record<string, string>) => Record<string, string> | undefined);
    },
  ): Promise<string | Record<string, string> | undefined> {
    const langs = q.target.langs ?? this.o.docLangs;
    const current = this.valueAt(q.target, q.path);
    const single = langs.length === 1 && langs[0] === 'es';
    if (
      (this.isAnswered(q.target, q.path, true) && !this.o.revisit) ||
      (this.skipOptional(q.target, single ? q.path : [...q.path, 'es'], q.optional) && !filled(current))
    )
      return current as string | Record<string, string> | undefined;
    const map: Record<string, string> =
      typeof current === 'string'
        ? { es: current }
        : isPlainObject(current)
          ? { ...(current as Record<string, string>) }
          : {};
    for (const lang of langs) {
      const path = single ? q.path : [...q.path, lang];
      if (filled(map[lang]) && !this.o.revisit) continue;
      const defaults = (typeof q.default === 'function' ? q.default({ ...map }) : q.default) ?? {};
      const own = map[lang] ?? defaults[lang];
      const def = own ?? (lang !== 'es' ? map.es : undefined);
      // «Lema [inglés] (Tierra de trabajo)»: the language before any note; the other languages
      // take the Spanish as their default, so "Enter to skip" does not apply to them: they say so.
      const [, stem = q.message, note = ''] = /^(.*?)(\s*\([^)]*\))?$/.exec(q.message) ?? [];
      const copied = own === undefined && def !== undefined;
      const label = single ? q.message : `${stem} [${languageName(lang, this.o.lang)}]${lang === 'es' ? note : ''}`;
      // A bare string in the file (Spanish) becomes a map when a second language is added (never
      // without a terminal or --yes, where nothing is added).
      if (!single && (this.interactive || this.o.yes) && typeof this.valueAt(q.target, q.path) === 'string') {
        const es = this.valueAt(q.target, q.path) as string;
        this.put(q.target, q.path, { es });
      }
      const got = await this.text({
        target: q.target,
        path,
        message: label,
        ...(def !== undefined ? { default: def } : {}),
        ...(copied ? { hint: this.t('prompts.lang.spanish-default') } : {}),
        ...(q.blank ? { blank: q.blank } : {}),
        // Only Spanish may stop the question: the other languages default to it.
        optional: lang === 'es' ? q.optional : true,
        multiline: true,
        ...(q.check ? { check: q.check } : {}),
      });
      if (got === undefined) {
        if (lang === 'es') return undefined;
        continue;
      }
      map[lang] = got;
    }
    return single ? map.es : map;
  }

  /**
   * A closed list: an enum of the schema or ids known to the workspace. With `again`, a recorded value
   * is asked again on a terminal, once (not after an interrupted run asked it), offering `suggest`'s
   * choice, else the recorded one; with --yes or without a terminal it stands, and is missing when
   * `again.stale` says it no longer answers the question.
   */
  async select<T>(
    q: Ask<T> & { choices: Choice<T>[]; again?: { stale: (current: T) => boolean } },
  ): Promise<T | undefined> {
    const current = this.valueAt(q.target, q.path) as T | undefined;
    const again = q.again !== undefined && filled(current) && !(q.target.askedBefore?.has(formatPath(q.path)) ?? false);
    if ((filled(current) && !this.o.revisit && !again) || this.skipOptional(q.target, q.path, q.optional))
      return current;
    if (again && (this.o.yes || !this.interactive)) {
      if (q.again?.stale(current as T)) this.noteMissing(q);
      return current;
    }
    const def = again ? (q.suggest?.() ?? current) : filled(current) ? current : this.resolveDefault(q);
    if (this.o.yes && def !== undefined && this.validate(q.target, q.path, def) === true) {
      if (this.interactive) this.say(`${q.message}: ${q.choices.find((c) => c.value === def)?.name ?? String(def)}`);
      if (def !== current) this.put(q.target, q.path, def);
      return def;
    }
    if (!this.interactive) {
      this.noteMissing(q);
      return undefined;
    }
    this.resuming(q.target);
    const p = await this.prompter();
    const none = Symbol('none') as unknown as T;
    const choices = q.optional ? [...q.choices, { value: none, name: this.t('prompts.skip') }] : q.choices;
    for (;;) {
      const value = await p.select<T>({ message: q.message, choices, ...(def !== undefined ? { default: def } : {}) });
      this.markAsked(q.target, q.path);
      if (value === none) return undefined;
      const ok = q.check?.(value) ?? this.validate(q.target, q.path, value);
      if (ok !== true) {
        this.say(`  ✗ ${ok}`);
        continue;
      }
      if (value !== current) this.put(q.target, q.path, value);
      return value;
    }
  }

  /** A yes/no fact stored in the file. */
  async flag(q: Ask<boolean>): Promise<boolean | undefined> {
    const current = this.valueAt(q.target, q.path) as boolean | undefined;
    if (typeof current === 'boolean' && !this.o.revisit) return current;
    const def = typeof current === 'boolean' ? current : this.resolveDefault(q);
    if (this.o.yes && def !== undefined) {
      if (this.interactive) this.say(`${q.message}: ${def ? this.t('prompts.yes') : this.t('prompts.no')}`);
      if (def !== current) this.put(q.target, q.path, def);
      return def;
    }
    if (!this.interactive) {
      this.noteMissing(q);
      return undefined;
    }
    this.resuming(q.target);
    const value = await (await this.prompter()).confirm({
      message: q.message,
      ...(def !== undefined ? { default: def } : {}),
    });
    if (value !== current) this.put(q.target, q.path, value);
    return value;
  }

  /**
   * A question about the world that is not stored ("has the answer arrived?"): open when any of the
   * facts behind it is recorded; without a terminal, closed.
   */
  async gate(
    messageText: string,
    facts: { target: Target; path: FieldPath; label?: string }[],
    def = false,
  ): Promise<boolean> {
    if (facts.some((f) => filled(this.valueAt(f.target, f.path)))) return true;
    if (!this.interactive) {
      for (const f of facts) this.noteMissing({ target: f.target, path: f.path, message: f.label ?? messageText });
      return false;
    }
    for (const f of facts) this.resuming(f.target);
    return (await this.prompter()).confirm({ message: messageText, default: def });
  }

  /** "Add another?": never without a terminal. `target`: the file the answer adds to. */
  async more(messageText: string, def = false, target?: Target): Promise<boolean> {
    if (!this.interactive || this.o.yes) return false;
    if (target) this.resuming(target);
    return (await this.prompter()).confirm({ message: messageText, default: def });
  }

  /**
   * "Is there an X to record?" for an optional group stored at `path`: open when the group is already
   * recorded; asked once (a "no" is remembered until the run ends, so a resumed run goes on past it);
   * closed without a terminal or with --yes.
   */
  async optIn(target: Target, path: FieldPath, messageText: string, def = false): Promise<boolean> {
    if (filled(this.valueAt(target, path))) return true;
    if (this.skipOptional(target, path, true)) return false;
    const add = await this.more(messageText, def, target);
    this.markAsked(target, path);
    return add;
  }

  /** A choice that is not stored (a case to work on). */
  async choose<T>(messageText: string, choices: Choice<T>[], def?: T): Promise<T> {
    return (await this.prompter()).select<T>({
      message: messageText,
      choices,
      ...(def !== undefined ? { default: def } : {}),
    });
  }

  /**
   * A repeated group: the items already there stand; a half-answered last item is finished first;
   * then items are added while the user says so. `required` lists ask the first item without asking.
   */
  async loop(options: {
    target: Target;
    path: FieldPath;
    required: boolean;
    first: string;
    another: string;
    item: (index: number) => Promise<boolean | undefined>;
  }): Promise<number> {
    const { target, path } = options;
    const list = () => (this.valueAt(target, path) as unknown[] | undefined) ?? [];
    let n = list().length;
    // Unfinished: answers of the last item wait for their group, or an interrupted run was asking it
    // (or whether to add another) when Ctrl+C came: the «no» that ends the loop is recorded below.
    const last = formatPath([...path, n - 1]);
    const incomplete =
      n > 0 &&
      (target.pending.some((p) => startsWith(p.path, [...path, n - 1])) ||
        ([...(target.askedBefore ?? [])].some((a) => a.startsWith(`${last}.`) || a.startsWith(`${last}[`)) &&
          !target.askedBefore?.has(formatPath([...path, n]))));
    if (incomplete) await options.item(n - 1);
    else if (n > 0 && !this.o.revisit) return n;
    n = list().length;
    if (n === 0) {
      if (!options.required) {
        if (this.skipOptional(target, path, true)) return 0;
        const add = await this.more(options.first, false, target);
        this.markAsked(target, path);
        if (!add) return 0;
      }
      if (options.required && !this.interactive && !this.o.yes) {
        await options.item(0);
        return list().length;
      }
      const ok = await options.item(0);
      if (ok === false || list().length === 0) return list().length;
    }
    while (await this.more(options.another, false, target)) {
      const before = list().length;
      await options.item(before);
      if (list().length === before) break;
    }
    // No further item: remembered as the question of the next one, answered.
    this.markAsked(target, [...path, list().length]);
    return list().length;
  }
}
