// `linkage generate`: drafts into out/, issued documents into the case with their register entry.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { currentAgreementHash, DOCUMENTS, type DocumentDef, findDocument } from '../documents/catalog.js';
import { documentFileName } from '../documents/file-name.js';
import { renderDocument, templateNames } from '../documents/render.js';
import { findTemplate } from '../documents/templates.js';
import { type Location, UserError } from '../errors.js';
import { languageWithName } from '../intl.js';
import { administrationIn, administrationOn } from '../process/administrations.js';
import { aopYearRefusal } from '../process/aop.js';
import { isDate } from '../process/dates.js';
import { clearedTexts } from '../process/steps.js';
import { fileInTheWay, writeAtomic } from '../workspace/atomic.js';
import { sha256 } from '../workspace/hash.js';
import { type AopEntry, type CaseBundle, caseFilePath, type Workspace } from '../workspace/load.js';
import { located, locateProblems } from '../workspace/locate.js';
import { readOrRefuse } from '../workspace/read-file.js';
import type { CaseFile, DocumentsFile, WorkspaceFile } from '../workspace/schema.js';
import { closest } from '../workspace/validate.js';
import type { PlannedWrite } from '../workspace/write.js';
import { defaultAopYear } from './aop.js';
import { badDate, defaultCase, readableWorkspace, workspaceToday } from './common.js';

export interface GenerateOptions {
  root: string;
  /** More workspaces (repeated -C), for a document that covers several (the status report). */
  also?: string[];
  cwd: string;
  /** A document id, or `all`. */
  document: string;
  caseSlug?: string;
  langs?: string[];
  out?: string;
  date?: string;
  record?: boolean;
  /** Render in memory only: write nothing. */
  check?: boolean;
  /** The agreement without its draft watermark: only with a favourable dictamen on its text. */
  final?: boolean;
  layout?: 'sequential' | 'parallel';
  /** An oficio's number, when the case has not recorded it. */
  oficio?: string;
  /** The AOP year of `aop` and `aop-report`. */
  year?: number;
  /** The id of the amendment an oficio to the SRE is about (`opinion-request`, `registration`). */
  amendment?: string;
  asOf?: string;
  env?: NodeJS.ProcessEnv;
  onProgress?: (n: number, total: number, file: string) => void;
}

export interface GeneratedDocument {
  document: string;
  slug?: string;
  langs: string[];
  fileName: string;
  /** Where it was written (absent with --check). */
  file?: string;
  /** Copied from the issued PDF instead of rendered. */
  fromIssued?: boolean;
  recorded?: { sha256: string };
  pageCount?: number;
  warnings: Notice[];
}

/**
 * A message said with a document. `languages`: params that are language codes, said with their names
 * in the language of whoever reads the message ("polaco (pl)"), unknown here (see `noticeParams`).
 */
export interface Notice {
  id: string;
  params: Record<string, string | number>;
  languages?: Record<string, string[]>;
}

/** The params of a notice for a message in `lang`: its language codes named in it. */
export function noticeParams(notice: Notice, lang: string): Record<string, string | number> {
  const named = Object.entries(notice.languages ?? {}).map(
    ([key, codes]) => [key, codes.map((code) => languageWithName(code, lang)).join(', ')] as const,
  );
  return { ...notice.params, ...Object.fromEntries(named) };
}

/** A document `generate all` left out because the case's facts would make it contradict itself. */
export interface LeftOutDocument {
  /** The document, with the amendment it is about (`opinion-request --amendment <id>`). */
  document: string;
  slug: string;
  /** Why: the error it is refused with when asked for by name, and where in the case's files. */
  reason: { id: string; params: Record<string, string | number>; location?: Location };
}

export interface GenerateResult {
  documents: GeneratedDocument[];
  leftOut: LeftOutDocument[];
}

