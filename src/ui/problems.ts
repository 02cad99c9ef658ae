import type { Problem } from '../workspace/problems.js';
import type { Painter } from './color.js';
import { message, t, type UiLang } from './i18n.js';

const where = (p: Problem) =>
  `${p.file}${p.line !== undefined ? `:${p.line}:${p.col ?? 1}` : ''}${p.path && p.path.length > 0 ? ` (${p.path.join('.')})` : ''}`;

/**
 * `file:line:col (field.path) error rule: message` and an indented hint, for people; `globals` follows
 * the commands it suggests (see message).
 */
export function formatProblemText(p: Problem, lang: UiLang, c: Painter, prefix = '', globals = ''): string {
  const m = message(lang, p.id, { ...p.params, globals });
  const sev =
    p.severity === 'error'
      ? c.red(lang === 'es' ? 'error' : 'error')
      : c.yellow(lang === 'es' ? 'advertencia' : 'warning');
  const lines = [`${c.bold(prefix + where(p))} ${sev}${p.rule ? c.dim(` [${p.rule}]`) : ''}: ${m.text}`];
  if (m.hint) lines.push(`  ${c.dim('→')} ${m.hint}`);
  if (p.law) lines.push(`  ${c.dim(t(lang, 'check.law', { law: p.law }))}`);
  return lines.join('\n');
}

export function problemJson(p: Problem, lang: UiLang, root: string, globals = '') {
  const m = message(lang, p.id, { ...p.params, globals });
  return {
    workspace: root,
    file: p.file,
    line: p.line ?? null,
    column: p.col ?? null,
    path: p.path ?? [],
    severity: p.severity,
    id: p.id,
    rule: p.rule ?? null,
    law: p.law ?? null,
    message: m.text,
    hint: m.hint ?? null,
    params: p.params,
  };
}

/** GitHub Actions workflow commands: annotations on the pull request's files. */
export function formatProblemGithub(p: Problem, lang: UiLang, filePrefix: string): string {
  const m = message(lang, p.id, p.params);
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${escProp(filePrefix + p.file)}`];
  if (p.line !== undefined) props.push(`line=${p.line}`, `col=${p.col ?? 1}`);
  props.push(`title=${escProp(p.rule ?? p.id)}`);
  const body = [m.text, m.hint, p.law ? t(lang, 'check.law', { law: p.law }) : undefined].filter(Boolean).join('\n');
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${esc(body)}`;
}
