// The handover report for the acta de entrega-recepción (issue 7): every case not closed and where it
// stands, what is pending with its dates, who the contacts are on both sides, the last contact with
// each partner, and where every piece of evidence and issued document is, with its SHA-256.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { shortDate } from '../../intl.js';
import { administrationOn } from '../../process/administrations.js';
import { caseCommitments } from '../../process/commitments.js';
import { addDays } from '../../process/dates.js';
import { stalePlanAreas } from '../../process/rules/area-plan-in-force.js';
import { caseRefs, type FileRef, workspaceRefs } from '../../process/rules/hashes.js';
import { type CaseStatus, counterpartActs, deriveCaseStatus, deriveWorkspace } from '../../process/status.js';
import { type Bilingual, signatureDate, stepsFor } from '../../process/steps.js';
import { inLanguage, sha256 } from '../../workspace/hash.js';
import type { CaseBundle, Workspace } from '../../workspace/load.js';
import { readRegularFile } from '../../workspace/read-file.js';
import { caseFilePath } from '../../workspace/root.js';
import type { AdministrationData, DocumentsFile, LangTextValue, WorkspaceFile } from '../../workspace/schema.js';
import { documentFileName } from '../file-name.js';
import {
  type CommonContext,
  escapeMarkdown,
  label,
  periodLabel,
  person,
  pick,
  pickOrNull,
  plain,
  roleTitle,
  type Source,
  say,
} from './common.js';
import { KINDS, SECTORS } from './profile.js';
import type { HandoverContextData } from './schema.js';
import { actorWord, commitmentTitle, lateTitle, phaseLabel, place } from './status.js';

type Files = HandoverContextData['files'][number];

/**
 * How a contact was made, as the document says it inside a sentence ("22 oct 2026, videollamada,
 * con …"): words of its own, not the contact log's menu labels ("Otro" in a menu is "otro medio"
 * here), like the profile's SECTORS.
 */
const CHANNELS: Record<string, Bilingual> = {
  email: { es: 'correo electrónico', en: 'email' },
  phone: { es: 'teléfono', en: 'phone' },
  video: { es: 'videollamada', en: 'video call' },
  meeting: { es: 'reunión', en: 'meeting' },
  visit: { es: 'visita', en: 'visit' },
  letter: { es: 'carta u oficio', en: 'letter' },
  other: { es: 'otro medio', en: 'another channel' },
};

/** The counterpart's acts that count as contact, as the last contact says them. */
const COUNTERPART_ACTS: Record<'response' | 'signature', Bilingual> = {
  response: {
    es: 'Respuesta de la contraparte a la carta de intención.',
    en: "The counterpart's answer to the letter of intent.",
  },
  signature: { es: 'Firma del acuerdo por la contraparte.', en: 'The counterpart signed the agreement.' },
};

/**
 * Whose an embassy or consulate is, after its name: ", del país de la contraparte". English wants the
 * noun. Not said when the name already says it (`named`: «Consulado General de México en Chicago»).
 */
const REPRESENTATIONS: Record<string, { whose: Bilingual; named?: Bilingual }> = {
  mexico: { whose: { es: 'de México', en: "Mexico's representation" }, named: { es: 'de México', en: 'of Mexico' } },
  counterpart: { whose: { es: 'del país de la contraparte', en: "representation of the counterpart's country" } },
};

/**
 * A record's text in the document's language, else Spanish, else any, escaped: the handover lists
 * what was recorded (a contact's summary, a place name) and must not fail on a missing translation.
 */
function loose(value: LangTextValue | undefined, lang: string): string | null {
  return value === undefined ? null : escapeMarkdown(inLanguage(value, lang) ?? '');
}