interface Job {
  doc: DocumentDef;
  bundle?: CaseBundle;
  langs: string[];
  aop?: AopEntry;
  /** The amendment (its index in case.yaml) an oficio is about; undefined for the agreement itself. */
  amendment?: number;
  /** Said with the document: the counterpart's language had no template, so it went out in others. */
  notice?: Notice;
}

export async function runGenerate(options: GenerateOptions): Promise<GenerateResult> {
  const also = options.also ?? [];
  if (also.length > 0 && !findDocument(options.document)?.manyWorkspaces) {
    throw new UserError('cli.one-workspace', { count: also.length + 1 });
  }
  // --check writes nothing, not even the parse cache.
  // A broken linkage.yaml's problems carry their workspace: of several, each is named from where the
  // command runs, as check names them.
  const workspaces = [options.root, ...also].map((root) =>
    readableWorkspace(root, 'document.workspace-invalid', { cache: options.check !== true }),
  );
  const ws = workspaces[0] as Workspace;
  const today = workspaceToday(ws, options.asOf, options.env);
  if (options.date !== undefined && !isDate(options.date)) throw badDate(options.date);
  const { jobs, leftOut } = await planJobs(ws, options, today);
  if (options.record && jobs.length !== 1)
    throw new UserError('cli.need-case', { root: ws.root, cases: ws.cases.map((c) => c.slug).join(', ') });

  // A report over several workspaces belongs to none of them: it goes where the command was run.
  const outDir = options.out
    ? resolve(options.cwd, options.out)
    : join(workspaces.length > 1 ? options.cwd : ws.root, 'out');
  // A language without its template stops the run before any document is written (generate all
  // wrote some, then stopped at the first document it could not make in a language asked for).
  const fromIssued = (job: Job) => (options.record || options.check ? undefined : issuedCopy(ws, job));
  // `all --layout parallel` sets side by side the documents that have a parallel template (the
  // agreement); the others go one language after the other, as without it.
  const layoutOf = (job: Job) =>
    options.layout === 'parallel' && options.document === 'all' && !findTemplate(ws.root, job.doc.id, 'parallel')
      ? undefined
      : options.layout;
  for (const job of jobs) {
    if (fromIssued(job)) continue;
    for (const lang of templateNames(layoutOf(job), job.langs)) {
      if (!findTemplate(ws.root, job.doc.id, lang))
        throw new UserError(lang === 'parallel' ? 'template.missing-parallel' : 'template.missing', {
          document: job.doc.id,
          lang,
        });
    }
  }
  const results: GeneratedDocument[] = [];
  for (const [i, job] of jobs.entries()) {
    const fileName = fileNameOf(job);
    options.onProgress?.(i + 1, jobs.length, fileName);
    const base: GeneratedDocument = {
      document: job.doc.id,
      langs: job.langs,
      fileName,
      warnings: job.notice ? [job.notice] : [],
      ...(job.bundle ? { slug: job.bundle.slug } : {}),
    };
    const from = fromIssued(job);
    if (from) {
      mkdirOut(outDir);
      copyFileSync(from, join(outDir, fileName));
      results.push({ ...base, file: join(outDir, fileName), fromIssued: true });
      continue;
    }
    const recorded = job.bundle ? job.doc.recordedDate?.(job.bundle, job.aop, job.amendment) : undefined;
    if (options.record && recorded && options.date && recorded !== options.date) {
      throw new UserError('document.date-differs', { recorded, given: options.date });
    }
    // Issuing records a date the user gives, never one assumed.
    const date = options.date ?? recorded ?? (job.doc.report || (job.doc.datedToday && !options.record) ? today : null);
    if (options.record && date === null) throw new UserError('document.needs-date');
    // A document speaks for the administration in office on its date; with none recorded, the
    // nearest one's officials would sign it: said with a draft, refused for an issued document.
    const unheld = job.doc.report ? undefined : noAdministration(ws, date ?? today);
    if (unheld && options.record) throw new UserError(unheld.id, unheld.params);
    if (unheld) base.warnings.push(unheld);
    base.warnings.push(...(job.doc.warnings?.(ws, job.bundle, job.amendment) ?? []));
    if (options.final || (options.record && job.doc.draftWatermark)) checkFinal(ws, job);
    const layout = layoutOf(job);
    const rendered = await renderDocument({
      ws,
      doc: job.doc,
      bundle: job.bundle,
      langs: job.langs,
      date,
      draft: !options.record,
      today,
      ...(layout ? { layout } : {}),
      final: options.final === true,
      build: {
        ...(options.oficio ? { oficio: options.oficio } : {}),
        ...(job.aop ? { aop: job.aop } : {}),
        ...(job.amendment !== undefined ? { amendment: job.amendment } : {}),
        ...(job.doc.manyWorkspaces ? { workspaces } : {}),
      },
    });
    const result: GeneratedDocument = {
      ...base,
      pageCount: rendered.pageCount,
      warnings: [...base.warnings, ...rendered.warnings],
    };
    if (options.check) {
      results.push(result);
      continue;
    }
    if (options.record) {
      result.recorded = {
        sha256: await record(ws, job, fileName, rendered.pdf, {
          date: date as string,
          origin: rendered.templates[0]?.origin ?? 'builtin',
          version: rendered.templates[0]?.contextVersion ?? 1,
          ...(options.oficio ? { oficio: options.oficio } : {}),
        }),
      };
      result.file = join(ws.root, job.bundle?.dir ?? '', 'issued', fileName);
    } else {
      mkdirOut(outDir);
      writeAtomic(join(outDir, fileName), rendered.pdf);
      result.file = join(outDir, fileName);
    }
    results.push(result);
  }
  return { documents: results, leftOut };
}

