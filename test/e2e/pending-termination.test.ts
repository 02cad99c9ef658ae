// A termination by written notice takes effect when the notice period runs out (agreement.yaml
// `term.noticeDays`): until `end.date` the agreement is in force and the case open; from that day on
// it is closed. aurora-us (signed, with AOPs, 90 days' notice) is given notice on the demo's asOf.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, flat, pdfText, runCli } from '../helpers.js';

const NOTICE = '2026-11-28';
const EFFECTIVE = '2027-02-26';
const BEFORE = '2027-02-25';

function notified(): string {
  const root = copyWorkspace('demo');
  const file = join(root, 'cases', 'aurora-us', 'case.yaml');
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}end:\n  state: terminated\n  date: ${EFFECTIVE}\n  notice: { by: municipality, date: ${NOTICE} }\n`,
  );
  return root;
}

const cli = (root: string, args: string[], env: Record<string, string> = {}) => {
  const r = runCli(args, { cwd: root, env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};
const row = (out: string) => out.split('\n').find((l) => l.startsWith('aurora-us')) ?? '';

describe('a termination notified and not yet in effect', () => {
  it('status: open and in force until the effective date, with a note saying when; closed from that day', () => {
    const root = notified();
    const open = row(cli(root, ['status']));
    expect(open).toMatch(/^aurora-us\s+4 Instrumentación/);
    expect(open).toContain(`terminación notificada: surte efectos el ${EFFECTIVE}`);
    expect(row(cli(root, ['status', '--ui-lang', 'en']))).toContain(
      `termination notified: takes effect on ${EFFECTIVE}`,
    );
    expect(cli(root, ['status', '--format', 'csv'])).toContain(`surte efectos el ${EFFECTIVE}`);
    expect(cli(root, ['status', '--format', 'md'])).toContain(`surte efectos el ${EFFECTIVE}`);
    const json = JSON.parse(cli(root, ['status', 'aurora-us', '--format', 'json'])).workspaces[0].cases[0];
    expect(json.closed).toBeNull();
    expect(json.ending).toEqual({ date: EFFECTIVE, notice: NOTICE });
    expect(json.phase).toBe(4);
    // Late items still count during the notice period (the contact log's follow-up of 2026-12-04).
    expect(row(cli(root, ['status', '--as-of', BEFORE]))).toContain('vencido el 2026-12-04');
    for (const day of [EFFECTIVE, '2027-06-01']) {
      const closed = row(cli(root, ['status', '--as-of', day]));
      expect(closed).toMatch(new RegExp(`^aurora-us\\s+Terminado\\s.*${EFFECTIVE}`));
      expect(closed).not.toContain('notificada');
    }
    const later = JSON.parse(cli(root, ['status', 'aurora-us', '--format', 'json'], { LINKAGE_TODAY: EFFECTIVE }));
    expect(later.workspaces[0].cases[0].closed).toEqual({ state: 'terminated', date: EFFECTIVE });
  });

  it('review says so at its head until the termination takes effect', () => {
    const root = notified();
    expect(cli(root, ['review', 'aurora-us']).split('\n').slice(0, 4)).toContain(
      `Terminación notificada: surte efectos el ${EFFECTIVE}; hasta entonces el acuerdo sigue en vigor.`,
    );
    expect(cli(root, ['review', 'aurora-us', '--ui-lang', 'en'])).toContain(
      `Termination notified: it takes effect on ${EFFECTIVE}; until then the agreement stays in force.`,
    );
    const after = cli(root, ['review', 'aurora-us', '--as-of', EFFECTIVE]);
    expect(after).not.toContain('Terminación notificada');
    expect(after).toContain(`Cerrado: Terminado (${EFFECTIVE}).`);
  });

  it('status asks for no program of a year whose due day comes after the termination takes effect', () => {
    const root = notified();
    // The 2027 AOP falls due on 2027-03-02 (60 days into the year): after the agreement ends.
    const json = JSON.parse(cli(root, ['status', 'aurora-us', '--format', 'json', '--as-of', '2027-01-10']));
    const steps = json.workspaces[0].cases[0].steps;
    expect(steps.find((s: { step: string }) => s.step === 'aop').state).toBe('done');
    expect(row(cli(root, ['status', '--as-of', '2027-01-10']))).not.toContain('Programa Operativo Anual');
    // The 2026 program's results still are (the year closed while the agreement was in force).
    expect(json.workspaces[0].cases[0].next[0].step).toBe('results');
  });

  it('check: the case is still held to what an agreement in force owes (areas, follow-ups)', () => {
    const root = notified();
    const findings = (day: string) => {
      const r = runCli(['check', '--format', 'json', '--as-of', day], { cwd: root });
      return JSON.parse(r.stdout)
        .problems.filter((p: { file: string }) => p.file.startsWith('cases/aurora-us/'))
        .map((p: { rule: string }) => p.rule);
    };
    expect(findings(BEFORE)).toEqual(expect.arrayContaining(['area-plan-in-force', 'late']));
    expect(findings(EFFECTIVE)).not.toContain('area-plan-in-force');
    expect(findings(EFFECTIVE)).not.toContain('late');
  });

  it('calendar: the effective date is an event, nothing falls due after it, and none once it has passed', () => {
    const root = notified();
    const ics = cli(root, ['calendar', 'aurora-us', '--out', '-']).replace(/\r\n /g, '');
    expect(ics).toContain('SUMMARY:Surte efectos la terminación del acuerdo — Aurora (aurora-us)');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${EFFECTIVE.replace(/-/g, '')}`);
    const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1] as string);
    expect(starts.length).toBeGreaterThan(1);
    expect(starts.every((d) => d <= EFFECTIVE.replace(/-/g, ''))).toBe(true);
    const after = cli(root, ['calendar', 'aurora-us', '--out', '-'], { LINKAGE_TODAY: EFFECTIVE });
    expect(after).not.toContain('BEGIN:VEVENT');
  });

  it('publish: still listed as in force during the notice period, not after', () => {
    const root = notified();
    cli(root, ['publish', '--out', 'before']);
    expect(existsSync(join(root, 'before', 'acuerdos', 'aurora-us.html'))).toBe(true);
    cli(root, ['publish', '--out', 'after'], { LINKAGE_TODAY: EFFECTIVE });
    expect(existsSync(join(root, 'after', 'acuerdos', 'aurora-us.html'))).toBe(false);
  });

  it('next says when the termination takes effect; the handover lists the case in force until then', () => {
    const root = notified();
    expect(cli(root, ['next', 'aurora-us'])).toContain(
      `La terminación del caso aurora-us está notificada y surte efectos el ${EFFECTIVE}`,
    );
    cli(root, ['generate', 'handover', '--out', 'out']);
    const text = flat(pdfText(join(root, 'out', 'handover-es.pdf')));
    expect(text).toContain('terminación notificada, surte efectos el 26 feb 2027');
    expect(text).toContain('Surte efectos la terminación del acuerdo notificada el 28 nov 2026');
  });
});
