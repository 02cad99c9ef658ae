// A case's recorded facts as a readable summary: plain text for the terminal, Markdown for minutes.
import { isPlainObject } from '../commands/answers.js';
import type { ReviewResult } from '../commands/review.js';
import { checkLanguage } from '../process/rules/iso-codes.js';
import { PHASES, type StepDef } from '../process/steps.js';
import { t, type UiLang } from './i18n.js';
import { displayWidth, mdInline, oneLine, terminalText } from './text.js';

export const REVIEW_FORMATS = ['text', 'md'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** A language map: every key a real ISO 639 code (not `web`, `for`…), every value a text. */
const isLangMap = (v: unknown): v is Record<string, string> =>
  isPlainObject(v) &&
  Object.keys(v).length > 0 &&
  Object.entries(v).every(([k, x]) => /^[a-z]{2,3}$/.test(k) && checkLanguage(k).ok && typeof x === 'string');

/** A field's name for people: from the catalog (`field.<key>`), else the key itself. */
function label(lang: UiLang, key: string): string {
  const text = t(lang, `field.${key}`);
  return text.startsWith('field.') ? key : text;
}

/** An enum value in words where the catalog has it (`enum.<field>.<value>`). */
function valueWords(lang: UiLang, key: string, value: unknown): string {
  if (typeof value === 'boolean') return t(lang, value ? 'prompts.yes' : 'prompts.no');
  if (typeof value !== 'string') return String(value);
  for (const field of ENUM_FIELDS[key] ?? []) {
    const text = t(lang, `enum.${field}.${value}`);
    if (!text.startsWith('enum.')) return text;
  }
  return value;
}

const ENUM_FIELDS: Record<string, string[]> = {
  nature: ['nature'],
  kind: ['kind'],
  gender: ['gender'],
  outcome: ['outcome', 'dictamen'],
  channel: ['channel', 'contact'],
  sessionType: ['session'],
  majority: ['majority'],
  route: ['route'],
  resolution: ['resolution'],
  direction: ['direction'],
  source: ['source'],
  sector: ['sector'],
  type: ['reason', 'representation'],
  side: ['side'],
  state: ['end-state'],
};

interface Writer {
  heading(text: string): void;
  line(depth: number, text: string): void;
  blank(): void;
  out(): string;
}

function writer(format: ReviewFormat): Writer {
  const lines: string[] = [];
  return {
    heading: (text) => {
      if (lines.length > 0) lines.push('');
      if (format === 'md') lines.push(`## ${text}`, '');
      else lines.push(text, '─'.repeat(Math.min(80, displayWidth(text))));
    },
    // A value of several lines (text format) goes on under its item, indented as the item's text.
    line: (depth, text) => {
      const indent = '  '.repeat(depth);
      const mark = format === 'md' ? '- ' : depth > 0 ? '· ' : '';
      lines.push(`${indent}${mark}${text.replace(/\n/g, `\n${indent}${' '.repeat(mark.length)}`)}`);
    },
    blank: () => lines.push(''),
    out: () => `${lines.join('\n')}\n`,
  };
}

/** A value as the format shows it: escaped on one Markdown line, or without control characters. */
const esc = (format: ReviewFormat, s: string) => (format === 'md' ? mdInline(s) : terminalText(s));
/** A title or a name: on one line in either format. */
const inline = (format: ReviewFormat, s: string) => (format === 'md' ? mdInline(s) : oneLine(s));

/** A text in one or more languages after its `head` ("Title:", "1."): on the same line when in one. */
function langLines(w: Writer, format: ReviewFormat, depth: number, head: string, value: Record<string, string>): void {
  const entries = Object.entries(value);
  if (entries.length === 1) w.line(depth, `${head} ${esc(format, entries[0]?.[1] ?? '')}`);
  else {
    w.line(depth, head);
    for (const [l, text] of entries) w.line(depth + 1, `[${l}] ${esc(format, text)}`);
  }
}

function emit(
  w: Writer,
  format: ReviewFormat,
  lang: UiLang,
  depth: number,
  key: string,
  value: unknown,
  title = label(lang, key),
): void {
  const name = format === 'md' ? `**${inline(format, title)}**` : inline(format, title);
  if (value === undefined || value === null) return;
  if (isLangMap(value)) {
    langLines(w, format, depth, `${name}:`, value);
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      w.line(depth, `${name}: ${value.map((v) => esc(format, String(v))).join(', ')}`);
      return;
    }
    w.line(depth, `${name}:`);
    value.forEach((item, i) => {
      if (isLangMap(item)) {
        langLines(w, format, depth + 1, `${i + 1}.`, item);
        return;
      }
      w.line(depth + 1, `${i + 1}.`);
      if (isPlainObject(item)) for (const [k, v] of Object.entries(item)) emit(w, format, lang, depth + 2, k, v);
      else w.line(depth + 2, esc(format, String(item)));
    });
    return;
  }
  if (isPlainObject(value)) {
    w.line(depth, `${name}:`);
    for (const [k, v] of Object.entries(value)) emit(w, format, lang, depth + 1, k, v);
    return;
  }
  w.line(depth, `${name}: ${esc(format, valueWords(lang, key, value))}`);
}

