import { type CaseBundle, WORKSPACE_FILE } from '../../workspace/load.js';
import { locateProblems } from '../../workspace/locate.js';
import { caseKey, type FileHash, type Memo, workspaceKey } from '../../workspace/memo.js';
import { isProblem, type Problem } from '../../workspace/problems.js';
import { stepsFor } from '../steps.js';
import { agreementText } from './agreement-text.js';
import { agreementVersions } from './agreement-versions.js';
import { aopActivities } from './aop-activities.js';
import { aopActivityDates } from './aop-activity-dates.js';
import { aopArea } from './aop-area.js';
import { aopBudgetTotals } from './aop-budget-totals.js';
import { aopEveryYear } from './aop-every-year.js';
import { aopFirst } from './aop-first.js';
import { aopResults } from './aop-results.js';
import { aopYear } from './aop-year.js';
import { areaPlanInForce } from './area-plan-in-force.js';
import { areaPriority } from './area-priority.js';
import { coatOfArms } from './coat-of-arms.js';
import { councilMajority } from './council-majority.js';
import { counterpartNature } from './counterpart-nature.js';
import { documentLanguages } from './document-languages.js';
import { eventDates } from './event-dates.js';
import { fonts } from './fonts.js';
import { foreignJurisdiction } from './foreign-jurisdiction.js';
import { caseRefs, evidencePath, type FileRef, hashes, rememberRefs, workspaceRefs } from './hashes.js';
import { isoCodes } from './iso-codes.js';
import { languageVersions } from './language-versions.js';
import { late } from './late.js';
import { liaisonContact } from './liaison-contact.js';
import { agreementFile } from './locate.js';
import { mayorTerms } from './mayor-terms.js';
import { noticePeriod } from './notice-period.js';
import { processOrder, signedTextDiffers } from './process-order.js';
import { requiredFacts } from './required-facts.js';
import { resubmittedText } from './resubmitted-text.js';
import { signersInOffice } from './signers-in-office.js';
import { termExpired } from './term-expired.js';
import type { Finding, Rule, RuleContext } from './types.js';
import { unansweredObservations } from './unanswered-observations.js';
import { unknownStep } from './unknown-step.js';

/** Every `check` rule, in the order their findings are listed. */
export const RULES: Rule[] = [
  processOrder,
  signedTextDiffers,
  unansweredObservations,
  resubmittedText,
  requiredFacts,
  eventDates,
  agreementVersions,
  agreementText,
  languageVersions,
  foreignJurisdiction,
  councilMajority,
  counterpartNature,
  areaPriority,
  unknownStep,
  isoCodes,
  aopYear,
  evidencePath,
  hashes,
  coatOfArms,
  fonts,
  liaisonContact,
  documentLanguages,
  mayorTerms,
  signersInOffice,
  late,
  termExpired,
  noticePeriod,
  areaPlanInForce,
  aopFirst,
  aopEveryYear,
  aopResults,
  aopActivities,
  aopArea,
  aopActivityDates,
  aopBudgetTotals,
];

/**
 * References as the memo keeps them: without their descriptions, which only the handover reads (it
 * finds the references afresh). A third of the memo of a 1k check was descriptions.
 */
const memoRefs = (refs: FileRef[]): FileRef[] => refs.map(({ description: _, ...ref }) => ref);

/** Each rule's problems, in the order of RULES; null for a rule left to run elsewhere. */
type Own = (Problem[] | null)[];

/** What the memo keeps of a case: each case rule's problems (null for rules that read files), and its evidence references. */
export interface CaseFindings {
  problems: Own;
  refs: FileRef[];
}

/**
 * What a parse thread finds of a case for `check`: what the memo keeps, and for this run only (never
 * memoised: evidence changes without its YAML) what the rules that read files found, each rule's
 * problems located (null for the other rules), and the hashes of the files they read, for the hash
 * memo. The main thread then has none of those files to read after the parallel parse, on one core.
 */
export interface DerivedFindings extends CaseFindings {
  files: { problems: Own; hashes: FileHash[] };
}

export const isCaseFindings = (v: unknown): v is CaseFindings =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as CaseFindings).refs) &&
  Array.isArray((v as CaseFindings).problems) &&
  (v as CaseFindings).problems.length === RULES.length &&
  (v as CaseFindings).problems.every((p) => p === null || (Array.isArray(p) && p.every(isProblem)));

