// The printed status report: for each workspace, each case's phase and progress, whose move it is and
// since when, what is late (with the day it fell due), the next steps with their dates, and the last
// contact with the partner. Derived for the document's date, like `linkage status`.
import { countryName, longDate, shortDate } from '../../intl.js';
import { administrationOn } from '../../process/administrations.js';
import { type Commitment, caseCommitments } from '../../process/commitments.js';
import { type CaseStatus, deriveCaseStatus, deriveWorkspace, type LateItem } from '../../process/status.js';
import { type Actor, type Bilingual, PHASES } from '../../process/steps.js';
import { t } from '../../ui/i18n.js';
import { inLanguage } from '../../workspace/hash.js';
import type { CaseBundle, Workspace } from '../../workspace/load.js';
import type { WorkspaceFile } from '../../workspace/schema.js';
import { type CommonContext, escapeMarkdown, label, periodLabel, say } from './common.js';
import { cityName } from './letter.js';
import { KINDS } from './profile.js';
import type { StatusContextData } from './schema.js';

type Section = StatusContextData['workspaces'][number];

/** Whose move it is and how a case closed, in the words `linkage status` prints (its catalog). */
export const actorWord = (actor: Actor, lang: string) => t(lang === 'es' ? 'es' : 'en', `status.actor.${actor}`);
const closedWord = (state: string, lang: string) => t(lang === 'es' ? 'es' : 'en', `status.closed.${state}`);

/**
 * An amendment's way through the SRE, late or ahead: the opinion on its text, then its signed copy
 * sent for registration, the SRE's acuse of it and the registry number.
 */
const AMENDMENT_OPINION = (id: string): Bilingual => ({
  es: `Dictamen de la SRE sobre la modificación ${id}`,
  en: `SRE opinion on amendment ${id}`,
});
const AMENDMENT_REGISTRATION = (id: string): Bilingual => ({
  es: `Envío a registro de la modificación ${id}`,
  en: `Sending amendment ${id} for registration`,
});
const AMENDMENT_ACUSE = (id: string): Bilingual => ({
  es: `Acuse de la SRE del registro de la modificación ${id}`,
  en: `The SRE's acknowledgment of amendment ${id}'s registration`,
});
const AMENDMENT_REGISTRY_NUMBER = (id: string): Bilingual => ({
  es: `Número de registro de la SRE de la modificación ${id}`,
  en: `SRE registry number of amendment ${id}`,
});

const LATE: Record<LateItem['kind'], (l: LateItem) => Bilingual> = {
  'follow-up': () => ({ es: 'Seguimiento', en: 'Follow-up' }),
  contact: () => ({ es: 'Sin contacto con la contraparte', en: 'No contact with the partner' }),
  aop: (l) => ({ es: `POA ${l.year}`, en: `AOP ${l.year}` }),
  results: (l) => ({ es: `Resultados ${l.year}`, en: `${l.year} results` }),
  amendment: (l) => AMENDMENT_OPINION(l.id as string),
  'amendment-registration': (l) => AMENDMENT_REGISTRATION(l.id as string),
  'amendment-acuse': (l) => AMENDMENT_ACUSE(l.id as string),
};

/** "3 · Formalización", or the closed state. */
export function phaseLabel(status: CaseStatus, lang: string): string {
  if (status.closed) return closedWord(status.closed.state, lang);
  // No-break spaces: "4 · Instrumentación" never wraps after its number.
  return status.phase ? `${status.phase}\u00A0·\u00A0${say(PHASES[status.phase].title, lang)}` : '—';
}

/** A step's title: one of the case's, or a Phase 1 step of the workspace that the case waits on. */
const stepTitle = (status: CaseStatus, id: string, lang: string) =>
  say([...status.steps, ...status.next].find((s) => s.id === id)?.step.title ?? { es: id, en: id }, lang);

/** A commitment's words, for the next-steps column and the handover's list. */
export function commitmentTitle(c: Commitment, status: CaseStatus, lang: string): string {
  switch (c.kind) {
    case 'step': {
      // The municipality's own move reads as what it owes; a step it waits on keeps its title.
      const step = [...status.steps, ...status.next].find((s) => s.id === c.step)?.step;
      const own = step?.actor === 'municipio' && status.move?.actor === 'municipio';
      return own && step.action ? say(step.action, lang) : stepTitle(status, c.step, lang);
    }
    case 'follow-up':
      return lang === 'es' ? `Seguimiento con ${c.who}` : `Follow-up with ${c.who}`;
    case 'aop':
      return lang === 'es' ? `Acordar el POA ${c.year}` : `Agree the ${c.year} AOP`;
    case 'results':
      return lang === 'es' ? `Resultados del POA ${c.year}` : `Results of the ${c.year} AOP`;
    case 'activity': {
      const title = inLanguage(c.title, lang) ?? c.id;
      return lang === 'es' ? `Actividad ${c.year}: ${title}` : `${c.year} activity: ${title}`;
    }
    case 'registration':
      return lang === 'es' ? 'Número de registro de la SRE' : 'SRE registry number';
    case 'amendment':
      return say(AMENDMENT_OPINION(c.id), lang);
    case 'amendment-registration':
      return say(AMENDMENT_REGISTRATION(c.id), lang);
    case 'amendment-acuse':
      return say(AMENDMENT_ACUSE(c.id), lang);
    case 'amendment-registry-number':
      return say(AMENDMENT_REGISTRY_NUMBER(c.id), lang);
    case 'term-end':
      return lang === 'es'
        ? `Fin de la vigencia de ${c.years} años (prorrogable por acuerdo escrito; terminación con ${c.noticeDays} días de aviso)`
        : `End of the ${c.years}-year term (extendable by written agreement; termination on ${c.noticeDays} days' notice)`;
    case 'notice':
      return lang === 'es'
        ? `Vigencia indefinida; terminación con ${c.noticeDays} días de aviso por escrito`
        : `Indefinite term; termination on ${c.noticeDays} days' written notice`;
    case 'termination': {
      if (!c.notice) return lang === 'es' ? 'Surte efectos la terminación del acuerdo' : 'The termination takes effect';
      const notice = shortDate(c.notice, lang);
      return lang === 'es'
        ? `Surte efectos la terminación del acuerdo notificada el ${notice}`
        : `The termination notified on ${notice} takes effect`;
    }
  }
}