/** The warning for a date on which no recorded administration is in office, if it is one. */
function noAdministration(ws: Workspace, date: string): GeneratedDocument['warnings'][number] | undefined {
  if (administrationIn(ws.config, date)) return undefined;
  const { admin } = administrationOn(ws.config as WorkspaceFile, date);
  return {
    id: 'document.no-administration',
    params: { date, administration: admin.id, start: admin.period.start, end: admin.period.end },
  };
}

function mkdirOut(dir: string): void {
  const blocker = fileInTheWay(dir);
  if (blocker !== undefined) throw new UserError('folder.is-file', { folder: blocker });
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UserError('file.unwritable', { file: dir, code: (error as NodeJS.ErrnoException).code ?? '?' });
  }
}

/** Which documents, for which cases, in which languages. */
async function planJobs(
  ws: Workspace,
  options: GenerateOptions,
  today: string,
): Promise<{ jobs: Job[]; leftOut: LeftOutDocument[] }> {
  const docs = options.document === 'all' ? DOCUMENTS : [documentOrError(options.document)];
  if (options.amendment !== undefined && (options.document === 'all' || !docs[0]?.amendment)) {
    throw new UserError('document.amendment-not-applicable', { document: options.document });
  }
  const slug = defaultCase(ws, options.caseSlug, options.cwd);
  const jobs: Job[] = [];
  const leftOut: LeftOutDocument[] = [];
  for (const doc of docs) {
    if (doc.report) {
      // A report covers every case; naming one is a mistake only when the report is asked for by name.
      if (options.caseSlug && options.document !== 'all') {
        throw new UserError('document.no-case', { document: doc.id, slug: options.caseSlug });
      }
      jobs.push({ doc, langs: languages(ws, doc, options, undefined) });
      continue;
    }
    if (doc.scope === 'workspace') {
      // `all` makes a workspace document once the workspace reached it, as it makes a case's once the
      // case did: a workspace half-way through Phase 1 (and CI's `generate --check`) is not stopped by
      // a profile still being written.
      if (options.document === 'all' && doc.ready && !doc.ready(ws, today)) continue;
      const focus = options.caseSlug ? bundleOf(ws, slug) : undefined;
      jobs.push({
        doc,
        ...(focus ? { bundle: focus } : {}),
        langs: languages(ws, doc, options, focus),
      });
      continue;
    }
    const bundles = slug !== undefined ? [bundleOf(ws, slug)] : options.document === 'all' ? ws.cases : undefined;
    if (!bundles) {
      throw new UserError('cli.need-case', { root: ws.root, cases: ws.cases.map((c) => c.slug).join(', ') || '—' });
    }
    for (const bundle of bundles) {
      for (const amendment of amendmentsOf(doc, bundle, options)) {
        // `all` leaves out what a case cannot have; asked for by name, it is refused.
        const refusal = unavailable(ws, doc, bundle, amendment);
        if (refusal) {
          if (options.document === 'all') continue;
          throw refusal;
        }
        // What the case's facts would make contradict itself: `all` leaves it out, saying why.
        const contradiction = doc.contradicted?.(ws, bundle, amendment);
        if (contradiction) {
          if (options.document !== 'all') throw contradiction;
          const id = amendment === undefined ? undefined : bundle.case?.amendments?.[amendment]?.id;
          const { location } = located(ws.root, contradiction);
          leftOut.push({
            document: id === undefined ? doc.id : `${doc.id} --amendment ${id}`,
            slug: bundle.slug,
            reason: { id: contradiction.id, params: contradiction.params, ...(location ? { location } : {}) },
          });
          continue;
        }
        const langs = languages(ws, doc, options, bundle);
        const notice = options.langs ? undefined : notInTheirLanguage(ws, doc, bundle, langs);
        if (!doc.aop) {
          jobs.push({
            doc,
            bundle,
            langs,
            ...(amendment !== undefined ? { amendment } : {}),
            ...(notice ? { notice } : {}),
          });
          continue;
        }
        const aop = doc.aop(bundle, options.year);
        if (!aop) {
          // `all` makes the AOP documents of the cases that have them.
          if (options.document === 'all') continue;
          // A year, or a case (not signed), that can have no program at all: say why (`aop new` would
          // refuse it the same way). (unavailable() has made sure that case.yaml loaded.)
          const year = options.year ?? (bundle.aops.length === 0 ? (defaultAopYear(bundle) ?? 0) : undefined);
          const yearRefusal = year !== undefined && aopYearRefusal(ws, bundle, bundle.case as CaseFile, year);
          if (yearRefusal) throw yearRefusal;
          // Without --year: no program at all, or (the report) none with its results recorded yet.
          const why =
            options.year !== undefined
              ? 'document.no-aop-year'
              : bundle.aops.length > 0
                ? 'document.no-aop-results'
                : 'document.no-aop';
          throw new UserError(
            why,
            { slug: bundle.slug, document: doc.id, ...(options.year === undefined ? {} : { year: options.year }) },
            2,
          );
        }
        await checkAop(ws, bundle, aop, today);
        jobs.push({ doc, bundle, langs, aop });
      }
    }
  }
  return { jobs, leftOut };
}

