import { describe, expect, it } from 'vitest';
import { aopSpan, budgetSums, closingStatus, nextAopValue } from '../../src/process/aop.js';
import type { AopFile } from '../../src/workspace/schema.js';
import { validateFile } from '../../src/workspace/validate.js';

type Activity = AopFile['activities'][number];

const FIRST = { objectives: ['Poner en marcha la cooperación.'], followUp: 'Reunión anual.' };

const activity = (over: Partial<Activity>): Activity => ({
  id: 'a',
  title: 'Actividad',
  area: 'agua',
  responsible: { municipality: 'Dirección de Agua', counterpart: 'Métropole' },
  start: '2026-06-01',
  end: '2026-06-30',
  deliverable: 'Informe',
  status: 'planned',
  ...over,
});

const program = (activities: Activity[]): AopFile => ({
  schemaVersion: 1,
  year: 2026,
  approved: '2026-02-01',
  objectives: ['Llevar el diagnóstico a un piloto.'],
  followUp: 'Reunión trimestral.',
  resources: 'Cada Parte cubre sus gastos.',
  activities,
  budgetTotals: [{ source: 'municipal', currency: 'MXN', amount: 1 }],
  results: { evaluated: '2027-01-20' },
});

describe('aopSpan', () => {
  it('is the calendar year, or the period when the program has one', () => {
    expect(aopSpan({ year: 2026 })).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    const period = { start: '2026-10-01', end: '2027-09-30' };
    expect(aopSpan({ year: 2026, period })).toEqual(period);
  });
});

describe('closingStatus', () => {
  const indicator = (target: number, actual?: number) => ({
    id: `i${target}`,
    name: 'Indicador',
    unit: 'personas',
    target,
    ...(actual !== undefined ? { actual } : {}),
  });
  const line = (executed?: number) => ({
    source: 'municipal' as const,
    amount: 1000,
    currency: 'MXN',
    ...(executed !== undefined ? { executed } : {}),
  });

  it('suggests done when every indicator met its target', () => {
    const a = activity({ status: 'in-progress', indicators: [indicator(10, 12), indicator(3, 3)] });
    expect(closingStatus(a)).toEqual({ status: 'done', reason: 'met' });
  });

  it('suggests postponed for a planned one with no result and nothing spent; in progress, it carries on', () => {
    const idle = { indicators: [indicator(10, 0), indicator(5)], budget: [line(0), line()] };
    expect(closingStatus(activity(idle))).toEqual({ status: 'postponed', reason: 'idle' });
    expect(closingStatus(activity({ ...idle, status: 'in-progress' }))).toEqual({
      status: 'in-progress',
      reason: 'idle',
    });
  });

  it('suggests in progress when some target fell short, or when only spending tells it started', () => {
    expect(closingStatus(activity({ indicators: [indicator(10, 12), indicator(15, 12)] }))).toEqual({
      status: 'in-progress',
      reason: 'short',
    });
    expect(closingStatus(activity({ budget: [line(400)] }))).toEqual({ status: 'in-progress' });
  });

  it('leaves a status the officer closed: done, postponed, cancelled', () => {
    for (const status of ['done', 'postponed', 'cancelled'] as const)
      expect(closingStatus(activity({ status, indicators: [indicator(10, 12)] }))).toEqual({ status });
  });
});

describe('budgetSums', () => {
  it('adds lines per source and currency, to the cent', () => {
    const sums = budgetSums({
      activities: [
        activity({ budget: [{ source: 'municipal', amount: 0.1, currency: 'MXN' }] }),
        activity({
          budget: [
            { source: 'municipal', amount: 0.2, currency: 'MXN' },
            { source: 'municipal', amount: 5, currency: 'USD' },
          ],
        }),
      ],
    });
    expect([...sums]).toEqual([
      ['municipal|MXN', 0.3],
      ['municipal|USD', 5],
    ]);
  });
});