/** A rule's findings as problems. */
const problemsOf = (rule: Rule, findings: Finding[]): Problem[] =>
  findings.map((f) => {
    const law = f.law ?? rule.law;
    return {
      severity: f.severity ?? rule.severity,
      id: f.id ?? `rule.${rule.id}`,
      params: f.params ?? {},
      file: f.file,
      ...(f.path ? { path: f.path } : {}),
      ...(f.atKey ? { atKey: f.atKey } : {}),
      ...(f.other ? { other: f.other } : {}),
      rule: rule.id,
      ...(law ? { law } : {}),
    };
  });

/**
 * Whether a case's rules can judge it: its case.yaml loaded, and its agreement.yaml, when it has one,
 * too. Without the text's value the rules would report the agreement as missing (its versions, every
 * hash case.yaml records): the file's own problems say what to fix, and the rules on the YAML wait
 * for it; those that read the case's files (evidence, issued documents) still run.
 */
export const checkable = (bundle: CaseBundle): boolean => bundle.case !== null && !agreementBroken(bundle);

const agreementBroken = (bundle: CaseBundle): boolean =>
  bundle.problems.some((p) => p.severity === 'error' && p.file === agreementFile(bundle));

/** The context the rules run in: the workspace's steps added. */
export const ruleContext = (ctx: Omit<RuleContext, 'steps'>): RuleContext => ({
  ...ctx,
  steps: stepsFor(ctx.ws.config),
});

/**
 * Each case rule's problems on a loadable case: of the rules that depend on its YAML alone (null for
 * the others), or with `readingFiles` of the rules that read files.
 */
const ownOfCase = (full: RuleContext, bundle: CaseBundle, readingFiles = false): Own =>
  RULES.map((rule) =>
    rule.case && Boolean(rule.readsFiles) === readingFiles ? problemsOf(rule, rule.case(full, bundle)) : null,
  );

/**
 * What the memo keeps of a loadable case, located (in `texts` where given: its files as its parse
 * read them): also what a parse worker derives for `check`.
 */
export const caseFindings = (
  full: RuleContext,
  bundle: CaseBundle,
  texts?: ReadonlyMap<string, string>,
): CaseFindings => ({
  problems: locatedPerRule(full.ws.root, ownOfCase(full, bundle), texts),
  refs: memoRefs(caseRefs(full.ws, bundle)),
});

/** `caseFindings`, and the findings of the rules that read files (`hashes`: what those hashed for this case). */
export const derivedFindings = (
  full: RuleContext,
  bundle: CaseBundle,
  texts: ReadonlyMap<string, string> | undefined,
  hashes: () => FileHash[],
): DerivedFindings => ({
  ...caseFindings(full, bundle, texts),
  files: { problems: locatedPerRule(full.ws.root, ownOfCase(full, bundle, true), texts), hashes: hashes() },
});

/**
 * Runs every rule over the workspace and each loadable case. With a memo (`check`), a case whose
 * files are unchanged (memo.ts caseKey) takes the problems of the rules that depend on its YAML
 * alone from it, already located; rules that read other files (evidence, issued documents) run
 * every time, on the memoised references. `derived`: what a parse worker found for a case, taken
 * like a memo entry (and stored as one).
 */
