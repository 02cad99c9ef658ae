import type { Problem } from '../../workspace/problems.js';
import { stepsFor } from '../steps.js';
import { agreementText } from './agreement-text.js';
import { agreementVersions } from './agreement-versions.js';
import { aopActivityDates } from './aop-activity-dates.js';
import { aopArea } from './aop-area.js';
import { aopBudgetTotals } from './aop-budget-totals.js';
import { aopEveryYear } from './aop-every-year.js';
import { aopFirst } from './aop-first.js';
import { aopResults } from './aop-results.js';
import { aopYear } from './aop-year.js';
import { areaPlanInForce } from './area-plan-in-force.js';
import { areaPriority } from './area-priority.js';
import { councilMajority } from './council-majority.js';
import { counterpartNature } from './counterpart-nature.js';
import { eventDates } from './event-dates.js';
import { foreignJurisdiction } from './foreign-jurisdiction.js';
import { evidencePath, hashes } from './hashes.js';
import { isoCodes } from './iso-codes.js';
import { languageVersions } from './language-versions.js';
import { late } from './late.js';
import { processOrder, signedTextDiffers } from './process-order.js';
import { requiredFacts } from './required-facts.js';
import type { Rule, RuleContext } from './types.js';
import { unansweredObservations } from './unanswered-observations.js';
import { unknownStep } from './unknown-step.js';

/** Every `check` rule, in the order their findings are listed. */
export const RULES: Rule[] = [
  processOrder,
  signedTextDiffers,
  unansweredObservations,
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
  late,
  areaPlanInForce,
  aopFirst,
  aopEveryYear,
  aopResults,
  aopArea,
  aopActivityDates,
  aopBudgetTotals,
];

/** Runs every rule over the workspace and each loadable case. */
export function runRules(ctx: Omit<RuleContext, 'steps'>): Problem[] {
  const full: RuleContext = { ...ctx, steps: stepsFor(ctx.ws.config) };
  const problems: Problem[] = [];
  for (const rule of RULES) {
    const findings = [
      ...(rule.workspace && ctx.ws.config ? rule.workspace(full) : []),
      ...(rule.case
        ? ctx.ws.cases.filter((b) => b.case).flatMap((b) => (rule.case as NonNullable<Rule['case']>)(full, b))
        : []),
    ];
    for (const f of findings) {
      const law = f.law ?? rule.law;
      problems.push({
        severity: f.severity ?? rule.severity,
        id: f.id ?? `rule.${rule.id}`,
        params: f.params ?? {},
        file: f.file,
        ...(f.path ? { path: f.path } : {}),
        rule: rule.id,
        ...(law ? { law } : {}),
      });
    }
  }
  return problems;
}