export function handoverContext(common: CommonContext, ws: Workspace, date: string, lang: string): HandoverContextData {
  const config = ws.config as WorkspaceFile;
  const d = (iso: string | undefined) => (iso ? escapeMarkdown(shortDate(iso, lang)) : null);
  // After the last recorded period ends, the last administration still hands over (to one not yet recorded).
  // On an administration's first day, the day of the change, the one that ended the day before hands over.
  const inOffice = administrationOn(config, date);
  const { admin: outgoing, index: outIndex } =
    inOffice.admin.period.start === date && inOffice.index > 0 ? administrationOn(config, addDays(date, -1)) : inOffice;
  const next = config.administrations
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.period.start > outgoing.period.end)
    .sort((x, y) => (x.a.period.start < y.a.period.start ? -1 : 1))[0];
  const shared = deriveWorkspace(ws, date);
  // The areas the incoming team re-maps: as of its first day, to its plan (the outgoing plan's too).
  const remapOn = next ? next.a.period.start : date;

  const cases: HandoverContextData['cases'] = [];
  const closed: HandoverContextData['closed'] = [];
  const commitments: (HandoverContextData['commitments'][number] & { sort: string })[] = [];
  const remap: HandoverContextData['remap'] = [];
  const contacts: HandoverContextData['contacts'] = [];
  const lastContacts: HandoverContextData['lastContacts'] = [];
  const files: Files[] = [{ group: escapeMarkdown(common.municipality.name), items: workspaceFiles(ws, lang) }];
  const open: { bundle: CaseBundle; status: CaseStatus }[] = [];

  for (const bundle of ws.cases) {
    const c = bundle.case;
    if (!c) continue;
    const status = deriveCaseStatus(ws, bundle, date, shared);
    const where = place(bundle, lang);
    files.push({ group: `${where.city}, ${where.country}`, items: caseFiles(ws, bundle, lang) });
    if (status.closed) {
      closed.push({ ...where, state: escapeMarkdown(phaseLabel(status, lang)), date: d(status.closed.date) });
      continue;
    }
    open.push({ bundle, status });
    for (const l of status.late) {
      commitments.push({
        due: d(l.due),
        city: where.city,
        title: escapeMarkdown(lateTitle(status, l, lang)),
        late: true,
        sort: l.due,
      });
    }
    for (const item of caseCommitments(ws, bundle, status, date)) {
      if (item.kind === 'step' && status.late.some((l) => l.step === item.step)) continue;
      const due = 'due' in item ? item.due : undefined;
      commitments.push({
        due: d(due),
        city: where.city,
        title: escapeMarkdown(commitmentTitle(item, status, lang)),
        late: item.kind === 'activity' && item.due < date,
        sort: due ?? '~',
      });
    }
    for (const s of stalePlanAreas(config, bundle, remapOn)) {
      remap.push({
        city: where.city,
        area: pick(c.areas?.[s.index]?.title ?? s.area, lang, {
          file: caseFilePath(bundle.slug),
          path: ['areas', s.index, 'title'],
        }),
        priority: escapeMarkdown(s.priority),
        suggestion: s.suggestion
          ? {
              id: escapeMarkdown(s.suggestion.id),
              title: escapeMarkdown(inLanguage(s.suggestion.title, lang) ?? s.suggestion.id),
            }
          : null,
      });
    }
    contacts.push({ ...where, ...counterpartContacts(bundle, lang) });
    const last = [...(c.contactLog ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
    // The counterpart's own answer or signature, when later than the log, is the last contact (as
    // status and the contact warning count it).
    const act = counterpartActs(c)
      .filter((a) => last === undefined || a.date > last.date)
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .at(-1);
    lastContacts.push(
      act
        ? {
            ...where,
            date: d(act.date),
            channel: null,
            who: null,
            summary: escapeMarkdown(say(COUNTERPART_ACTS[act.act], lang)),
          }
        : {
            ...where,
            date: d(last?.date),
            channel: last ? escapeMarkdown(say(CHANNELS[last.channel] ?? (CHANNELS.other as Bilingual), lang)) : null,
            who: plain(last?.who),
            summary: loose(last?.summary, lang),
          },
    );
  }

  // In force (signed) first, by signature; then those in process, as listed.
  open.sort((x, y) => {
    const sx = signatureDate(x.bundle.case) ?? '~';
    const sy = signatureDate(y.bundle.case) ?? '~';
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  });
  for (const { bundle, status } of open) {
    const c = bundle.case as NonNullable<CaseBundle['case']>;
    const signed = signatureDate(c);
    // A termination notified and not yet in effect: in force until the day it takes effect.
    const ending = status.ending
      ? lang === 'es'
        ? `; terminación notificada, surte efectos el ${shortDate(status.ending.date, lang)}`
        : `; termination notified, takes effect on ${shortDate(status.ending.date, lang)}`
      : '';
    cases.push({
      ...place(bundle, lang),
      kind: escapeMarkdown(label(KINDS, c.kind, lang)),
      situation: escapeMarkdown(
        signed
          ? lang === 'es'
            ? `En vigor desde el ${shortDate(signed, lang)}${ending}`
            : `In force since ${shortDate(signed, lang)}${ending}`
          : lang === 'es'
            ? 'En trámite'
            : 'In process',
      ),
      progress: {
        done: status.progress.done,
        total: status.progress.total,
        phase: escapeMarkdown(phaseLabel(status, lang)),
      },
      move: status.move ? escapeMarkdown(actorWord(status.move.actor, lang)) : null,
      since: d(status.move?.since),
      late: status.late.map((l) => ({ title: escapeMarkdown(lateTitle(status, l, lang)), due: d(l.due) as string })),
    });
  }
  commitments.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));

  const incoming = next?.a;
  return {
    ...common,
    asOf: escapeMarkdown(shortDate(date, lang)),
    outgoing: {
      id: escapeMarkdown(outgoing.id),
      period: escapeMarkdown(periodLabel(outgoing)),
      officials: officials(outgoing, outIndex, lang),
    },
    incoming:
      incoming && next
        ? {
            id: escapeMarkdown(incoming.id),
            period: escapeMarkdown(periodLabel(incoming)),
            start: escapeMarkdown(shortDate(incoming.period.start, lang)),
            officials: officials(incoming, next.i, lang),
            president: president(incoming, next.i, lang),
            plan: incoming.pmd?.title
              ? pick(incoming.pmd.title, lang, {
                  file: 'linkage.yaml',
                  path: ['administrations', next.i, 'pmd', 'title'],
                })
              : null,
            priorities: (incoming.pmd?.priorities ?? []).map((p, pi) => ({
              id: escapeMarkdown(p.id),
              title: pick(p.title, lang, {
                file: 'linkage.yaml',
                path: ['administrations', next.i, 'pmd', 'priorities', pi, 'title'],
              }),
            })),
          }
        : null,
    summary: {
      inForce: open.filter((o) => signatureDate(o.bundle.case)).length,
      inProcess: open.filter((o) => !signatureDate(o.bundle.case)).length,
      closed: closed.length,
    },
    cases,
    closed,
    commitments: commitments.map(({ sort: _sort, ...rest }) => rest),
    remap,
    contacts,
    participants: (config.participation ?? []).map((p, i) => ({
      name: escapeMarkdown(p.name),
      sector: escapeMarkdown(label(SECTORS, p.sector, lang)),
      role: pickOrNull(p.role, lang, { file: 'linkage.yaml', path: ['participation', i, 'role'] }),
      contact: contactLine(p.contact, p.office, lang, { file: 'linkage.yaml', path: ['participation', i, 'contact'] }),
    })),
    lastContacts,
    // Only groups that hold files: with none at all, the section says so instead of a bare heading.
    files: files.filter((f) => f.items.length > 0),
  };
}

