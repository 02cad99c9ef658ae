// The effective text of a case's agreement: the model (when agreement.yaml says `model:`) with the
// file's articles overriding, adding or omitting by id, placeholders filled; or the file's articles
// as they stand. Its hash names the text that the council approves, the SRE reviews and both sign.
import { lazyProperty } from '../lazy-property.js';
import { textHash } from '../workspace/hash.js';
import type { AgreementFile, CaseFile, LangTextValue, WorkspaceFile } from '../workspace/schema.js';
import { type Closing, closingOf } from './closing.js';
import { agreementModel, type LangMap, type ModelVariant } from './model.js';
import { fill, type Placeholder, type PlaceholderValues, placeholderValues } from './placeholders.js';

export type FieldPath = (string | number)[];

export interface EffectiveArticle {
  id: string;
  /** 1, 2, …: the order of the list. Rendering prints "ARTÍCULO n" (`articleLabel`). */
  number: number;
  heading: LangMap;
  text: LangMap;
  /** This article's entry in agreement.yaml `articles`, or null when it is the model's as it stands. */
  index: number | null;
  /** The languages whose heading or text come from the model rather than agreement.yaml. */
  fromModel: { heading: string[]; text: string[] };
  /** agreement.yaml gives the text as a bare string (Spanish), so its path ends at `text`. */
  bareText: boolean;
}

export type AgreementIssueId =
  | 'incomplete'
  | 'unknown-after'
  | 'omit-unknown'
  | 'needs-model'
  | 'duplicate-id'
  | 'no-articles';

/** A problem in agreement.yaml's articles, located in that file. */
export interface AgreementIssue {
  id: AgreementIssueId;
  path: FieldPath;
  params: Record<string, string>;
}

/** A placeholder of the model with no recorded value: the draft shows a blank there. */
export interface MissingFact {
  placeholder: Placeholder;
  lang: string;
  /** `title`, `parties`, `recitals` or `articles.<id>`. */
  where: string;
}

export interface EffectiveAgreement {
  /** The model the articles start from; null when agreement.yaml's articles are the whole text. */
  model: ModelVariant | null;
  /** The variant whose title, parties clause and recitals stand in where agreement.yaml has none. */
  variant: ModelVariant;
  /** The language versions of the articles: Spanish, English, then the others as they appear. */
  languages: string[];
  title: LangMap;
  parties: LangMap;
  recitals: LangMap[];
  preambleEnd: LangMap;
  articles: EffectiveArticle[];
  /** "el Municipio de X" / "la Ciudad de Y", with their article: for "Por …" above each signature. */
  partyNames: { municipality: LangMap; counterpart: LangMap };
  closing: Closing;
  missing: MissingFact[];
  issues: AgreementIssue[];
  /** textHash of the articles: what `versions`, council, SRE rounds and signature record. */
  hash: string;
}

export interface AgreementSources {
  case: CaseFile | null;
  agreement: AgreementFile | null;
}

/** One language's heading or text while the list is built: a model template or the file's own. */
type Slot = { value: string; model: boolean };
interface Draft {
  id: string;
  heading: Map<string, Slot>;
  text: Map<string, Slot>;
  index: number | null;
  bareText: boolean;
}

const toMap = (value: LangTextValue | undefined): Record<string, string> =>
  value === undefined ? {} : typeof value === 'string' ? { es: value } : value;

function merge(into: Map<string, Slot>, value: LangTextValue | undefined): void {
  for (const [lang, text] of Object.entries(toMap(value))) into.set(lang, { value: text, model: false });
}

function fromFile(entry: AgreementFile['articles'][number], index: number): Draft {
  const d: Draft = {
    id: entry.id,
    heading: new Map(),
    text: new Map(),
    index,
    bareText: typeof entry.text === 'string',
  };
  merge(d.heading, entry.heading);
  merge(d.text, entry.text);
  return d;
}

