import { noticeParams, runGenerate } from '../commands/generate.js';
import { UserError } from '../errors.js';
import { trailingArgs } from '../ui/command-line.js';
import { message, t } from '../ui/i18n.js';
import { where } from '../ui/problems.js';
import { type ActionContext, out, shownPath, workspaceArgs, workspaceRoots, writeLines } from './context.js';

export interface GenerateFlags {
  lang?: string;
  out?: string;
  date?: string;
  record?: boolean;
  check?: boolean;
  final?: boolean;
  layout?: 'sequential' | 'parallel';
  oficio?: string;
  year?: string;
  amendment?: string;
}

export async function generateAction(
  ctx: ActionContext,
  document: string | undefined,
  caseSlug: string | undefined,
  flags: GenerateFlags,
): Promise<number> {
  // Only the status report takes several -C; runGenerate says so for the other documents.
  const [root, ...also] = workspaceRoots(ctx) as [string, ...string[]];
  if (!document && !flags.check) throw new UserError('cli.missing-argument', { argument: 'document' });
  const c = out(ctx);
  const progress = ctx.isTTY && (document === 'all' || !document);
  const result = await runGenerate({
    root,
    ...(also.length > 0 ? { also } : {}),
    cwd: ctx.cwd,
    document: document ?? 'all',
    ...(caseSlug ? { caseSlug } : {}),
    ...(flags.lang
      ? {
          langs: flags.lang
            .split(',')
            .map((l) => l.trim())
            .filter(Boolean),
        }
      : {}),
    ...(flags.out ? { out: flags.out } : {}),
    ...(flags.date ? { date: flags.date } : {}),
    ...(flags.record ? { record: true } : {}),
    ...(flags.check ? { check: true } : {}),
    ...(flags.final ? { final: true } : {}),
    ...(flags.layout ? { layout: flags.layout } : {}),
    ...(flags.oficio ? { oficio: flags.oficio } : {}),
    ...(flags.year !== undefined ? { year: aopYear(flags.year) } : {}),
    ...(flags.amendment !== undefined ? { amendment: flags.amendment } : {}),
    ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}),
    env: ctx.env,
    ...(progress
      ? {
          onProgress: (n: number, total: number, file: string) =>
            ctx.stderr.write(`\r\x1b[K${t(ctx.lang, 'generate.progress', { n, total, file })}`),
        }
      : {}),
  });
  if (progress) ctx.stderr.write('\r\x1b[K');
  const lines: string[] = [];
  // The commands the warnings suggest act on the workspace written from, pasted where the run was made.
  const globals = trailingArgs(workspaceArgs(ctx, root));
  for (const d of result.leftOut) {
    const m = message(ctx.lang, d.reason.id, { ...d.reason.params, globals });
    const lead = t(ctx.lang, 'generate.left-out', { document: d.document, slug: d.slug });
    // Where in the case's files, as check says it: `cases/…/case.yaml:40:15 (steps.…): `.
    const loc = d.reason.location;
    const at = loc ? `${where({ ...loc, file: shownPath(ctx, loc.file) })}: ` : '';
    lines.push(c.yellow(`${lead} ${at}${m.text}${m.hint ? ` ${m.hint}` : ''}`));
  }
  // A warning about the workspace (no way to reach the liaison, no administration on record) comes
  // with each document it touches: `generate all` says it once.
  const said = new Set<string>();
  for (const d of result.documents) {
    for (const w of d.warnings) {
      const m = message(ctx.lang, w.id, { ...noticeParams(w, ctx.lang), globals });
      const line = `${m.text}${m.hint ? ` ${m.hint}` : ''}`;
      if (said.has(line)) continue;
      said.add(line);
      lines.push(c.yellow(line));
    }
    if (!d.file) continue;
    const file = shownPath(ctx, d.file);
    if (d.recorded) lines.push(t(ctx.lang, 'generate.recorded', { file, sha256: d.recorded.sha256 }));
    else lines.push(t(ctx.lang, d.fromIssued ? 'generate.copied' : 'generate.written', { file }));
  }
  if (flags.check) lines.push(c.green(t(ctx.lang, 'generate.checked', { count: result.documents.length })));
  writeLines(ctx.stdout, `${lines.join('\n')}\n`);
  return 0;
}

function aopYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new UserError('cli.bad-year', { value });
  return Number(value);
}