function officials(
  admin: AdministrationData,
  index: number,
  lang: string,
): HandoverContextData['outgoing']['officials'] {
  return admin.officials.map((o, oi) => {
    const p = person(o, roleTitle(o.role, o.gender, lang), lang, {
      file: 'linkage.yaml',
      path: ['administrations', index, 'officials', oi],
    });
    const span = o.from || o.to ? ` (${[o.from, o.to].map((x) => (x ? shortDate(x, lang) : '…')).join('–')})` : '';
    return { name: p.fullName, title: span ? `${p.title} ${escapeMarkdown(span.trim())}` : p.title };
  });
}

function president(admin: AdministrationData, index: number, lang: string) {
  const at = admin.officials.findIndex((o) => o.role === 'president');
  const o = admin.officials[at];
  return o
    ? person(o, roleTitle('president', o.gender, lang), lang, {
        file: 'linkage.yaml',
        path: ['administrations', index, 'officials', at],
      })
    : null;
}

type Contactable = { name: string; title?: LangTextValue; email?: string; phone?: string; role?: LangTextValue };

/** "Jonas Brandt, Responsable de Relaciones Internacionales (Coordinador…) · correo · teléfono". */
function contactLine(
  p: Contactable | undefined,
  office: { email?: string; phone?: string; web?: string } | undefined,
  lang: string,
  source: Source,
): string | null {
  const parts: string[] = [];
  if (p) {
    const title = pickOrNull(p.title, lang, { ...source, path: [...source.path, 'title'] });
    const role = pickOrNull(p.role, lang, { ...source, path: [...source.path, 'role'] });
    parts.push(`${escapeMarkdown(p.name)}${title ? `, ${title}` : ''}${role ? ` (${role})` : ''}`);
    for (const v of [p.email, p.phone]) if (v) parts.push(escapeMarkdown(v));
  }
  for (const v of [office?.email, office?.phone, office?.web]) if (v) parts.push(escapeMarkdown(v));
  return parts.length > 0 ? parts.join(' · ') : null;
}