export function statusContext(
  common: CommonContext,
  workspaces: Workspace[],
  date: string,
  lang: string,
): StatusContextData {
  return {
    ...common,
    asOf: escapeMarkdown(longDate(date, lang)),
    many: workspaces.length > 1,
    workspaces: workspaces.map((ws) => section(ws, date, lang)),
  };
}

/** How many next steps a row shows: the report is read in a meeting, not a plan. */
const NEXT_SHOWN = 3;

function section(ws: Workspace, date: string, lang: string): Section {
  const config = ws.config as WorkspaceFile;
  const shared = deriveWorkspace(ws, date);
  const { admin } = administrationOn(config, date);
  const d = (iso: string | undefined) => (iso ? escapeMarkdown(shortDate(iso, lang)) : null);
  const out: Section = {
    municipality: escapeMarkdown(config.municipality.name),
    state: escapeMarkdown(config.municipality.state),
    period: escapeMarkdown(periodLabel(admin)),
    phase1: shared.workspaceSteps.filter((s) => s.state !== 'done').map((s) => escapeMarkdown(say(s.step.title, lang))),
    summary: { cases: ws.cases.length, active: 0, closed: 0, late: 0 },
    active: [],
    closed: [],
    unreadable: [],
  };
  for (const bundle of ws.cases) {
    const status = deriveCaseStatus(ws, bundle, date, shared);
    // As `linkage status` shows it: a case with any file that does not load is listed apart.
    if (status.error || !bundle.case) {
      out.unreadable.push({
        slug: escapeMarkdown(bundle.slug),
        file: escapeMarkdown(status.error?.file ?? bundle.dir),
      });
      continue;
    }
    const where = place(bundle, lang);
    const progress = {
      done: status.progress.done,
      total: status.progress.total,
      phase: escapeMarkdown(phaseLabel(status, lang)),
    };
    if (status.closed) {
      out.closed.push({
        ...where,
        state: progress.phase,
        date: d(status.closed.date),
        progress,
        lastContact: d(status.lastContact),
      });
      continue;
    }
    // A step already in the late column is not repeated among the next steps.
    const listed = caseCommitments(ws, bundle, status, date)
      .filter((c) => c.kind !== 'notice' && c.kind !== 'term-end')
      .filter((c) => !(c.kind === 'step' && status.late.some((l) => l.step === c.step)));
    // Always shown: a termination notified and not yet in effect (the case's last date), and a signed
    // amendment's registration under way (what the case waits on once its steps are done); the
    // earliest of the rest fill the row.
    const always = (c: Commitment) =>
      c.kind === 'termination' || c.kind === 'amendment-registration' || c.kind === 'amendment-acuse';
    let room = NEXT_SHOWN - listed.filter(always).length;
    const next = listed.filter((c) => always(c) || room-- > 0);
    // A step past its follow-up date is already in the late column; an open activity past its end
    // is late only here.
    const overdue = (c: Commitment) => c.kind === 'activity' && c.due < date;
    const flagged = status.late.length > 0 || next.some(overdue);
    if (flagged) out.summary.late++;
    out.active.push({
      ...where,
      kind: escapeMarkdown(label(KINDS, bundle.case.kind, lang)),
      progress,
      move: status.move ? escapeMarkdown(actorWord(status.move.actor, lang)) : null,
      since: d(status.move?.since),
      next: next.map((c) => ({
        title: escapeMarkdown(commitmentTitle(c, status, lang)),
        due: 'due' in c ? d(c.due) : null,
        late: overdue(c),
      })),
      late: status.late.map((l) => ({
        title: escapeMarkdown(lateTitle(status, l, lang)),
        due: d(l.due) as string,
      })),
      flagged,
      lastContact: d(status.lastContact),
    });
  }
  out.summary.active = out.active.length;
  out.summary.closed = out.closed.length;
  return out;
}

/** A late item's words: "Seguimiento: Respuesta de la contraparte", "POA 2026". */
export function lateTitle(status: CaseStatus, late: LateItem, lang: string): string {
  if (late.kind !== 'follow-up' || !late.step) return say(LATE[late.kind](late), lang);
  const title = stepTitle(status, late.step, lang);
  return lang === 'es' ? `Seguimiento: ${title}` : `Follow-up: ${title}`;
}

export function place(bundle: CaseBundle, lang: string): { city: string; country: string } {
  return {
    city: cityName(bundle, lang),
    country: escapeMarkdown(countryName(bundle.case?.counterpart.country ?? '', lang)),
  };
}
