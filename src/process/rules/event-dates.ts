// Dates of things that happened are not in the future, and they follow the order of the process.
// Planned dates (follow-ups, missions, AOP activities, terms of office) may be in the future.
// AOP activity dates are aop-activity-dates' (their order and their year).
import type { Params } from '../../errors.js';
import { type CaseBundle, WORKSPACE_FILE } from '../../workspace/load.js';
import type { SreRoundData } from '../../workspace/schema.js';
import { addDays, DATE_RE, isDate, maxDate } from '../dates.js';
import { clearsSignature, dictamenHash, getPath, type StepContext, type StepDef } from '../steps.js';
import {
  agreementFile,
  caseFile,
  documentsFile,
  dotted,
  type FieldPath,
  LSCT_ART_7,
  namedFact,
  stepParams,
} from './locate.js';
import type { Finding, Rule, RuleContext } from './types.js';

interface At {
  file: string;
  path: FieldPath;
  date: string;
}

/** Collects events, and the pairs of dates that must come in order, of one file or case. */
class Dates {
  readonly events: At[] = [];
  readonly findings: Finding[] = [];
  constructor(
    private readonly today: string,
    private readonly steps: StepDef[] = [],
    /** The case's amendments' ids, by which a date of one of their rounds is named. */
    private readonly amendments: string[] = [],
  ) {}

  /**
   * A date of an amendment's SRE round, as the same field of the agreement's round is named, with
   * the round (from 1) and the amendment's id.
   */
  private amendmentRound(path: FieldPath) {
    const [key, i, rounds, ...rest] = path;
    const amendment = typeof i === 'number' ? this.amendments[i] : undefined;
    if (key !== 'amendments' || rounds !== 'rounds' || amendment === undefined) return undefined;
    const named = namedFact(this.steps, ['steps', 'sre-opinion', 'rounds', ...rest]);
    return named?.round ? { ...named, amendment } : undefined;
  }

  /** A date if the value is one (the schema checked the format of these fields). */
  at(file: string, path: FieldPath, value: unknown): At | undefined {
    return typeof value === 'string' && DATE_RE.test(value) ? { file, path, date: value } : undefined;
  }

  /** Something that happened: it cannot be after today. */
  event(at: At | undefined): At | undefined {
    if (at) this.events.push(at);
    return at;
  }

  /**
   * `later` must be on or after `earlier` (strictly after when `strict`); `law` cites the article
   * that sets the order, where one does (the SRE's dictamen before signature, registration after).
   * `item` names, for the message, what the dates belong to (a mission, a term of office, an
   * administration), and the message gives `earlier` by its line.
   */
  order(
    later: At | undefined,
    earlier: At | undefined,
    {
      id = 'rule.event-dates.order',
      strict = false,
      law,
      item,
    }: { id?: string; strict?: boolean; law?: string; item?: Params } = {},
  ) {
    if (!later || !earlier) return;
    if (later.date > earlier.date || (!strict && later.date === earlier.date)) return;
    // One finding per date: a signature before both the dictamen and the council is one mistake.
    if (this.findings.some((f) => f.file === later.file && dotted(f.path ?? []) === dotted(later.path))) return;
    const params = {
      date: later.date,
      field: dotted(later.path),
      other: earlier.date,
      otherField: dotted(earlier.path),
    };
    // A step's date in the same file is named as people know it, with its line (the catalog's
    // `-step` and `-round` variants); any other by its path.
    // An amendment's round by the amendment's id (the catalog's `-amendment`).
    const inWords = id === 'rule.event-dates.order' && later.file === earlier.file;
    const named = inWords && namedFact(this.steps, earlier.path);
    const ofAmendment = inWords && !named && this.amendmentRound(earlier.path);
    const label = named || ofAmendment;
    this.findings.push({
      id: named ? `${id}-${named.round ? 'round' : 'step'}` : ofAmendment ? `${id}-amendment` : id,
      params: label
        ? {
            ...params,
            otherLabel: label.fact.label.es,
            otherLabelEn: label.fact.label.en,
            ...(named ? stepParams([named.step], 'otherStep') : {}),
            ...(label.round ? { round: label.round } : {}),
            ...(ofAmendment ? { amendment: ofAmendment.amendment } : {}),
          }
        : { ...params, ...item },
      file: later.file,
      path: later.path,
      ...(label || item ? { other: earlier.path } : {}),
      ...(law ? { law } : {}),
    });
  }

