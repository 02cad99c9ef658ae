// `linkage init`: plans the files of a new workspace from answers, then applies the plan atomically.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { localStepFindings } from '../process/rules/unknown-step.js';
import { sha256 } from '../workspace/hash.js';
import { CASES_DIR, WORKSPACE_FILE } from '../workspace/load.js';
import { newYamlFile } from '../workspace/new-file.js';
import { packageRoot } from '../workspace/package-root.js';
import { toPosix } from '../workspace/paths.js';
import { readOrRefuse } from '../workspace/read-file.js';
import { repositoryRoot } from '../workspace/root.js';
import { SCHEMA_VERSION, type WorkspaceFile } from '../workspace/schema.js';
import { applyPlan, type PlannedWrite, packageSchemas, SCHEMAS_DIR, type WritePlan } from '../workspace/write.js';
import {
  type Answers,
  type AnswersReview,
  type AnswersSource,
  answerFindings,
  isPlainObject,
  mergeAnswers,
  type RequiredAnswer,
  reviewAnswers,
} from './answers.js';

/**
 * Settings always take these defaults where the answers say nothing, with or without --yes: they are
 * preferences the user can change later in linkage.yaml, not facts to ask about. (--yes will matter to
 * the guided prompts, which skip the questions that have a default.)
 */
export const DEFAULT_SETTINGS = {
  languages: ['es', 'en'],
  uiLang: 'es',
  timezone: 'America/Mexico_City',
  pageSize: 'Letter',
  council: { majority: 'simple', beyondTermMajority: 'two-thirds' },
  order: 'council-first',
  coSigners: ['sindico', 'secretary'],
  contactWarningMonths: 6,
} as const;

const hasPresident = (v: unknown) => Array.isArray(v) && v.some((o) => isPlainObject(o) && o.role === 'president');

/** Facts about the municipality that no default can supply. */
export const INIT_REQUIRED: RequiredAnswer[] = [
  { path: ['municipality', 'name'] },
  { path: ['municipality', 'state'] },
  { path: ['municipality', 'inegiCode'] },
  { path: ['administrations', 0, 'id'] },
  { path: ['administrations', 0, 'period', 'start'] },
  { path: ['administrations', 0, 'period', 'end'] },
  {
    path: ['administrations', 0, 'officials'],
    label: 'administrations[0].officials (president)',
    answered: hasPresident,
  },
];

export const WORKFLOW_FILE = '.github/workflows/linkage.yml';
const GITIGNORE_LINES = ['out/', '.linkage-cache/'];
// Evidence is hashed byte for byte: a text scan (an .eml, a .txt) that git gave LF endings in the
// repository would fail the CI checkout's check against the hash recorded from the CRLF original.
const GITATTRIBUTES_LINES = [
  '* text=auto eol=lf',
  '*.pdf binary',
  '*.png binary',
  '*.jpg binary',
  '**/evidence/** -text',
];

export interface InitOptions {
  /** Absolute folder of the new workspace (created when missing). */
  dir: string;
  answers?: AnswersSource;
  yes?: boolean;
  /** The version of linkage-mx writing the workspace, pinned in the CI workflow. */
  version: string;
}

export type InitPlan =
  | { ok: false; review: AnswersReview }
  | {
      ok: true;
      config: WorkspaceFile;
      plan: WritePlan;
      /** Workspace-relative files the plan writes, and the ones that existed and were left alone. */
      created: string[];
      kept: string[];
      /**
       * The repository the workspace lies in below its root (a state office's `munis/leon`): GitHub
       * reads workflows only from the root's .github/workflows/, so the one written here is to be moved.
       */
      repository?: { root: string; workspace: string };
      /** The workspace lies in no git repository: the user is told how to put it in one. */
      outsideGit?: true;
    };

/** The merged linkage.yaml: settings defaults, then the answers; the schema version is always ours. */
export function initConfig(answers: Answers): Answers {
  const merged = mergeAnswers({ schemaVersion: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS } }, answers);
  return { ...merged, schemaVersion: SCHEMA_VERSION };
}

