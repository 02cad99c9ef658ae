// The Annual Operational Program both parties sign (activities, responsibilities, calendar,
// resources) and the report of its results told to society (results against targets, budget executed).
import { effectiveAgreement } from '../../agreement/effective.js';
import { countryName, dateRange, formatMoney, formatNumber, formatShare, longDate } from '../../intl.js';
import { aopSpan, budgetKey, budgetKeyParts, budgetSums, indicatorMet } from '../../process/aop.js';
import { aopHasResults, signatureDate } from '../../process/steps.js';
import { t } from '../../ui/i18n.js';
import type { AopEntry, CaseBundle, Workspace } from '../../workspace/load.js';
import { caseFilePath } from '../../workspace/root.js';
import type { AopFile, CaseFile } from '../../workspace/schema.js';
import {
  type CommonContext,
  escapeMarkdown,
  label,
  partyCaption,
  person,
  pick,
  pickOrNull,
  plain,
  raw,
  roleTitle,
  type Source,
} from './common.js';
import { cityName, mayorOn } from './letter.js';
import type { AopContextData, AopReportContextData } from './schema.js';

const SOURCES = {
  municipal: { es: 'Municipal', en: 'Municipal' },
  counterpart: { es: 'Contraparte', en: 'Counterpart' },
  'third-party': { es: 'Terceros', en: 'Third parties' },
  'in-kind': { es: 'En especie', en: 'In kind' },
};

/**
 * An activity's status as the AOP and its report print it: the words the prompts offer and the site
 * shows (catalog `enum.activity-status.*`), in the order the Gantt chart's legend lists them.
 */
const STATUSES = Object.fromEntries(
  (['planned', 'in-progress', 'done', 'postponed', 'cancelled'] as const).map((s) => [
    s,
    { es: t('es', `enum.activity-status.${s}`), en: t('en', `enum.activity-status.${s}`) },
  ]),
);

type Activity = AopFile['activities'][number];

/** The AOP file of `year`, or the case's latest when no year is given (loaded or not: generate says why not). */
export function aopOf(bundle: CaseBundle, year: number | undefined): AopEntry | undefined {
  return year === undefined ? bundle.aops.at(-1) : bundle.aops.find((a) => a.year === year);
}

/**
 * The latest AOP whose results are recorded (evaluated, every indicator with its actual, no activity
 * still planned: the `results` step). A later file that does not load is chosen instead, so that
 * generate names its errors rather than skip it.
 */
export function latestWithResults(bundle: CaseBundle): AopEntry | undefined {
  return bundle.aops.filter((a) => !a.data || aopHasResults(a)).at(-1);
}

function frame(ws: Workspace, bundle: CaseBundle, entry: AopEntry, lang: string) {
  const c = bundle.case as CaseFile;
  const aop = entry.data as AopFile;
  const at = (...path: (string | number)[]): Source => ({ file: entry.file, path });
  const period = aopSpan(aop);
  const signed = signatureDate(c);
  return {
    counterpart: {
      city: cityName(bundle, lang),
      country: escapeMarkdown(countryName(c.counterpart.country, lang)),
    },
    agreement: {
      title: escapeMarkdown(effectiveAgreement(ws.config, bundle).title[lang] ?? ''),
      signed: signed ? longDate(signed, lang) : null,
    },
    aop: {
      year: aop.year,
      period: escapeMarkdown(
        lang === 'es'
          ? `del ${longDate(period.start, lang)} al ${longDate(period.end, lang)}`
          : `${longDate(period.start, lang)}, to ${longDate(period.end, lang)}`,
      ),
      approved: aop.approved ? longDate(aop.approved, lang) : null,
      objectives: aop.objectives.map((o, i) => pick(o, lang, at('objectives', i))),
      followUp: pick(aop.followUp, lang, at('followUp')),
      resources: pickOrNull(aop.resources, lang, at('resources')),
      otherInformation: pickOrNull(aop.otherInformation, lang, at('otherInformation')),
    },
  };
}

/** The case area an activity serves, by its title; an unknown id prints as written (check flags it). */
function areaTitle(bundle: CaseBundle, id: string, lang: string): string {
  const areas = bundle.case?.areas ?? [];
  const i = areas.findIndex((a) => a.id === id);
  const area = areas[i];
  return area
    ? pick(area.title, lang, { file: caseFilePath(bundle.slug), path: ['areas', i, 'title'] })
    : (plain(id) ?? '');
}

const number = (value: number | undefined, lang: string) =>
  value === undefined ? null : escapeMarkdown(formatNumber(value, lang));