  /** A planned span of `item` (the catalog's message `id` names it): the end is not before the start. */
  span(start: At | undefined, end: At | undefined, id: string, item: Params) {
    this.order(end, start, { id, item });
  }

  result(): Finding[] {
    const future = this.events
      .filter((e) => e.date > this.today)
      .map<Finding>((e) => ({
        params: { date: e.date, today: this.today, field: dotted(e.path) },
        file: e.file,
        path: e.path,
      }));
    return [...future, ...this.findings];
  }
}

function workspaceDates(ctx: RuleContext): Finding[] {
  const cfg = ctx.ws.config;
  if (!cfg) return [];
  const d = new Dates(ctx.today);
  const f = WORKSPACE_FILE;
  cfg.administrations.forEach((a, i) => {
    const start = d.at(f, ['administrations', i, 'period', 'start'], a.period.start);
    const end = d.at(f, ['administrations', i, 'period', 'end'], a.period.end);
    d.order(end, start, { id: 'rule.event-dates.period', strict: true, item: { admin: a.id } });
    d.event(d.at(f, ['administrations', i, 'pmd', 'published'], a.pmd?.published));
    a.officials.forEach((o, k) => {
      d.span(
        d.at(f, ['administrations', i, 'officials', k, 'from'], o.from),
        d.at(f, ['administrations', i, 'officials', k, 'to'], o.to),
        'rule.event-dates.range-term',
        { name: o.name, admin: a.id },
      );
    });
  });
  // One administration in office at a time, and terms contiguous: each starts the day after the one
  // before it ends. Days with none in office are a warning (a document dated then takes the outgoing one's officials).
  const byStart = cfg.administrations
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.period.start < y.a.period.start ? -1 : 1));
  for (const [k, { a, i }] of byStart.entries()) {
    const before = byStart[k - 1];
    if (!before) continue;
    const start = d.at(f, ['administrations', i, 'period', 'start'], a.period.start);
    const end = d.at(f, ['administrations', before.i, 'period', 'end'], before.a.period.end);
    // Both by their ids, and the outgoing one's end by its line.
    const item = { admin: a.id, otherAdmin: before.a.id };
    d.order(start, end, { id: 'rule.event-dates.overlap', strict: true, item });
    if (!start || !end || start.date <= addDays(end.date, 1)) continue;
    d.findings.push({
      id: 'rule.event-dates.gap',
      severity: 'warning',
      params: {
        date: start.date,
        field: dotted(start.path),
        other: end.date,
        otherField: dotted(end.path),
        from: addDays(end.date, 1),
        to: addDays(start.date, -1),
        ...item,
      },
      file: f,
      path: start.path,
      other: end.path,
    });
  }
  d.event(d.at(f, ['liaison', 'appointed'], cfg.liaison?.appointed));
  for (const [i, p] of (cfg.participation ?? []).entries()) d.event(d.at(f, ['participation', i, 'since'], p.since));
  return d.result();
}

/** Date facts of a case's local steps: each a real date, not in the future, after the step it follows. */
function localDateFacts(ctx: RuleContext, sctx: StepContext, file: string, d: Dates) {
  const steps = ctx.steps;
  for (const def of ctx.ws.config?.localSteps ?? []) {
    const step = steps.find((s) => s.id === def.id);
    if (step?.scope !== 'case') continue;
    for (const fact of def.facts.filter((x) => x.type === 'date')) {
      const path = ['steps', def.id, fact.key];
      const value = getPath(sctx.bundle?.case, path);
      if (value === undefined) continue;
      if (typeof value !== 'string' || !isDate(value)) {
        d.findings.push({
          id: 'rule.event-dates.not-a-date',
          params: { field: dotted(path), value: String(value) },
          file,
          path,
        });
        continue;
      }
      const at = d.event({ file, path, date: value });
      const after = steps.find((s) => s.id === def.after);
      const afterDate = after?.date?.(sctx);
      if (afterDate) d.order(at, { file, path: ['steps', def.after], date: afterDate });
    }
  }
}