/**
 * A program printed for signature or for the public must be right: the AOP file's own errors and the
 * errors the check rules find in it stop the document, located (exit 2), as `check` would list them.
 * The error is located in the file, and each error under it at its line.
 */
async function checkAop(ws: Workspace, bundle: CaseBundle, aop: AopEntry, today: string): Promise<void> {
  const own = (p: { file: string; severity: string }) => p.file === aop.file && p.severity === 'error';
  // The rules load only for a program: a letter or a profile never runs them.
  const { runRules } = await import('../process/rules/index.js');
  const problems = [
    ...bundle.problems.filter(own),
    ...(aop.data ? runRules({ ws: { ...ws, cases: [bundle] }, today, verifyHashes: false }).filter(own) : []),
  ];
  if (problems.length === 0 && aop.data) return;
  throw new UserError('document.aop-invalid', {}, 2, { file: join(ws.root, aop.file) }, [], {
    root: ws.root,
    problems: locateProblems(ws.root, problems),
  });
}

function documentOrError(name: string): DocumentDef {
  const doc = findDocument(name);
  if (doc) return doc;
  const ids = DOCUMENTS.map((d) => d.id);
  const suggestion = closest(name, [...ids, 'all']);
  throw new UserError(suggestion ? 'document.unknown-suggest' : 'document.unknown', {
    name,
    documents: [...ids, 'all'].join(', '),
    ...(suggestion ? { suggestion } : {}),
  });
}