export function planInit(options: InitOptions): InitPlan {
  const { dir } = options;
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UserError('file.unwritable', { file: dir, code: 'ENOTDIR' }, 2);
  }
  if (existsSync(join(dir, WORKSPACE_FILE))) throw new UserError('workspace.exists', { dir }, 2);
  const config = initConfig(options.answers?.value ?? {});
  const review = reviewAnswers({
    kind: 'workspace',
    value: config,
    required: INIT_REQUIRED,
    source: options.answers,
  });
  if (review.missing.length > 0 || review.issues.length > 0) return { ok: false, review };
  const locals = (config as WorkspaceFile).localSteps ?? [];
  const steps = answerFindings(localStepFindings(locals, 'init.unknown-after'), options.answers);
  if (steps.length > 0) return { ok: false, review: { missing: [], issues: steps } };

  const writes: PlannedWrite[] = [];
  const kept: string[] = [];
  writes.push({
    file: WORKSPACE_FILE,
    content: newYamlFile('workspace', config, `${SCHEMAS_DIR}/workspace.schema.json`),
    expected: null,
  });
  if (!existsSync(join(dir, CASES_DIR))) writes.push({ file: `${CASES_DIR}/.gitkeep`, content: '', expected: null });
  for (const [file, lines] of [
    ['.gitignore', GITIGNORE_LINES],
    ['.gitattributes', GITATTRIBUTES_LINES],
  ] as const) {
    const write = ensureLines(dir, file, lines);
    if (write) writes.push(write);
    else kept.push(file);
  }
  // Ours to refresh: always the schemas of the version that wrote the workspace.
  for (const { name, content } of packageSchemas()) writes.push({ file: `${SCHEMAS_DIR}/${name}`, content });
  const repo = repositoryRoot(dir);
  const repository =
    repo !== undefined && repo !== resolve(dir) ? { root: repo, workspace: toPosix(relative(repo, dir)) } : undefined;
  if (existsSync(join(dir, WORKFLOW_FILE))) kept.push(WORKFLOW_FILE);
  else
    writes.push({ file: WORKFLOW_FILE, content: workflowText(options.version, repository?.workspace), expected: null });

  return {
    ok: true,
    config: config as WorkspaceFile,
    plan: { root: dir, writes },
    created: writes.map((w) => w.file),
    kept,
    ...(repository ? { repository } : {}),
    ...(repo === undefined ? { outsideGit: true as const } : {}),
  };
}

export function runInit(options: InitOptions): InitPlan {
  const planned = planInit(options);
  if (planned.ok) applyPlan(planned.plan);
  return planned;
}

/** Appends the lines a file lacks (a repository may already have a .gitignore); undefined if none. */
function ensureLines(dir: string, file: string, lines: readonly string[]): PlannedWrite | undefined {
  const abs = join(dir, file);
  if (!existsSync(abs)) return { file, content: `${lines.join('\n')}\n`, expected: null };
  const bytes = readOrRefuse(abs);
  const text = bytes.toString('utf8');
  const have = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  const lacking = lines.filter((l) => !have.has(l));
  if (lacking.length === 0) return undefined;
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  return { file, content: `${text}${sep}${lacking.join('\n')}\n`, expected: sha256(bytes) };
}

/**
 * The CI workflow from templates/workflow/, with the version that wrote it pinned; its steps run in
 * `workspace` (the workspace's folder from the repository's root) when it is not the root, and its
 * name says which workspace it checks (a state office's repository holds several, each with its own).
 */
export function workflowText(version: string, workspace?: string): string {
  const template = readFileSync(join(packageRoot(), 'templates', 'workflow', 'linkage.yml'), 'utf8');
  const folder = workspace === undefined || /^[\w./-]+$/.test(workspace) ? workspace : JSON.stringify(workspace);
  const defaults = folder === undefined ? '' : `    defaults:\n      run:\n        working-directory: ${folder}\n`;
  const name = folder === undefined ? 'linkage' : JSON.stringify(`linkage (${workspace})`);
  return template
    .replaceAll('{{version}}', version)
    .replace('{{name}}', name)
    .replace(/{{defaults}}\r?\n/, defaults);
}