describe('nextAopValue', () => {
  it('carries the unfinished activities only, and the objectives, follow-up and resources', () => {
    const next = nextAopValue(
      2027,
      program([
        activity({ id: 'done', status: 'done' }),
        activity({ id: 'cancelled', status: 'cancelled' }),
        activity({ id: 'planned' }),
        activity({ id: 'postponed', status: 'postponed' }),
        activity({ id: 'under-way', status: 'in-progress' }),
      ]),
      FIRST,
    );
    expect(next.activities.map((a) => [a.id, a.status])).toEqual([
      ['planned', 'planned'],
      ['postponed', 'planned'],
      ['under-way', 'in-progress'],
    ]);
    expect(next).toMatchObject({
      schemaVersion: 1,
      year: 2027,
      objectives: ['Llevar el diagnóstico a un piloto.'],
      followUp: 'Reunión trimestral.',
      resources: 'Cada Parte cubre sus gastos.',
    });
    // Approval, totals and results belong to the old year.
    expect(Object.keys(next)).toEqual(['schemaVersion', 'year', 'objectives', 'followUp', 'resources', 'activities']);
    expect(validateFile('aop', next)).toEqual([]);
  });

  it('moves dates by the years between programs; an activity under way resumes on the first day', () => {
    const next = nextAopValue(
      2027,
      program([
        activity({ id: 'fair', start: '2026-06-13', end: '2026-06-14' }),
        activity({ id: 'roof', status: 'in-progress', start: '2026-02-02', end: '2026-12-15' }),
      ]),
      FIRST,
    );
    expect(next.activities.map((a) => [a.id, a.start, a.end])).toEqual([
      ['fair', '2027-06-13', '2027-06-14'],
      ['roof', '2027-01-01', '2027-12-15'],
    ]);
    // 29 February has no twin next year; a jump of two years keeps the month.
    const leap = nextAopValue(
      2028,
      { ...program([activity({ start: '2024-02-29', end: '2024-03-01' })]), year: 2024 },
      FIRST,
    );
    expect([leap.activities[0]?.start, leap.activities[0]?.end]).toEqual(['2028-02-29', '2028-03-01']);
    const skip = nextAopValue(
      2027,
      { ...program([activity({ start: '2024-02-29', end: '2024-02-29' })]), year: 2024 },
      FIRST,
    );
    expect([skip.activities[0]?.start, skip.activities[0]?.end]).toEqual(['2027-02-28', '2027-02-28']);
  });

  it('starts after a previous program whose period runs into the year, for twelve months', () => {
    const previous: AopFile = {
      ...program([
        activity({ id: 'fair', start: '2027-05-20', end: '2027-05-21' }),
        activity({ id: 'roof', status: 'in-progress', start: '2026-11-02', end: '2027-09-30' }),
      ]),
      period: { start: '2026-10-08', end: '2027-10-07' },
    };
    const next = nextAopValue(2027, previous, FIRST);
    expect(next.period).toEqual({ start: '2027-10-08', end: '2028-10-07' });
    // Its activities move into the new period: the May fair a year on, the roof from its first day.
    expect(next.activities.map((a) => [a.id, a.start, a.end])).toEqual([
      ['fair', '2028-05-20', '2028-05-21'],
      ['roof', '2027-10-08', '2028-09-30'],
    ]);
    // A previous program on its calendar year leaves the new one on its own.
    expect(nextAopValue(2027, program([]), FIRST).period).toBeUndefined();
  });

  it('starts indicators from the last actual, and budgets from what was not executed', () => {
    const next = nextAopValue(
      2027,
      program([
        activity({
          status: 'in-progress',
          evidence: [{ path: 'evidence/avance.pdf' }],
          indicators: [
            { id: 'avance', name: 'Avance', unit: '%', baseline: 0, target: 100, actual: 70 },
            { id: 'escuelas', name: 'Escuelas', unit: 'escuelas', baseline: 10, target: 12 },
          ],
          budget: [
            { source: 'municipal', amount: 350000, currency: 'MXN', executed: 245000.5 },
            { source: 'third-party', amount: 1000, currency: 'USD', executed: 1000 },
            { source: 'in-kind', amount: 2500, currency: 'USD' },
          ],
        }),
      ]),
      FIRST,
    );
    const a = next.activities[0] as Activity;
    expect(a.indicators).toEqual([
      { id: 'avance', name: 'Avance', unit: '%', baseline: 70, target: 100 },
      { id: 'escuelas', name: 'Escuelas', unit: 'escuelas', baseline: 10, target: 12 },
    ]);
    expect(a.budget).toEqual([
      { source: 'municipal', amount: 104999.5, currency: 'MXN' },
      { source: 'in-kind', amount: 2500, currency: 'USD' },
    ]);
    expect(a.evidence).toBeUndefined();
  });

  it('starts a first program from the given objectives and follow-up, with no activities', () => {
    expect(nextAopValue(2026, undefined, FIRST)).toEqual({
      schemaVersion: 1,
      year: 2026,
      objectives: FIRST.objectives,
      followUp: FIRST.followUp,
      activities: [],
    });
  });

  it('runs the signature year’s first program from the signature day to the end of that year', () => {
    expect(nextAopValue(2026, undefined, FIRST, '2026-09-14').period).toEqual({
      start: '2026-09-14',
      end: '2026-12-31',
    });
    // Signed on 1 January, or a first program for a later year: the calendar year.
    expect(nextAopValue(2026, undefined, FIRST, '2026-01-01').period).toBeUndefined();
    expect(nextAopValue(2027, undefined, FIRST, '2026-09-14').period).toBeUndefined();
    // The program after it runs on its calendar year.
    const first = nextAopValue(2026, undefined, FIRST, '2026-09-14');
    expect(nextAopValue(2027, first, FIRST, '2026-09-14').period).toBeUndefined();
  });
});