export function runRules(
  ctx: Omit<RuleContext, 'steps'>,
  memo?: Memo<CaseFindings>,
  derived?: (bundle: CaseBundle) => DerivedFindings | undefined,
  rememberHashes?: (found: FileHash[]) => void,
): Problem[] {
  // Without linkage.yaml's value (it did not load), the rules would judge every case against no
  // workspace: one syntax error would come back as a cascade (Phase 1 "incomplete", local steps
  // "unknown", blanks in the text). Its own problem says what to fix; the rules wait for it.
  if (!ctx.ws.config) return [{ severity: 'warning', id: 'check.rules-waiting', params: {}, file: WORKSPACE_FILE }];
  const full = ruleContext(ctx);
  // Only loadable cases are checked; one found in the memo was, with the same files, so its value
  // need not be built to tell.
  const perCase = ctx.ws.cases.flatMap((b): { bundle: CaseBundle; problems: Own; files?: Own }[] => {
    const key = memo && caseKey(ctx.ws, b, ctx.today);
    let files: DerivedFindings['files'] | undefined;
    const stored = memo?.recall(b.slug, key, () => {
      const found = derived?.(b);
      if (!found) return undefined;
      ({ files } = found);
      return { problems: found.problems, refs: found.refs };
    });
    if (files) rememberHashes?.(files.hashes);
    if (stored) {
      rememberRefs(b, stored.refs);
      return [{ bundle: b, problems: stored.problems, ...(files ? { files: files.problems } : {}) }];
    }
    if (!b.case) return [];
    if (!checkable(b)) return [{ bundle: b, problems: RULES.map((rule) => (rule.readsFiles ? null : [])) }];
    if (key && memo) {
      const findings = caseFindings(full, b);
      memo.set(b.slug, key, findings);
      return [{ bundle: b, problems: findings.problems }];
    }
    return [{ bundle: b, problems: ownOfCase(full, b) }];
  });
  const ownOfWorkspace = workspaceProblems(ctx, ctx.ws.config ? memo : undefined, () =>
    RULES.map((rule) =>
      rule.workspace && !rule.readsFiles && ctx.ws.config ? problemsOf(rule, rule.workspace(full)) : null,
    ),
  );
  // The problems first: a case's value is built on demand, and a warm run builds none.
  const waiting: Problem[] = ctx.ws.cases
    .filter((b) => agreementBroken(b) && b.case)
    .map((b) => ({
      severity: 'warning',
      id: 'check.case-rules-waiting',
      params: { slug: b.slug },
      file: agreementFile(b),
    }));
  // Rule by rule, the workspace's then each case's, pushed into one list: a flatMap over every case
  // for each rule made ≈35 arrays per case (11 ms of a cold 1k check's serial tail).
  const all: Problem[] = [];
  const add = (found: Problem[]) => {
    for (let k = 0; k < found.length; k++) all.push(found[k] as Problem);
  };
  RULES.forEach((rule, i) => {
    add(ownOfWorkspace[i] ?? (rule.workspace && ctx.ws.config ? problemsOf(rule, rule.workspace(full)) : []));
    for (const { bundle, problems: own, files } of perCase) {
      add(own[i] ?? files?.[i] ?? (rule.case ? problemsOf(rule, rule.case(full, bundle)) : []));
    }
  });
  add(waiting);
  return all;
}

/** The memo's name for the workspace's own findings: no case is called that (dot folders are skipped). */
const WORKSPACE_ENTRY = '.workspace';

/**
 * The findings of the rules over linkage.yaml and profile.yaml alone, per rule (null where a rule has
 * none to give or reads other files), and linkage.yaml's evidence references, from the memo while
 * those files and the day are the same: a warm check neither parses linkage.yaml's fields, nor asks
 * ICU (iso-codes), nor derives the workspace's steps.
 */
function workspaceProblems(ctx: Omit<RuleContext, 'steps'>, memo: Memo<CaseFindings> | undefined, run: () => Own): Own {
  const key = memo && workspaceKey(ctx.ws, ctx.today);
  const stored = key ? memo?.get(WORKSPACE_ENTRY, key) : undefined;
  if (stored) {
    rememberRefs(ctx.ws, stored.refs);
    return stored.problems;
  }
  const own = run();
  if (!key || !memo) return own;
  const located = locatedPerRule(ctx.ws.root, own);
  memo.set(WORKSPACE_ENTRY, key, { problems: located, refs: memoRefs(workspaceRefs(ctx.ws)) });
  return located;
}

/** Per-rule problems given their line and column, so that a warm check reads no file to place them. */
function locatedPerRule(root: string, own: Own, texts?: ReadonlyMap<string, string>): Own {
  const all = locateProblems(
    root,
    own.flatMap((p) => p ?? []),
    texts,
  );
  let at = 0;
  return own.map((p) => {
    if (!p) return null;
    at += p.length;
    return p.length === 0 ? NONE : all.slice(at - p.length, at);
  });
}

/**
 * A rule's findings when it has none, shared: most rules find nothing in most cases, and a parse
 * thread keeps what it found of each case until its workspace is done (≈30 empty lists a case).
 */
const NONE: Problem[] = Object.freeze([]) as unknown as Problem[];
