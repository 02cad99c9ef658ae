// `linkage aop new <case> [year]`: plans next year's Annual Operational Program from this year's
// unfinished activities (process/aop.ts says how they carry over), then writes it atomically.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { agreementTerm, aopYearRefusal, nextAopValue } from '../process/aop.js';
import { yearOf } from '../process/dates.js';
import { signatureDate } from '../process/steps.js';
import type { CaseBundle, Workspace } from '../workspace/load.js';
import { caseSchemaRef, newYamlFile } from '../workspace/new-file.js';
import { caseFilePath } from '../workspace/root.js';
import type { AopFile } from '../workspace/schema.js';
import { applyPlan, type WritePlan } from '../workspace/write.js';

/** A first program's starting point, where there is no previous one to carry: the model agreement's. */
const FIRST = {
  objectives: [
    {
      es: 'Poner en marcha la cooperación en las áreas del acuerdo.',
      en: 'Put the cooperation in the areas of the agreement into practice.',
    },
  ],
  followUp: {
    es: 'Reunión anual de las Partes para evaluar el programa y fijar nuevas líneas de acción; informe a la SRE.',
    en: 'Yearly meeting of the Parties to evaluate the program and set new directions; report to the SRE.',
  },
};

export interface AopNewPlan {
  slug: string;
  year: number;
  /** Workspace-relative path of the new file. */
  file: string;
  /** The program the activities came from, if any. */
  from?: number;
  /** Ids of the activities carried over. */
  carried: string[];
  value: AopFile;
  plan: WritePlan;
}

/** The year `aop new` starts when none is given: after the latest program, else the signature year. */
export function defaultAopYear(bundle: CaseBundle): number | undefined {
  const latest = bundle.aops
    .map((a) => a.year)
    .sort((a, b) => a - b)
    .at(-1);
  if (latest !== undefined) return latest + 1;
  const signed = signatureDate(bundle.case);
  return signed ? yearOf(signed) : undefined;
}

/**
 * Plans `cases/<slug>/aop/<year>.yaml`. Refuses a case that does not load or is not signed, a year before signature or
 * after the agreement ended, a file that exists, and a previous program that does not load.
 */
export function planAopNew(ws: Workspace, slug: string, year?: number): AopNewPlan {
  const bundle = ws.cases.find((c) => c.slug === slug);
  if (!bundle?.case)
    throw new UserError('aop-new.case-invalid', { slug }, 2, { file: join(ws.root, caseFilePath(slug)) });
  // Without a signature there is no default year; the refusal says why.
  const target = year ?? defaultAopYear(bundle) ?? 0;
  const refusal = aopYearRefusal(ws, bundle, bundle.case, target);
  if (refusal) throw refusal;
  const file = `${bundle.dir}/aop/${target}.yaml`;
  if (existsSync(join(ws.root, file)))
    throw new UserError('aop-new.exists', { year: target, slug }, 2, { file: join(ws.root, file) });
  const previous = bundle.aops
    .filter((a) => a.year < target)
    .sort((a, b) => a.year - b.year)
    .at(-1);
  if (previous && !previous.data)
    throw new UserError('aop-new.previous-invalid', {}, 2, { file: join(ws.root, previous.file) });
  const term = agreementTerm(bundle);
  const value = nextAopValue(target, previous?.data ?? undefined, FIRST, term.signed, term.ended);
  return {
    slug,
    year: target,
    file,
    ...(previous ? { from: previous.year } : {}),
    carried: value.activities.map((a) => a.id),
    value,
    plan: aopPlanFor(ws.root, file, value),
  };
}

/** Writing a new program: its schema line, its keys in schema order, and a file that must not exist. */
export function aopPlanFor(root: string, file: string, value: AopFile): WritePlan {
  const content = newYamlFile('aop', value as unknown as Record<string, unknown>, caseSchemaRef(root, 'aop'));
  return { root, writes: [{ file, content, expected: null }] };
}

/** Plans and, unless `dryRun`, writes the new program. */
export function runAopNew(ws: Workspace, slug: string, year?: number, dryRun = false): AopNewPlan {
  const planned = planAopNew(ws, slug, year);
  if (!dryRun) applyPlan(planned.plan);
  return planned;
}