/** The articles of a model-based text: the model's, then agreement.yaml's overrides in file order. */
function modelArticles(variant: ModelVariant, entries: AgreementFile['articles'], issues: AgreementIssue[]): Draft[] {
  const list: Draft[] = agreementModel(variant).articles.map((a) => ({
    id: a.id,
    heading: new Map(Object.entries(a.heading).map(([l, v]) => [l, { value: v, model: true }])),
    text: new Map(Object.entries(a.text).map(([l, v]) => [l, { value: v, model: true }])),
    index: null,
    bareText: false,
  }));
  const seen = new Set<string>();
  const toPlace: { draft: Draft; after: string | undefined; index: number }[] = [];
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) {
      issues.push({ id: 'duplicate-id', path: ['articles', i, 'id'], params: { article: entry.id } });
      return;
    }
    seen.add(entry.id);
    const at = list.findIndex((d) => d.id === entry.id);
    if (entry.omit) {
      if (at < 0) issues.push({ id: 'omit-unknown', path: ['articles', i, 'omit'], params: { article: entry.id } });
      else list.splice(at, 1);
      return;
    }
    let draft: Draft;
    if (at >= 0) {
      draft = list[at] as Draft;
      merge(draft.heading, entry.heading);
      merge(draft.text, entry.text);
      draft.index = i;
      draft.bareText = typeof entry.text === 'string';
      if (entry.after === undefined) return;
      list.splice(at, 1);
    } else {
      draft = fromFile(entry, i);
      incomplete(entry, i, issues);
    }
    toPlace.push({ draft, after: entry.after, index: i });
  });
  // Place the added and moved articles; one may follow another that is placed later in the file.
  const lastAfter = new Map<string, string>();
  let pending = toPlace;
  while (pending.length > 0) {
    const left: typeof pending = [];
    let progress = false;
    for (const p of pending) {
      if (p.after === undefined) {
        list.push(p.draft);
        progress = true;
        continue;
      }
      const anchor = lastAfter.get(p.after) ?? p.after;
      const k = list.findIndex((d) => d.id === anchor);
      if (k < 0) {
        left.push(p);
        continue;
      }
      list.splice(k + 1, 0, p.draft);
      lastAfter.set(p.after, p.draft.id);
      progress = true;
    }
    if (!progress) {
      const [first, ...rest] = left as [(typeof pending)[number], ...typeof pending];
      issues.push({
        id: 'unknown-after',
        path: ['articles', first.index, 'after'],
        params: { article: first.draft.id, after: first.after ?? '' },
      });
      list.push(first.draft);
      pending = rest;
    } else pending = left;
  }
  return list;
}

function incomplete(entry: AgreementFile['articles'][number], i: number, issues: AgreementIssue[]): void {
  for (const field of ['heading', 'text'] as const) {
    if (Object.keys(toMap(entry[field])).length === 0)
      issues.push({ id: 'incomplete', path: ['articles', i], params: { article: entry.id, field } });
  }
}

/** Without `model:`, the file's articles are the whole text; `after` and `omit` mean nothing. */
function literalArticles(entries: AgreementFile['articles'], issues: AgreementIssue[]): Draft[] {
  if (entries.length === 0) issues.push({ id: 'no-articles', path: ['articles'], params: {} });
  const seen = new Set<string>();
  return entries.map((entry, i) => {
    if (seen.has(entry.id))
      issues.push({ id: 'duplicate-id', path: ['articles', i, 'id'], params: { article: entry.id } });
    seen.add(entry.id);
    incomplete(entry, i, issues);
    for (const key of ['after', 'omit'] as const) {
      if (entry[key] !== undefined)
        issues.push({ id: 'needs-model', path: ['articles', i, key], params: { article: entry.id, key } });
    }
    return fromFile(entry, i);
  });
}

/** Spanish, English, then the others in the order they first appear. */
function orderLanguages(langs: Iterable<string>): string[] {
  const all = [...new Set(langs)];
  return [...['es', 'en'].filter((l) => all.includes(l)), ...all.filter((l) => l !== 'es' && l !== 'en')];
}

/**
 * The effective text of a case's agreement. With no agreement.yaml it is the model of the case's
 * kind, so a draft renders for any case; blanks stand where facts are missing (`missing`).
 */