function roundDates(d: Dates, file: string, base: FieldPath, rounds: SreRoundData[], after: At | undefined) {
  let previous: At | undefined;
  rounds.forEach((r, i) => {
    const p = [...base, i];
    const submitted = d.event(d.at(file, [...p, 'submitted'], r.submitted));
    d.order(submitted, after);
    d.order(submitted, previous);
    d.order(d.event(d.at(file, [...p, 'acuse'], r.acuse)), submitted);
    const dictamen = d.event(d.at(file, [...p, 'dictamen', 'date'], r.dictamen?.date));
    d.order(dictamen, submitted);
    r.dictamen?.observations?.forEach((o, k) => {
      d.order(d.event(d.at(file, [...p, 'dictamen', 'observations', k, 'answer', 'date'], o.answer?.date)), dictamen);
    });
    previous = dictamen ?? submitted;
  });
}

/** The dictamen that cleared the signed text: on its hash if one matches, else the last clearing one. */
function clearingDictamenAt(
  file: string,
  base: FieldPath,
  rounds: SreRoundData[],
  hash: string | undefined,
): At | undefined {
  const indexed = rounds.map((r, i) => ({ r, i })).filter(({ r }) => clearsSignature(r));
  const chosen = indexed.find(({ r }) => hash !== undefined && dictamenHash(r) === hash) ?? indexed.at(-1);
  const date = chosen?.r.dictamen?.date;
  return chosen && date && DATE_RE.test(date)
    ? { file, path: [...base, chosen.i, 'dictamen', 'date'], date }
    : undefined;
}