function bundleOf(ws: Workspace, slug: string | undefined): CaseBundle {
  const bundle = ws.cases.find((c) => c.slug === slug);
  if (!bundle)
    throw new UserError('cli.unknown-case', {
      slug: slug ?? '',
      root: ws.root,
      cases: ws.cases.map((c) => c.slug).join(', '),
    });
  return bundle;
}

/**
 * The texts an oficio to the SRE is about, each as undefined (the agreement) or an amendment's index:
 * with `all`, the agreement and every amendment (each as far as it went); with --amendment, that one;
 * else the amendment whose oficio is due (the one the liaison has to send now), or the agreement.
 */
function amendmentsOf(doc: DocumentDef, bundle: CaseBundle, options: GenerateOptions): (number | undefined)[] {
  const amendments = bundle.case?.amendments ?? [];
  if (!doc.amendment || !bundle.case) return [undefined];
  if (options.document === 'all') return [undefined, ...amendments.map((_, i) => i)];
  if (options.amendment === undefined) return [doc.amendment(bundle.case)];
  const i = amendments.findIndex((a) => a.id === options.amendment);
  if (i < 0) {
    throw new UserError('document.unknown-amendment', {
      slug: bundle.slug,
      id: options.amendment,
      amendments: amendments.map((a) => a.id).join(', ') || '—',
    });
  }
  return [i];
}

/** A job's file: an AOP document's carries its year, an amendment's oficio the amendment's id. */
function fileNameOf(job: Job): string {
  const amendment = job.amendment === undefined ? undefined : job.bundle?.case?.amendments?.[job.amendment]?.id;
  return documentFileName(job.doc.id, job.bundle?.slug, job.langs, job.aop?.year ?? amendment);
}

/**
 * Where a job's document is in the register (-1 when it is not there): the same document in the same
 * languages, whatever its file (a register may be written by hand), but an amendment's oficio
 * (`step: amendment`) is found by its own file, beside the agreement's.
 */
function registeredAt(docs: DocumentsFile['documents'], job: Job, file: string): number {
  const langs = job.langs.join(',');
  return docs.findIndex(
    (d) =>
      d.document === job.doc.id &&
      d.langs.join(',') === langs &&
      (job.amendment === undefined ? d.step !== 'amendment' : d.file === file),
  );
}

/**
 * The document's languages: --lang when given (each one a workspace language; of a document with
 * fixed languages, those it has a template in, or under `generate all` its fixed ones when it has
 * none of them, so an oficio stays Spanish), else those it was
 * issued in (documents.yaml), else Spanish plus the counterpart's first workspace language this
 * document has a template in (the agreement in German for Gießen, its letter in English while there
 * is no German letter), else Spanish and English for a counterpart that does not speak Spanish (and
 * for the profile when the workspace uses English).
 */
function languages(
  ws: Workspace,
  doc: DocumentDef,
  options: Pick<GenerateOptions, 'langs' | 'document'>,
  bundle: CaseBundle | undefined,
): string[] {
  let given = options.langs;
  if (doc.fixedLangs && !given) return doc.fixedLangs;
  // An oficio to the SRE has only its Spanish template: `generate all --lang es,en` writes it in
  // Spanish and the rest in both, `generate all --lang en` in Spanish and the rest in English. Asked
  // for by name only in a language it has no template in, it is refused.
  if (doc.fixedLangs && given) {
    const made = given.filter((lang) => findTemplate(ws.root, doc.id, lang));
    if (made.length > 0) given = made;
    else if (options.document === 'all') return doc.fixedLangs;
  }
  const available = ws.config?.settings?.languages ?? ['es', 'en'];
  if (given) {
    for (const lang of given) {
      if (!available.includes(lang))
        throw new UserError('document.bad-lang', { lang, languages: available.join(', ') });
    }
    return given;
  }
  // A document already issued keeps its languages: a draft run copies what went out (issuedCopy).
  const issued = bundle?.documents?.documents.filter((d) => d.document === doc.id).at(-1);
  if (issued) return issued.langs;
  const theirs = bundle?.case?.counterpart.languages;
  if (theirs?.includes('es')) return ['es'];
  const own = theirs?.find((lang) => available.includes(lang) && findTemplate(ws.root, doc.id, lang));
  if (own) return ['es', own];
  if (!available.includes('en')) return ['es'];
  return ['es', 'en'];
}

