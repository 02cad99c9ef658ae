// One document, one or more languages: templates → Markdown → PDF. Imported only by `generate`.
import { requireWithCodeCache, setFlagsForRun } from '../code-cache.js';
import { UserError } from '../errors.js';
import { localeOf } from '../intl.js';
import { administrationOn } from '../process/administrations.js';
import { inLanguage } from '../workspace/hash.js';
import { bundled, lazyFile } from '../workspace/lazy.js';
import type { CaseBundle, Workspace } from '../workspace/load.js';
import { located } from '../workspace/locate.js';
import { resolveFileInside } from '../workspace/paths.js';
import { caseFilePath } from '../workspace/root.js';
import type { WorkspaceFile } from '../workspace/schema.js';
import type { BuildOptions, DocumentDef } from './catalog.js';
import { commonContext, councilName, escapeMarkdown, periodLabel, say } from './context/common.js';
import { cityName } from './context/letter.js';
import type * as Layout from './layout/pdf.js';
import { findTemplate, runTemplate, type TemplateSource } from './templates.js';

export interface RenderRequest {
  ws: Workspace;
  doc: DocumentDef;
  bundle?: CaseBundle;
  langs: string[];
  /** The document's date, or null for an undated draft ("fecha por definir"). */
  date: string | null;
  draft: boolean;
  /** "Today": the officials of an undated draft, and whether a program's year is over. */
  today: string;
  /** Two language versions side by side, paired by article, instead of one after the other. */
  layout?: 'sequential' | 'parallel';
  /** Without it, a document with a draft watermark carries "PROYECTO / DRAFT" (in its languages) on every page. */
  final?: boolean;
  build?: Omit<BuildOptions, 'today'>;
}

export interface Rendered {
  markdown: string;
  pdf: Buffer;
  pageCount: number;
  warnings: { id: string; params: Record<string, string | number> }[];
  templates: TemplateSource[];
}

let loaded: typeof Layout | undefined;

/**
 * The layout engine with pdfkit, fontkit and marked: in the bundle, dist/lazy/renderer.cjs through the
 * V8 code cache (src/code-cache.ts). Its error classes come from the same copy, for `instanceof`.
 */
async function loadLayout(): Promise<typeof Layout> {
  if (loaded) return loaded;
  // marked lexes with ≈100 large regular expressions, most run only a few times per document. V8
  // first runs each in its interpreter, then compiles it again to optimized machine code: for these,
  // compiling once and plainly costs half as much (the profile's Markdown: 28 → 10 ms of lexing, the
  // same tokens). Set before the renderer's Script is made, since V8's code cache records the flags;
  // they hold for every regular expression the process compiles from here on, ours included.
  setFlagsForRun('--no-regexp-tier-up --no-regexp-optimization', '--regexp-tier-up --regexp-optimization');
  loaded = bundled ? requireWithCodeCache<typeof Layout>(lazyFile('renderer.cjs')) : await import('./layout/pdf.js');
  return loaded;
}

const FOOTERS = {
  es: 'Página {page} de {total}',
  en: 'Page {page} of {total}',
  de: 'Seite {page} von {total}',
};
const BETWEEN_LANGUAGES = '\n\n:::pagebreak\n\n';

/**
 * "Draft" in each of the document's languages: PROYECTO / DRAFT, PROYECTO / ENTWURF. Like the footer, in
 * Spanish for a language linkage has no word for (the document's other language, never English mixed in).
 */
const DRAFT = { es: 'PROYECTO', en: 'DRAFT', de: 'ENTWURF' };
export const draftMark = (langs: string[]) => [...new Set(langs.map((l) => say(DRAFT, l)))].join(' / ');

export async function renderDocument(req: RenderRequest): Promise<Rendered> {
  try {
    return await render(req);
  } catch (error) {
    throw located(req.ws.root, error);
  }
}

/** The templates a document is made from: one per language, or `parallel` for two side by side. */
export function templateNames(layout: RenderRequest['layout'], langs: string[]): string[] {
  return layout === 'parallel' && langs.length === 2 ? ['parallel'] : langs;
}