function caseDates(ctx: RuleContext, bundle: CaseBundle): Finding[] {
  const c = bundle.case;
  if (!c) return [];
  const d = new Dates(
    ctx.today,
    ctx.steps,
    (c.amendments ?? []).map((a) => a.id),
  );
  const f = caseFile(bundle);
  const s = c.steps ?? {};
  const chosen = d.event(d.at(f, ['steps', 'counterpart', 'date'], s.counterpart?.date));
  const letter = d.event(d.at(f, ['steps', 'letter', 'date'], s.letter?.date));
  d.order(letter, chosen);
  const response = d.event(d.at(f, ['steps', 'response', 'date'], s.response?.date));
  d.order(response, letter);
  // The text is negotiated once the counterpart has accepted to negotiate it.
  const draft = d.event(d.at(f, ['steps', 'draft', 'date'], s.draft?.date));
  d.order(draft, response);
  const council = d.event(d.at(f, ['steps', 'council', 'date'], s.council?.date));
  d.order(council, draft);
  const rounds = s['sre-opinion']?.rounds ?? [];
  const roundsPath = ['steps', 'sre-opinion', 'rounds'];
  roundDates(d, f, roundsPath, rounds, draft);

  const sig = s.signature;
  const cleared = clearingDictamenAt(f, roundsPath, rounds, sig?.hash);
  const signed: At[] = [];
  for (const side of ['municipality', 'counterpart'] as const) {
    const at = d.event(d.at(f, ['steps', 'signature', side, 'date'], sig?.[side]?.date));
    if (!at) continue;
    signed.push(at);
    d.order(at, cleared, { law: LSCT_ART_7 });
    d.order(at, council);
  }
  d.event(d.at(f, ['steps', 'signature', 'counterpartApproval', 'date'], sig?.counterpartApproval?.date));
  const lastSigned = signed.find((a) => a.date === maxDate(signed.map((x) => x.date)));
  const registered = d.event(d.at(f, ['steps', 'registration', 'date'], s.registration?.date));
  d.order(registered, lastSigned, { law: LSCT_ART_7 });
  d.order(d.event(d.at(f, ['steps', 'registration', 'acuse'], s.registration?.acuse)), registered);
  for (const [i, m] of (s.communication ?? []).entries())
    d.event(d.at(f, ['steps', 'communication', i, 'date'], m.date));
  for (const [i, e] of (c.contactLog ?? []).entries()) d.event(d.at(f, ['contactLog', i, 'date'], e.date));
  for (const [id, skip] of Object.entries(c.skipped ?? {})) d.event(d.at(f, ['skipped', id, 'date'], skip.date));

  if (c.end) {
    const notice = d.event(d.at(f, ['end', 'notice', 'date'], c.end.notice?.date));
    const end = d.at(f, ['end', 'date'], c.end.date);
    // A termination by notice takes effect when the notice period runs out, which may be ahead.
    if (!(c.end.state === 'terminated' && notice)) d.event(end);
    d.order(end, notice);
  }
  c.amendments?.forEach((a, i) => {
    const base = ['amendments', i];
    const proposed = d.event(d.at(f, [...base, 'date'], a.date));
    // An amendment changes the agreement the Parties signed: it, its rounds and its signature follow
    // that signature.
    d.order(proposed, lastSigned);
    const since = proposed ?? lastSigned;
    roundDates(d, f, [...base, 'rounds'], a.rounds ?? [], since);
    const amendmentSigned = d.event(d.at(f, [...base, 'signed'], a.signed));
    d.order(amendmentSigned, clearingDictamenAt(f, [...base, 'rounds'], a.rounds ?? [], a.hash), { law: LSCT_ART_7 });
    d.order(amendmentSigned, since);
    // Its copy goes to the SRE's registry once signed, as the agreement's.
    const sent = d.event(d.at(f, [...base, 'registration', 'date'], a.registration?.date));
    d.order(sent, amendmentSigned, { law: LSCT_ART_7 });
    d.order(d.event(d.at(f, [...base, 'registration', 'acuse'], a.registration?.acuse)), sent);
  });
  c.missions?.forEach((m, i) => {
    d.span(
      d.at(f, ['missions', i, 'start'], m.start),
      d.at(f, ['missions', i, 'end'], m.end),
      'rule.event-dates.range-mission',
      {
        n: i + 1,
        mission: m.id,
      },
    );
  });
  const sctx: StepContext = { ws: ctx.ws, bundle, today: ctx.today };
  localDateFacts(ctx, sctx, f, d);

  const versions = bundle.agreement?.versions ?? [];
  // The text is negotiated once the counterpart has accepted to negotiate it: its first version too.
  let previousVersion: At | undefined = response;
  versions.forEach((v, i) => {
    const at = d.event(d.at(agreementFile(bundle), ['versions', i, 'date'], v.date));
    d.order(at, previousVersion);
    previousVersion = at ?? previousVersion;
  });
  for (const aop of bundle.aops) {
    const data = aop.data;
    if (!data) continue;
    d.event(d.at(aop.file, ['approved'], data.approved));
    d.event(d.at(aop.file, ['results', 'evaluated'], data.results?.evaluated));
  }
  for (const [i, doc] of (bundle.documents?.documents ?? []).entries()) {
    d.event(d.at(documentsFile(bundle), ['documents', i, 'date'], doc.date));
  }
  return d.result();
}

/**
 * Event dates are not after "today" and follow the process: letter after the choice, answer after
 * the letter, council and SRE rounds after the draft, each dictamen after its round, signature
 * after the clearing dictamen and the council, registration after signature, each acuse after its
 * submission, an amendment's proposal, rounds and signature after the agreement's signature;
 * spans (missions, officials' terms, administrations) end after they start. The orders the law
 * sets (a signature after the clearing dictamen, a registration after the signature, of the
 * agreement or of an amendment) cite it: Ley sobre la Celebración de Tratados, art. 7.
 */
export const eventDates: Rule = {
  id: 'event-dates',
  severity: 'error',
  workspace: workspaceDates,
  case: caseDates,
};