/** A local step's fact under the label linkage.yaml gives it; a built-in's under the catalog's. */
function factLabel(step: StepDef, key: string, lang: UiLang): string {
  const own = step.local ? step.facts.find((f) => f.path.at(-1) === key)?.label[lang] : undefined;
  return own && own !== key ? own : label(lang, key);
}

export function renderReview(r: ReviewResult, format: ReviewFormat, lang: UiLang): string {
  const w = writer(format);
  const c = r.case;
  const st = r.status;
  const title = t(lang, 'review.title', { slug: r.slug, city: st.cityIn[lang], country: st.country ?? '' });
  const lines: string[] = [];
  lines.push(title);
  lines.push(t(lang, 'review.asOf', { date: r.today }));
  const phase = st.phase ? `${st.phase} ${PHASES[st.phase].title[lang]}` : '—';
  if (st.closed)
    lines.push(
      t(lang, 'review.closed', { state: t(lang, `status.closed.${st.closed.state}`), date: st.closed.date ?? '—' }),
    );
  else if (st.next[0])
    lines.push(
      t(lang, 'review.where', {
        phase,
        step: st.next[0].step.title[lang],
        actor: t(lang, `status.actor.${st.move?.actor ?? st.next[0].step.actor}`),
      }),
    );
  else lines.push(t(lang, 'review.up-to-date', { phase }));
  // Notified and not yet in effect: the case is open and in force until that day (status says so too).
  if (st.ending) lines.push(t(lang, 'review.ending', { date: st.ending.date }));
  const shown = lines.map((l) => inline(format, l));
  if (format === 'md') shown[0] = `# ${shown[0]}`;
  const head = `${shown.join(format === 'md' ? '\n\n' : '\n')}\n`;

  const section = (id: string, keys: string[]) => {
    const present = keys.filter((k) => c[k] !== undefined);
    if (present.length === 0) return;
    w.heading(t(lang, `review.section.${id}`));
    for (const k of present) emit(w, format, lang, 0, k, c[k]);
  };
  section('counterpart', ['counterpart', 'kind', 'topic']);
  section('reasons', ['reasons', 'areas']);

  w.heading(t(lang, 'review.section.steps'));
  const steps = (c.steps ?? {}) as Record<string, unknown>;
  for (const s of st.steps) {
    const state = t(lang, `status.state.${s.state}`);
    const title = inline(format, s.step.title[lang]);
    w.line(0, `${format === 'md' ? `**${title}**` : title} — ${state}${s.date ? ` (${s.date})` : ''}`);
    const facts = steps[s.id];
    if (isPlainObject(facts))
      for (const [k, v] of Object.entries(facts)) emit(w, format, lang, 1, k, v, factLabel(s.step, k, lang));
    else if (Array.isArray(facts)) emit(w, format, lang, 1, s.id, facts);
    const skipped = (c.skipped as Record<string, unknown> | undefined)?.[s.id];
    if (skipped) emit(w, format, lang, 1, 'skipped', skipped);
  }
  section('end', ['end', 'amendments']);
  section('contact', ['contactLog', 'representations']);
  section('missions', ['missions']);

  const versions = r.agreement?.versions;
  if (Array.isArray(versions) && versions.length > 0) {
    w.heading(t(lang, 'review.section.agreement'));
    emit(w, format, lang, 0, 'versions', versions);
  }
  if (r.aops.length > 0) {
    w.heading(t(lang, 'review.section.aop'));
    for (const a of r.aops) {
      const activities = Array.isArray(a.data?.activities) ? a.data.activities.length : 0;
      w.line(
        0,
        esc(
          format,
          t(lang, 'review.aop', { year: a.year, file: a.file, activities, approved: String(a.data?.approved ?? '—') }),
        ),
      );
    }
  }
  const docs = r.documents?.documents;
  if (Array.isArray(docs) && docs.length > 0) {
    w.heading(t(lang, 'review.section.documents'));
    for (const d of docs as Record<string, unknown>[])
      w.line(
        0,
        esc(
          format,
          `${String(d.date)} · ${String(d.document)} (${String((d.langs as string[] | undefined)?.join(', ') ?? '')}) · ${String(d.file)}`,
        ),
      );
  }
  return `${head}\n${w.out().replace(/^\n+/, '')}`;
}