function counterpartContacts(bundle: CaseBundle, lang: string) {
  const c = bundle.case as NonNullable<CaseBundle['case']>;
  const file = caseFilePath(bundle.slug);
  const cp = c.counterpart;
  const mayor = cp.mayor
    ? person(cp.mayor, roleTitle('mayor', cp.mayor.gender, lang), lang, { file, path: ['counterpart', 'mayor'] })
    : null;
  return {
    body: pickOrNull(cp.body, lang, { file, path: ['counterpart', 'body'] }),
    mayor: mayor ? `${mayor.fullName}, ${mayor.title}` : null,
    office: contactLine(undefined, cp.office, lang, { file, path: ['counterpart', 'office'] }),
    people: (cp.contacts ?? [])
      .map((p, i) => contactLine(p, undefined, lang, { file, path: ['counterpart', 'contacts', i] }))
      .filter((l): l is string => l !== null),
    representations: (c.representations ?? []).map((r, i) => {
      const at = { file, path: ['representations', i] };
      const name = pick(r.name, lang, { ...at, path: [...at.path, 'name'] });
      // Each said once: no "(Chicago)" after «… en Chicago», no "de México" after «… de México en …».
      const city = loose(r.city, lang);
      const side = REPRESENTATIONS[r.side] as (typeof REPRESENTATIONS)[string];
      const named = side.named && name.includes(escapeMarkdown(say(side.named, lang)));
      const whose = named ? null : escapeMarkdown(say(side.whose, lang));
      const line = contactLine(r.contact, r.office, lang, { ...at, path: [...at.path, 'contact'] });
      return `${name}${city && !name.includes(city) ? ` (${city})` : ''}${whose ? `, ${whose}` : ''}${line ? ` · ${line}` : ''}`;
    }),
  };
}

/** A file's line: its recorded hash, else the hash of the file as it is now (said so). */
function fileItem(ws: Workspace, rel: string, recorded: string | undefined, what: string) {
  const abs = join(ws.root, rel);
  const present = existsSync(abs);
  let hash = recorded;
  if (hash === undefined && present) {
    try {
      hash = sha256(readRegularFile(abs).bytes);
    } catch {
      // A folder or a named pipe where the file should be: no hash to give.
    }
  }
  return { what, path: escapeMarkdown(rel), sha256: hash ?? null, recorded: recorded !== undefined, present };
}