/**
 * A document for a counterpart that reads neither Spanish nor any language the document was made in
 * (no template in Portuguese, say): made in the languages chosen, and said, so that nobody sends it
 * believing it is in the counterpart's language.
 */
function notInTheirLanguage(ws: Workspace, doc: DocumentDef, bundle: CaseBundle, langs: string[]): Notice | undefined {
  if (doc.fixedLangs) return undefined;
  const theirs = bundle.case?.counterpart.languages ?? [];
  if (theirs.length === 0 || theirs.some((lang) => langs.includes(lang))) return undefined;
  const lang = theirs[0] ?? '';
  // A workspace language already (German for Gießen, with no German letter): only the template is missing.
  // A template there already (linkage's German agreement): only the language is missing.
  const listed = (ws.config?.settings?.languages ?? ['es', 'en']).includes(lang);
  const id = listed
    ? 'document.not-their-language.template'
    : findTemplate(ws.root, doc.id, lang)
      ? 'document.not-their-language.setting'
      : 'document.not-their-language';
  return {
    id,
    params: {
      document: doc.id,
      slug: bundle.slug,
      langs: langs.join(', '),
      lang,
    },
    languages: { theirs },
  };
}

/**
 * Why `doc` cannot be made for a case: its case.yaml does not load; the agreement.yaml its text comes
 * from does not load (its text would be the bare model's); or its process has not reached it.
 */
function unavailable(
  ws: Workspace,
  doc: DocumentDef,
  bundle: CaseBundle,
  amendment: number | undefined,
): UserError | undefined {
  if (!bundle.case)
    return new UserError('document.case-invalid', { slug: bundle.slug }, 2, {
      file: join(ws.root, caseFilePath(bundle.slug)),
    });
  const agreementFile = `${bundle.dir}/agreement.yaml`;
  const broken = doc.readsAgreement
    ? bundle.problems.filter((p) => p.severity === 'error' && p.file === agreementFile)
    : [];
  if (broken.length > 0)
    return new UserError('document.agreement-invalid', { slug: bundle.slug }, 2, undefined, [], {
      root: ws.root,
      problems: locateProblems(ws.root, broken),
    });
  return doc.notReached?.(bundle, amendment, ws.root);
}

/**
 * The issued PDF a draft run copies instead of making the document again, if it is there. The issued
 * agreement is the text signed: once an amendment changes it, the draft is the text as it now stands.
 */
function issuedCopy(ws: Workspace, job: Job): string | undefined {
  const bundle = job.bundle;
  if (
    job.doc.step === 'signature' &&
    bundle &&
    currentAgreementHash(ws, bundle) !== bundle.case?.steps?.signature?.hash
  )
    return undefined;
  const docs = bundle?.documents?.documents ?? [];
  const issued = docs[registeredAt(docs, job, `issued/${fileNameOf(job)}`)];
  const from = issued ? join(ws.root, job.bundle?.dir ?? '', issued.file) : undefined;
  return from && existsSync(from) ? from : undefined;
}

/**
 * --final: only the text that has a favourable (or not-required) dictamen on its own hash may go
 * out without the draft watermark (LSCT art. 7: the SRE's opinion comes before signature): the
 * agreement's, or once signed an amendment's, which the SRE reviews in its own rounds.
 */