export function effectiveAgreement(config: WorkspaceFile | null, bundle: AgreementSources): EffectiveAgreement {
  const { case: c, agreement } = bundle;
  const variant: ModelVariant = agreement?.model ?? c?.kind ?? 'sister-cities';
  const model = agreement ? (agreement.model ?? null) : variant;
  const values: PlaceholderValues = placeholderValues({ config, case: c, agreement });
  const issues: AgreementIssue[] = [];
  const missing: MissingFact[] = [];
  const filled = (template: string, lang: string, where: string) => {
    const r = fill(template, lang, values);
    for (const placeholder of r.missing) missing.push({ placeholder, lang, where });
    return r.text;
  };
  const fillMap = (m: LangMap, where: string): LangMap =>
    Object.fromEntries(Object.entries(m).map(([lang, t]) => [lang, filled(t, lang, where)]));

  // In the order of the document, so that missing facts are listed as a reader meets them.
  const m = agreementModel(variant);
  const title = agreement?.title !== undefined ? toMap(agreement.title) : fillMap(m.title, 'title');
  const parties = agreement?.parties !== undefined ? toMap(agreement.parties) : fillMap(m.parties, 'parties');
  const recitals = agreement?.recitals ? agreement.recitals.map(toMap) : m.recitals.map((r) => fillMap(r, 'recitals'));
  const drafts =
    model === null
      ? literalArticles(agreement?.articles ?? [], issues)
      : modelArticles(model, agreement?.articles ?? [], issues);
  // A heading or text per language, the model's filled, and the languages that come from the model
  // (in one pass: `check` builds every case's effective text).
  const slots = (map: Map<string, Slot>, where: string): { value: LangMap; fromModel: string[] } => {
    const value: LangMap = {};
    const fromModel: string[] = [];
    map.forEach((s, lang) => {
      if (!s.model) value[lang] = s.value;
      else {
        value[lang] = filled(s.value, lang, where);
        fromModel.push(lang);
      }
    });
    return { value, fromModel };
  };
  const articles: EffectiveArticle[] = drafts.map((d, i) => {
    const where = `articles.${d.id}`;
    const heading = slots(d.heading, where);
    const text = slots(d.text, where);
    return {
      id: d.id,
      number: i + 1,
      heading: heading.value,
      text: text.value,
      index: d.index,
      fromModel: { heading: heading.fromModel, text: text.fromModel },
      bareText: d.bareText,
    };
  });
  const languages = orderLanguages(articles.flatMap((a) => [...Object.keys(a.text), ...Object.keys(a.heading)]));

  const counterpart: LangMap = {};
  for (const lang of orderLanguages([...languages, 'es', 'en'])) {
    const name = values.counterpart(lang);
    if (name !== undefined) counterpart[lang] = name;
  }
  const name = config?.municipality.name;
  const effective = {
    model,
    variant,
    languages,
    title,
    parties,
    recitals,
    // The German version (the closing formula, the party names and the article labels are also written
    // in German here) opens its articles with the formula of German treaties.
    preambleEnd: { ...m.preambleEnd, de: 'haben Folgendes vereinbart:' },
    articles,
    partyNames: {
      municipality: name
        ? { es: `el Municipio de ${name}`, en: `the Municipality of ${name}`, de: `das Municipio ${name}` }
        : {},
      counterpart,
    },
    missing,
    issues,
  } as Omit<EffectiveAgreement, 'closing' | 'hash'> as EffectiveAgreement;
  // The closing sentence (dates and language names through Intl) is for the documents, and the text's
  // hash for the rules that compare versions: each is made when first read (`check` reads every
  // case's effective text, `status` some).
  lazyProperty(effective, 'closing', () =>
    closingOf(c, agreement, c ? orderLanguages(['es', ...c.counterpart.languages]) : languages),
  );
  lazyProperty(effective, 'hash', () => textHash(articles));
  return effective;
}

/** Where an article's text in a language is written in agreement.yaml, or undefined for the model's. */
export function articleTextPath(article: EffectiveArticle, lang: string): FieldPath | undefined {
  if (article.index === null || article.fromModel.text.includes(lang)) return undefined;
  return article.bareText ? ['articles', article.index, 'text'] : ['articles', article.index, 'text', lang];
}

/** The language versions the agreement must have: those of its text and those it is signed in. */
export function agreementLanguages(eff: EffectiveAgreement, c: CaseFile | null): string[] {
  return orderLanguages([...eff.languages, ...(c?.steps?.signature?.languages ?? [])]);
}

export interface TextVersion {
  /** The hash of the current effective text. */
  hash: string;
  /** The last entry of agreement.yaml `versions`, if any. */
  last: { hash: string; date: string } | null;
  /** The current text is the last recorded version. */
  current: boolean;
  /** The current text is an earlier version (the text went back to it). */
  earlier: boolean;
  /** What to append to `versions` when the current text is not the last version. */
  append: { hash: string; date: string } | null;
}

/**
 * Whether the current effective text is the last recorded version, and the entry to append when it
 * is not (dated `today`): every change of text makes a new version with its hash. `eff`: the
 * effective text when the caller has it already (the check rules share one per case).
 */
export function textVersion(
  config: WorkspaceFile | null,
  bundle: AgreementSources,
  today: string,
  eff: EffectiveAgreement = effectiveAgreement(config, bundle),
): TextVersion {
  const hash = eff.hash;
  const versions = bundle.agreement?.versions ?? [];
  const last = versions.at(-1);
  const current = last?.hash === hash;
  return {
    hash,
    last: last ? { hash: last.hash, date: last.date } : null,
    current,
    earlier: !current && versions.some((v) => v.hash === hash),
    append: current ? null : { hash, date: today },
  };
}