/** Each source and currency of the program with its planned total. */
const totals = (aop: AopFile) =>
  [...budgetSums(aop)].map(([key, amount]) => {
    return { key, ...budgetKeyParts(key), amount };
  });

export function aopContext(
  common: CommonContext,
  ws: Workspace,
  bundle: CaseBundle,
  entry: AopEntry,
  lang: string,
): AopContextData {
  const aop = entry.data as AopFile;
  const base = frame(ws, bundle, entry, lang);
  const at = (i: number, ...path: (string | number)[]): Source => ({
    file: entry.file,
    path: ['activities', i, ...path],
  });
  const period = aopSpan(aop);
  const calendar = {
    type: 'gantt',
    title: lang === 'es' ? `Calendario ${aop.year}` : `Schedule ${aop.year}`,
    locale: lang,
    start: period.start,
    end: period.end,
    rows: aop.activities.map((a, i) => ({
      label: `${a.id} ${raw(a.title, lang, at(i, 'title'))}`,
      start: a.start,
      end: a.end,
      status: a.status,
    })),
    legend: Object.fromEntries(Object.keys(STATUSES).map((k) => [k, label(STATUSES, k, lang)])),
  };
  return {
    ...common,
    ...base,
    activities: aop.activities.map((a: Activity, i) => ({
      id: escapeMarkdown(a.id),
      title: pick(a.title, lang, at(i, 'title')),
      area: areaTitle(bundle, a.area, lang),
      responsible: {
        municipality: pick(a.responsible.municipality, lang, at(i, 'responsible', 'municipality')),
        counterpart: pick(a.responsible.counterpart, lang, at(i, 'responsible', 'counterpart')),
      },
      dates: escapeMarkdown(dateRange(a.start, a.end, lang)),
      deliverable: pick(a.deliverable, lang, at(i, 'deliverable')),
      status: escapeMarkdown(label(STATUSES, a.status, lang)),
      budget: (a.budget ?? []).map((b, k) => ({
        source: escapeMarkdown(label(SOURCES, b.source, lang)),
        amount: escapeMarkdown(formatMoney(b.amount, b.currency, lang)),
        description: pickOrNull(b.description, lang, at(i, 'budget', k, 'description')),
      })),
      indicators: (a.indicators ?? []).map((ind, k) => ({
        name: pick(ind.name, lang, at(i, 'indicators', k, 'name')),
        unit: pick(ind.unit, lang, at(i, 'indicators', k, 'unit')),
        baseline: number(ind.baseline, lang),
        target: number(ind.target, lang) as string,
      })),
    })),
    budgetTotals: totals(aop).map((t) => ({
      source: escapeMarkdown(label(SOURCES, t.source, lang)),
      amount: escapeMarkdown(formatMoney(t.amount, t.currency, lang)),
    })),
    calendar: `:::chart\n${JSON.stringify(calendar)}\n:::`,
    signatures: signers(common, ws, bundle, lang),
  };
}

/**
 * The program is signed by each party's coordinator (the agreement names them): the liaison for the
 * municipality, the counterpart's first contact; without them, the Municipal President and the Mayor.
 */
function signers(common: CommonContext, ws: Workspace, bundle: CaseBundle, lang: string): AopContextData['signatures'] {
  const c = bundle.case as CaseFile;
  const names = effectiveAgreement(ws.config, bundle).partyNames;
  const file = caseFilePath(bundle.slug);
  const contact = c.counterpart.contacts?.[0];
  const mayor = mayorOn(c, common.document.date);
  const theirs = contact
    ? person(contact, undefined, lang, { file, path: ['counterpart', 'contacts', 0] })
    : mayor
      ? person(mayor.mayor, roleTitle('mayor', mayor.mayor.gender, lang), lang, { file, path: mayor.path })
      : null;
  return {
    municipality: {
      caption: partyCaption(names.municipality, lang),
      signer: common.liaison?.person ?? common.president,
    },
    counterpart: { caption: partyCaption(names.counterpart, lang), signer: theirs },
  };
}