async function render(req: RenderRequest): Promise<Rendered> {
  const { ws, doc, bundle, langs } = req;
  const config = ws.config as WorkspaceFile;
  const template = (lang: string) => {
    const t = findTemplate(ws.root, doc.id, lang);
    if (!t) throw new UserError('template.missing', { document: doc.id, lang }, 2);
    return t;
  };
  const contextFor = (lang: string) => {
    const title = say(doc.title, lang);
    const common = commonContext(ws, { id: doc.id, title, date: req.date, draft: req.draft, today: req.today }, lang);
    return { common, context: doc.build(common, ws, bundle, lang, { ...req.build, today: req.today }) };
  };
  // A report over several municipalities has a neutral letterhead: the title, then each of them.
  const others = (req.build?.workspaces ?? []).slice(1);
  const withMotto = (text: string, mottoLangs: string[]) =>
    others.length > 0 ? text : mottoInLetterhead(text, config, mottoLangs);
  let templates: TemplateSource[];
  let markdown: string;
  const [parallel] = templateNames(req.layout, langs);
  if (parallel === 'parallel') {
    // One template for both languages: templates/parallel/<document>.hbs, fed each article's pair.
    const t = template(parallel);
    const [l, r] = langs.map((lang) => contextFor(lang)) as [
      ReturnType<typeof contextFor>,
      ReturnType<typeof contextFor>,
    ];
    const left = l.context as { agreement: { articles: unknown[] } };
    const right = r.context as { agreement: { articles: unknown[] } };
    type Article = { id: string };
    const pairs = (left.agreement.articles as Article[]).map((a) => ({
      left: a,
      right: (right.agreement.articles as Article[]).find((b) => b.id === a.id),
    }));
    templates = [t];
    markdown = withMotto(runTemplate(t, { ...l.common, left: l.context, right: r.context, pairs, langs }), langs);
  } else {
    templates = langs.map(template);
    // Each part in its own language (`:::lang`), so that each is hyphenated with its own patterns.
    markdown = templates
      .map((t, i) => {
        const lang = langs[i] as string;
        return `:::lang ${lang}\n${withMotto(runTemplate(t, contextFor(lang).context), [lang])}\n:::`;
      })
      .join(BETWEEN_LANGUAGES);
  }

  const { admin } = administrationOn(config, req.date ?? req.today);
  const first = langs[0] as string;
  const councilLines = (lang: string) => [
    councilName(config.municipality.name, lang),
    `${config.municipality.state} · ${periodLabel(admin)}`,
  ];
  const letterheadLines =
    others.length > 0
      ? [
          langs.map((l) => say(doc.title, l)).join(' · '),
          [ws, ...others].map((w) => (w.config as WorkspaceFile).municipality.name).join(' · '),
        ]
      : councilLines(first);
  const city = bundle?.case ? cityName(bundle, first).replace(/\\(.)/g, '$1') : undefined;
  const title = `${say(doc.title, first)}${city ? ` — ${city}` : ''}`;
  const fontPaths = (config.settings?.fonts ?? []).map((f, i) =>
    workspaceFile(ws.root, f.path, ['settings', 'fonts', i, 'path'], 'rule.fonts.outside'),
  );
  const coat = config.settings?.letterhead?.coatOfArms;
  const layout = await loadLayout();
  try {
    const result = await layout.renderPdf(markdown, {
      pageSize: config.settings?.pageSize ?? 'Letter',
      letterhead: {
        lines: letterheadLines,
        // One language after another: each part's letterhead names the council in its language.
        ...(others.length === 0 ? { linesByLang: Object.fromEntries(langs.map((l) => [l, councilLines(l)])) } : {}),
        ...(coat && others.length === 0
          ? {
              image: workspaceFile(
                ws.root,
                coat,
                ['settings', 'letterhead', 'coatOfArms'],
                'rule.coat-of-arms.outside',
              ),
            }
          : {}),
      },
      footer: langs
        .map((l) => say(FOOTERS, l))
        .filter((v, i, all) => all.indexOf(v) === i)
        .join(' · '),
      metadata: {
        title,
        author: councilName(config.municipality.name, first),
        subject: [doc.title.es, doc.title.en].join(' / '),
        keywords: ['linkage', doc.id, config.municipality.name, ...(city ? [city] : []), ...langs],
        lang: localeOf(first),
      },
      // The document's own date, so that the same inputs give the same bytes; never the clock.
      creationDate: new Date(`${req.date ?? '2000-01-01'}T12:00:00Z`),
      fonts: fontPaths.map((path) => ({ path })),
      ...(doc.fontSize ? { fontSize: doc.fontSize } : {}),
      ...(doc.draftWatermark && !req.final ? { watermark: draftMark(langs) } : {}),
    });
    return {
      markdown,
      pdf: result.pdf,
      pageCount: result.pageCount,
      warnings: result.warnings.map((w) => ({
        id: 'document.image-large',
        params: { file: w.file, kb: Math.round(w.bytes / 1024) },
      })),
      templates,
    };
  } catch (error) {
    throw layoutError(error, req, layout);
  }
}