const PLACES: Record<string, Bilingual> = {
  liaison: { es: 'Nombramiento del enlace', en: 'Appointment of the liaison' },
  end: { es: 'Cierre del caso', en: 'Closing of the case' },
  amendments: { es: 'Modificación del acuerdo', en: 'Amendment of the agreement' },
  missions: { es: 'Misión', en: 'Mission' },
  activities: { es: 'Actividad del POA', en: 'AOP activity' },
  results: { es: 'Resultados del POA', en: 'AOP results' },
  counterpartApproval: { es: 'Aprobación de la contraparte', en: "The counterpart's approval" },
  // A round's own evidence (its acuse, the oficio sent) is the request; the dictamen has its own list.
  rounds: { es: 'Solicitud de dictamen a la SRE', en: "Request for the SRE's opinion" },
  dictamen: { es: 'Dictamen de la SRE', en: "The SRE's opinion" },
};

/**
 * What a piece of evidence is: its description, else the step or record it hangs from (the keys of
 * its path above the evidence list itself).
 */
function describe(ref: FileRef, config: WorkspaceFile, lang: string, fallback?: string): string {
  const described = loose(ref.description, lang);
  if (described) return described;
  const at = ref.path.slice(0, -2);
  if (at.length === 0 && fallback) at.push(fallback);
  // An amendment's round stays named by its amendment, as before it had a word of its own.
  const place = (key: string | number) =>
    typeof key === 'string' && PLACES[key] && !(key === 'rounds' && at[0] === 'amendments');
  const deepest = [...at].reverse().find(place) as string | undefined;
  const step = at[0] === 'steps' ? stepsFor(config).find((s) => s.id === at[1]) : undefined;
  const round = at.indexOf('rounds');
  const words = deepest ? say(PLACES[deepest] as Bilingual, lang) : step ? say(step.title, lang) : at.join(' · ');
  const n = round >= 0 ? Number(at[round + 1]) + 1 : undefined;
  return escapeMarkdown(n === undefined ? words : `${words} (${lang === 'es' ? 'ronda' : 'round'} ${n})`);
}

function workspaceFiles(ws: Workspace, lang: string): Files['items'] {
  const config = ws.config as WorkspaceFile;
  return workspaceRefs(ws).map((ref) => fileItem(ws, ref.ref, ref.sha256, describe(ref, config, lang)));
}

const AMENDMENT: Bilingual = { es: 'modificación', en: 'amendment' };

/**
 * Which amendment an issued oficio (`step: amendment` in documents.yaml) is about, as "modificación
 * modificacion-1": the one whose id its file is named with by `generate --amendment`; only the word
 * when a register written by hand names the file otherwise.
 */
function amendmentWords(bundle: CaseBundle, doc: DocumentsFile['documents'][number], lang: string): string {
  const amendment = bundle.case?.amendments?.find(
    (a) => doc.file === `issued/${documentFileName(doc.document, bundle.slug, doc.langs, a.id)}`,
  );
  return amendment ? `${say(AMENDMENT, lang)} ${amendment.id}` : say(AMENDMENT, lang);
}

function caseFiles(ws: Workspace, bundle: CaseBundle, lang: string): Files['items'] {
  const config = ws.config as WorkspaceFile;
  const items = [
    ...(bundle.documents?.documents ?? []).map((doc) => {
      const about = doc.step === 'amendment' ? `, ${amendmentWords(bundle, doc, lang)}` : '';
      return fileItem(
        ws,
        `${bundle.dir}/${doc.file}`,
        doc.sha256,
        escapeMarkdown(`${doc.document}${about} (${doc.langs.join(', ')}), ${shortDate(doc.date, lang)}`),
      );
    }),
    ...caseRefs(ws, bundle)
      .filter((ref) => ref.kind === 'evidence')
      .map((ref) => {
        // An AOP's evidence is named with its program's year.
        const year = bundle.aops.find((aop) => aop.file === ref.file)?.year;
        const what = describe(ref, config, lang, year === undefined ? undefined : 'results');
        return fileItem(ws, `${ref.base}/${ref.ref}`, ref.sha256, year && !ref.description ? `${what} ${year}` : what);
      }),
  ];
  return items;
}