function checkFinal(ws: Workspace, job: Job): void {
  if (!job.doc.draftWatermark) throw new UserError('document.final-not-applicable', { document: job.doc.id });
  const bundle = job.bundle as CaseBundle;
  const current = currentAgreementHash(ws, bundle);
  // As `check` reads it: a dictamen without its own hash speaks of the text submitted in its round.
  const cleared = clearedTexts(bundle.case);
  if (cleared.length === 0) throw new UserError('document.final-no-dictamen', { slug: bundle.slug });
  if (!cleared.includes(current)) {
    throw new UserError('document.final-other-text', {
      dictamen: (cleared.at(-1) ?? '—').slice(0, 12),
      current: current.slice(0, 12),
      slug: bundle.slug,
    });
  }
}

interface Issue {
  date: string;
  origin: string;
  version: number;
  oficio?: string;
}

/**
 * Issues a document: the PDF into the case's issued/, then the step's facts, then the register
 * entry — the register last, so that it never names a file that is not there.
 */
async function record(ws: Workspace, job: Job, fileName: string, pdf: Buffer, issue: Issue): Promise<string> {
  const bundle = job.bundle;
  const step = job.doc.step;
  if (!bundle || !step) throw new UserError('document.not-issuable', { document: job.doc.id });
  const { date } = issue;
  const oficio = issue.oficio ?? job.doc.recordedOficio?.(bundle, job.amendment);
  if (job.doc.needsOficio && !oficio) throw new UserError('document.needs-oficio', { document: job.doc.id });
  const hash = sha256(pdf);
  const rel = `issued/${fileName}`;
  const abs = join(ws.root, bundle.dir, rel);
  const shown = `${bundle.dir}/${rel}`;
  // Only recording edits YAML: a draft never loads the yaml library (≈270 kB of code).
  const { applyPlan, checkInside, openYaml, yamlText } = await import('../workspace/write.js');
  checkInside(ws.root, abs, shown);
  if (!existsSync(abs) || sha256(readOrRefuse(abs)) !== hash) writeAtomic(abs, pdf, shown);

  const { caseSchemaRef, newYamlFile } = await import('../workspace/new-file.js');
  const writes: PlannedWrite[] = [];
  if (job.doc.record) {
    const caseEdit = openYaml(ws.root, caseFilePath(bundle.slug));
    job.doc.record(caseEdit, bundle, {
      date,
      hash: currentAgreementHash(ws, bundle),
      ...(oficio ? { oficio } : {}),
      ...(job.amendment !== undefined ? { amendment: job.amendment } : {}),
    });
    const text = yamlText(caseEdit);
    if (text !== caseEdit.original) writes.push({ file: caseEdit.file, content: text, expected: caseEdit.expected });
  }
  const register = openYaml(ws.root, `${bundle.dir}/documents.yaml`);
  const entry = {
    document: job.doc.id,
    file: rel,
    template: `${issue.origin}/${job.doc.id}`,
    templateVersion: issue.version,
    langs: job.langs,
    sha256: hash,
    date,
    // An amendment's oficio belongs to `next --step amendment`, not to the agreement's own step.
    step: job.amendment === undefined ? step : 'amendment',
  };
  const current = (register.doc.toJS() as DocumentsFile | null)?.documents ?? [];
  const at = registeredAt(current, job, rel);
  // The register changes only when the hash does.
  if (register.original === '') {
    const ref = caseSchemaRef(ws.root, 'documents');
    writes.push({
      file: register.file,
      content: newYamlFile('documents', { schemaVersion: 1, documents: [entry] }, ref),
      expected: null,
    });
  } else if (at < 0 || current[at]?.sha256 !== hash) {
    if (at < 0) register.doc.addIn(['documents'], register.doc.createNode(entry));
    else register.doc.setIn(['documents', at], register.doc.createNode(entry));
    writes.push({ file: register.file, content: yamlText(register), expected: register.expected });
  }
  applyPlan({ root: ws.root, writes });
  return hash;
}
