// Which case a guided command works on: the one named, the case folder the user stands in, Phase 1
// when `next` finds it incomplete, the only case, or else a choice among them.
import { UserError } from '../errors.js';
import { deriveCaseStatus, deriveWorkspaceSteps } from '../process/status.js';
import type { Bilingual } from '../process/steps.js';
import type { Workspace } from '../workspace/load.js';
import { caseFromCwd, namedCase } from './common.js';

export interface CaseChoice {
  slug: string;
  /** The city's name in each UI language. */
  city: Bilingual;
  /** The next step's title in each UI language, or the closed state. */
  next?: Bilingual;
  closed?: string;
}

export type CaseTarget = { kind: 'case'; slug: string } | { kind: 'phase1' } | { kind: 'pick'; cases: CaseChoice[] };

export function caseChoices(ws: Workspace, today: string): CaseChoice[] {
  return ws.cases.map((b) => {
    const status = deriveCaseStatus(ws, b, today);
    return {
      slug: b.slug,
      city: status.cityIn,
      ...(status.closed ? { closed: status.closed.state } : status.next[0] ? { next: status.next[0].step.title } : {}),
    };
  });
}

export interface ChooseOptions {
  cwd: string;
  slug?: string;
  today: string;
  /** `next`: with no case, an incomplete Phase 1 comes first. */
  phase1?: boolean;
  /** `next --step`: a workspace step needs no case. */
  workspaceStep?: boolean;
}

export function chooseCase(ws: Workspace, o: ChooseOptions): CaseTarget {
  const slugs = ws.cases.map((c) => c.slug);
  if (o.slug !== undefined) return { kind: 'case', slug: namedCase(ws, o.slug) };
  if (o.workspaceStep) return { kind: 'phase1' };
  const here = caseFromCwd(ws.root, o.cwd);
  if (here && slugs.includes(here)) return { kind: 'case', slug: here };
  if (o.phase1 && deriveWorkspaceSteps(ws, o.today).some((s) => s.state !== 'done')) return { kind: 'phase1' };
  if (slugs.length === 0) {
    if (o.phase1) return { kind: 'phase1' };
    throw new UserError('cli.no-cases', { root: ws.root });
  }
  if (slugs.length === 1) return { kind: 'case', slug: slugs[0] as string };
  const choices = caseChoices(ws, o.today);
  // Open cases first: they are the ones with something to record.
  choices.sort((a, b) => Number(a.closed !== undefined) - Number(b.closed !== undefined));
  return { kind: 'pick', cases: choices };
}

/** Without a terminal there is no picker: the cases are listed and the user names one. */
export function needCase(ws: Workspace): UserError {
  return new UserError('cli.need-case', { root: ws.root, cases: ws.cases.map((c) => c.slug).join(', ') }, 2);
}
