import type { Location } from '../errors.js';
import type { Problem } from '../workspace/problems.js';
import type { Painter } from './color.js';
import { message, t, type UiLang } from './i18n.js';
import { wrapAfter, wrapLine } from './text.js';

/** The file, and the line and column when known. */
const place = (p: Location) => `${p.file}${p.line !== undefined ? `:${p.line}:${p.col ?? 1}` : ''}`;
/** `file:line:col (field.path)`: where a finding or an error sits, as far as it is known. */
export const where = (p: Location) => `${place(p)}${p.path && p.path.length > 0 ? ` (${p.path.join('.')})` : ''}`;

/**
 * `file:line:col (field.path) error rule: message` and an indented hint, for people; `globals` follows
 * the commands it suggests (see message). `columns`: the terminal's width, to break the message and the
 * hint at spaces (never inside the file's place or a `code span` that fits), their lines under their text.
 */
export function formatProblemText(
  p: Problem,
  lang: UiLang,
  c: Painter,
  prefix = '',
  globals = '',
  columns?: number,
): string {
  const m = message(lang, p.id, { ...p.params, globals });
  const severity = p.severity === 'error' ? 'error' : lang === 'es' ? 'advertencia' : 'warning';
  const sev = p.severity === 'error' ? c.red(severity) : c.yellow(severity);
  const rule = p.rule ? c.dim(` [${p.rule}]`) : '';
  const field = p.path && p.path.length > 0 ? `${c.bold(`(${p.path.join('.')})`)} ` : '';
  const lines = columns
    ? wrapAfter(c.bold(prefix + place(p)), `${field}${sev}${rule}: ${m.text}`, columns, '  ')
    : [`${c.bold(prefix + where(p))} ${sev}${rule}: ${m.text}`];
  // The hint and the law broken without colour, then painted: a mark in colour would not be seen as one.
  // Piped (no columns), each stays one line.
  const width = columns ?? Number.POSITIVE_INFINITY;
  if (m.hint)
    lines.push(...wrapLine(`  → ${m.hint}`, width, true).map((l, i) => (i === 0 ? `  ${c.dim('→')}${l.slice(3)}` : l)));
  if (p.law)
    lines.push(
      ...wrapLine(`  ${t(lang, 'check.law', { law: t(lang, p.law) })}`, width, true).map(
        (l) => `  ${c.dim(l.slice(2))}`,
      ),
    );
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
    law: p.law ? t(lang, p.law) : null,
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
  const body = [m.text, m.hint, p.law ? t(lang, 'check.law', { law: t(lang, p.law) }) : undefined]
    .filter(Boolean)
    .join('\n');
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${esc(body)}`;
}