/**
 * The field whose text holds a character: of those that hold it (in the case, or in every case for a
 * document of the whole workspace, and then the workspace), the one whose text around it reads most
 * like the text the layout quotes; the first of them when none does better.
 */
function fieldWith(
  req: RenderRequest,
  char: string,
  context: string,
): { file: string; path: (string | number)[] } | undefined {
  const around = context.indexOf(char);
  // How many characters either side of the character's first place in `text` read as in the context.
  const likeness = (text: string): number => {
    const at = text.indexOf(char);
    if (around < 0) return 0;
    let n = 0;
    while (at - n - 1 >= 0 && around - n - 1 >= 0 && text[at - n - 1] === context[around - n - 1]) n++;
    let m = 0;
    while (at + char.length + m < text.length && text[at + char.length + m] === context[around + char.length + m]) m++;
    return n + m;
  };
  let best: { file: string; path: (string | number)[]; score: number } | undefined;
  const search = (file: string, value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (!value.includes(char)) return;
      const score = likeness(value);
      if (!best || score > best.score) best = { file, path, score };
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) search(file, v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  const cases = req.bundle ? [req.bundle] : req.ws.cases;
  const sources: [string, unknown][] = [
    ...cases.map((b): [string, unknown] => [caseFilePath(b.slug), b.case]),
    [req.ws.profileFile, req.ws.profileFile === 'linkage.yaml' ? req.ws.config : req.ws.profile],
    ['linkage.yaml', req.ws.config],
  ];
  for (const [file, data] of sources) search(file, data, []);
  return best && { file: best.file, path: best.path };
}

/**
 * The motto in a language version's letterhead, in that version's language (side by side, both):
 * written into its `:::letterhead` block, since the layout draws one set of letterhead lines for all.
 */
function mottoInLetterhead(markdown: string, config: WorkspaceFile, langs: string[]): string {
  const motto = config.settings?.letterhead?.motto;
  if (!motto) return markdown;
  const lines = [...new Set(langs.map((l) => inLanguage(motto, l) as string))].map(escapeMarkdown);
  return markdown.replace(/^:::letterhead[ \t]*$/m, (open) => [open, ...lines].join('\n'));
}

/** A file linkage.yaml names; one outside the workspace stops with the words `check` uses (`outside`). */
function workspaceFile(root: string, ref: string, path: (string | number)[], outside: string): string {
  const abs = resolveFileInside(root, ref);
  if (!abs) throw new UserError(outside, { file: ref }, 2, { file: 'linkage.yaml', path });
  return abs;
}

/** The layout's typed errors as the user's messages. */
function layoutError(error: unknown, req: RenderRequest, layout: typeof Layout): unknown {
  const { FontError, ImageError, LayoutError, MissingGlyphError } = layout;
  const document = req.doc.id;
  if (error instanceof MissingGlyphError) {
    const field = fieldWith(req, error.char, error.context);
    return new UserError(
      'document.missing-glyph',
      {
        char: error.char,
        codePoint: error.codePoint,
        context: error.context,
        document,
        field: field?.path.join('.') ?? '—',
      },
      2,
      field,
    );
  }
  if (error instanceof ImageError) {
    return new UserError(`document.image.${error.problem}`, { file: error.file, detail: error.detail ?? '' }, 2, {
      file: error.file,
    });
  }
  if (error instanceof FontError) {
    return new UserError(`document.font.${error.problem}`, { file: error.file, detail: error.detail ?? '' }, 2, {
      file: error.file,
    });
  }
  if (error instanceof LayoutError) return new UserError('document.layout', { document, detail: error.message });
  return error;
}
