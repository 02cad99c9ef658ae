import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPublish } from '../commands/publish.js';
import { t } from '../ui/i18n.js';
import { type ActionContext, shownPath, singleRoot, writeLines } from './context.js';

export async function publishAction(ctx: ActionContext, opts: { out?: string }): Promise<number> {
  const result = await runPublish({
    root: singleRoot(ctx),
    cwd: ctx.cwd,
    ...(opts.out ? { out: opts.out } : {}),
    ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}),
    env: ctx.env,
  });
  const shown = shownPath(ctx, result.dir);
  const lines = [
    t(ctx.lang, 'publish.done', {
      dir: shown,
      pages: result.pages,
      langs: result.langs.join(', '),
      inForce: result.inForce.length,
      inProgress: result.inProgress.length,
    }),
  ];
  if (result.notPublic > 0) lines.push(t(ctx.lang, 'publish.not-public', { count: result.notPublic }));
  const warnings = [
    ...result.invalidCases.map((slug) => t(ctx.lang, 'publish.case-invalid', { slug })),
    ...result.invalidAops.map((file) => t(ctx.lang, 'publish.aop-invalid', { file })),
  ];
  if (warnings.length > 0) writeLines(ctx.stderr, `${warnings.join('\n')}\n`);
  // A file:// URL, which a terminal opens with a click wherever the user stands; the folder is said above.
  lines.push(t(ctx.lang, 'publish.open', { url: pathToFileURL(join(result.dir, 'index.html')).href }));
  writeLines(ctx.stdout, `${lines.join('\n')}\n`);
  return 0;
}