export function aopReportContext(
  common: CommonContext,
  ws: Workspace,
  bundle: CaseBundle,
  entry: AopEntry,
  lang: string,
  today: string,
): AopReportContextData {
  const aop = entry.data as AopFile;
  const at = (...path: (string | number)[]): Source => ({ file: entry.file, path });
  const indicators = aop.activities.flatMap((a) => a.indicators ?? []);
  const executed = budgetSums(aop, (line) => line.executed ?? 0);
  // Executed amounts are known for a source and currency when some line records one.
  const recorded = new Set(
    aop.activities.flatMap((a) =>
      (a.budget ?? []).filter((l) => l.executed !== undefined).map((l) => budgetKey(l.source, l.currency)),
    ),
  );
  const percent = (part: number, whole: number) => plain(formatShare(part, whole, lang));
  const c = bundle.case as CaseFile;
  const file = caseFilePath(bundle.slug);
  // Results told to society are those said from this program's evaluation until the next program's
  // (as the `communication` step reads them): before it, what was told was an earlier year's.
  const evaluated = aop.results?.evaluated;
  const nextEvaluated = bundle.aops
    .map((a) => a.data?.results?.evaluated)
    .filter((d): d is string => evaluated !== undefined && d !== undefined && d > evaluated)
    .sort()[0];
  const told = (date: string) =>
    evaluated !== undefined && date >= evaluated && (nextEvaluated === undefined || date < nextEvaluated);
  return {
    ...common,
    ...frame(ws, bundle, entry, lang),
    results: {
      evaluated: aop.results?.evaluated ? longDate(aop.results.evaluated, lang) : null,
      narrative: pickOrNull(aop.results?.narrative, lang, at('results', 'narrative')),
      nextSteps: pickOrNull(aop.results?.nextSteps, lang, at('results', 'nextSteps')),
    },
    preliminary: today <= aopSpan(aop).end ? { asOf: escapeMarkdown(longDate(today, lang)) } : null,
    summary: {
      activities: aop.activities.length,
      done: aop.activities.filter((a) => a.status === 'done').length,
      indicators: indicators.length,
      withResult: indicators.filter((i) => i.actual !== undefined).length,
      met: indicators.filter(indicatorMet).length,
    },
    activities: aop.activities.map((a, i) => {
      const measured = (a.indicators ?? []).filter((ind) => ind.actual !== undefined && ind.target > 0);
      const chart = {
        type: 'bar',
        title: lang === 'es' ? `${a.id}: resultado frente a la meta` : `${a.id}: result against target`,
        unit: lang === 'es' ? '% de la meta' : '% of target',
        locale: lang,
        points: measured.map((ind) => ({
          label: raw(ind.name, lang, at('activities', i, 'indicators', (a.indicators ?? []).indexOf(ind), 'name')),
          value: Math.round(((ind.actual as number) / ind.target) * 100),
          target: 100,
        })),
        legend: lang === 'es' ? ['Resultado', 'Meta'] : ['Result', 'Target'],
      };
      return {
        id: escapeMarkdown(a.id),
        title: pick(a.title, lang, at('activities', i, 'title')),
        area: areaTitle(bundle, a.area, lang),
        status: escapeMarkdown(label(STATUSES, a.status, lang)),
        deliverable: pick(a.deliverable, lang, at('activities', i, 'deliverable')),
        indicators: (a.indicators ?? []).map((ind, k) => ({
          name: pick(ind.name, lang, at('activities', i, 'indicators', k, 'name')),
          unit: pick(ind.unit, lang, at('activities', i, 'indicators', k, 'unit')),
          baseline: number(ind.baseline, lang),
          target: number(ind.target, lang) as string,
          actual: number(ind.actual, lang),
          percent: ind.actual === undefined ? null : percent(ind.actual, ind.target),
          met: indicatorMet(ind),
        })),
        chart: measured.length > 0 ? `:::chart\n${JSON.stringify(chart)}\n:::` : null,
      };
    }),
    budget: totals(aop).map((t) => {
      const spent = executed.get(t.key) ?? 0;
      const known = recorded.has(t.key);
      return {
        source: escapeMarkdown(label(SOURCES, t.source, lang)),
        currency: escapeMarkdown(t.currency),
        planned: escapeMarkdown(formatMoney(t.amount, t.currency, lang)),
        executed: known ? escapeMarkdown(formatMoney(spent, t.currency, lang)) : null,
        percent: known ? percent(spent, t.amount) : null,
      };
    }),
    communication: (c.steps?.communication ?? []).flatMap((m, i) =>
      !told(m.date)
        ? []
        : [
            {
              date: longDate(m.date, lang),
              channel: pick(m.channel, lang, { file, path: ['steps', 'communication', i, 'channel'] }),
              summary: pick(m.summary, lang, { file, path: ['steps', 'communication', i, 'summary'] }),
              url: plain(m.url),
            },
          ],
    ),
  };
}
