// `linkage init` on a terminal: the municipality first (kept in a draft until the workspace can be
// written by the same path as `init --answers`), then Phase 1 through `next`'s own questions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Answers, type AnswersSource, answersError, isPlainObject } from '../commands/answers.js';
import { type InitPlan, runInit } from '../commands/init.js';
import { UserError } from '../errors.js';
import { message } from '../ui/i18n.js';
import { loadWorkspace, WORKSPACE_FILE, type Workspace } from '../workspace/load.js';
import { type FlowOptions, makeSession, type WorkspaceFlow } from './context.js';
import { nextFlow } from './next.js';
import type { Session } from './session.js';
import { askMunicipality } from './workspace-steps.js';

export interface InitFlowOptions extends FlowOptions {
  /** The new workspace's folder (the session's root). */
  version: string;
  answers?: AnswersSource;
  /** Called once the workspace exists, before Phase 1 is asked. */
  onCreated?: (plan: Extract<InitPlan, { ok: true }>) => void;
}

export interface InitFlowResult {
  session: Session;
  /** The final linkage.yaml as answers: `init --answers` with it writes the same files. */
  answers: Answers;
  created: boolean;
}

const emptyWorkspace = (root: string): Workspace => ({
  root,
  config: null,
  profile: null,
  profileFile: WORKSPACE_FILE,
  cases: [],
  problems: [],
});

export async function initFlow(o: InitFlowOptions): Promise<InitFlowResult> {
  if (existsSync(join(o.root, WORKSPACE_FILE))) throw new UserError('workspace.exists', { dir: o.root }, 2);
  const s = makeSession(o, null);
  const config = s.open(WORKSPACE_FILE, 'workspace', { hold: true });
  if (o.answers && isPlainObject(o.answers.value)) config.base = o.answers.value;
  const f: WorkspaceFlow = { s, ws: emptyWorkspace(o.root), config, profile: { target: config, prefix: ['profile'] } };
  await askMunicipality(f);

  const value = s.value(config);
  const plan = runInit({
    dir: o.root,
    answers: { file: o.answers?.file ?? 'linkage.yaml', text: o.answers?.text ?? '', value },
    version: o.version,
  });
  if (!plan.ok) {
    throw (
      answersError(plan.review, o.answers, (id, params) => message(o.lang, id, params)) ??
      new Error('init: a failed review without a reason')
    );
  }
  s.dropDraft(config);
  o.onCreated?.(plan);

  // Phase 1 with the same questions `linkage next` asks, so an interruption resumes there.
  const ws = loadWorkspace(o.root, { only: [] });
  const { answers: _given, ...rest } = o;
  const phase1 = await nextFlow({ ...rest, ws });
  const final = phase1.session.targets.find((t) => t.file === WORKSPACE_FILE)?.base ?? value;
  const { schemaVersion: _, ...answers } = final;
  return { session: phase1.session, answers, created: true };
}
