// The English side: an official who runs linkage with --ui-lang en reads no Spanish the workspace
// also records in English.
import { describe, expect, it } from 'vitest';
import { copyWorkspace, runCli } from '../helpers.js';

describe('linkage in English', () => {
  it('check names the plan in force by its English titles', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['check', '--ui-lang', 'en', '--format', 'json', 'cases/aurora-us'], { cwd: root });
    const hints = JSON.parse(r.stdout)
      .problems.filter((p: { rule: string }) => p.rule === 'area-plan-in-force')
      .map((p: { hint: string }) => p.hint);
    expect(hints).toHaveLength(3);
    expect(hints[0]).toContain('the closest priority is PMD-2024-5.1 "Migrants and their families".');
    expect(hints[0]).toContain('PMD-2024-4.1 Water and environment;');
    for (const hint of hints) expect(hint).not.toMatch(/Personas migrantes|Agua y medio ambiente|Educación/);
    const es = runCli(['check', 'cases/aurora-us'], { cwd: root }).stdout;
    expect(es).toContain('la prioridad más cercana es PMD-2024-5.1 «Personas migrantes y sus familias»');
  });
});
