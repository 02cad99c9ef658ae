import { describe, expect, it } from 'vitest';
import { deriveCaseStatus, deriveWorkspaceSteps } from '../../src/process/status.js';
import { stepsFor } from '../../src/process/steps.js';
import { loadWorkspace, type Workspace } from '../../src/workspace/load.js';
import type { CaseFile } from '../../src/workspace/schema.js';
import { copyWorkspace } from '../helpers.js';
import { copyBase, edit } from './rules/helpers.js';

const H1 = 'a'.repeat(64);

/** The minimal fixture with the case's steps replaced. */
function withCase(change: (c: CaseFile) => void): { ws: Workspace } {
  const ws = loadWorkspace(copyWorkspace('minimal'), { cache: false });
  const bundle = ws.cases[0];
  if (!bundle?.case) throw new Error('fixture did not load');
  change(bundle.case);
  return { ws };
}

const statusOf = (ws: Workspace, today = '2026-11-28') =>
  deriveCaseStatus(ws, ws.cases[0] as Workspace['cases'][0], today);

describe('deriveCaseStatus', () => {
  it('a chosen counterpart: the letter is next and it is the municipality’s move', () => {
    const { ws } = withCase(() => {});
    const s = statusOf(ws);
    expect(s.phase).toBe(2);
    expect(s.next.map((n) => n.id)).toEqual(['letter']);
    expect(s.move).toEqual({ actor: 'municipio', since: '2026-10-01' });
    expect(s.late).toEqual([]);
    expect(s.steps.find((x) => x.id === 'counterpart')?.state).toBe('done');
  });

  it('a letter unanswered past its follow-up is the counterpart’s move, late since the due date', () => {
    const { ws } = withCase((c) => {
      c.steps = { ...c.steps, letter: { date: '2026-08-01', followUpOn: '2026-09-15' } };
    });
    const s = statusOf(ws);
    expect(s.next.map((n) => n.id)).toEqual(['response']);
    expect(s.move).toEqual({ actor: 'contraparte', since: '2026-08-01' });
    expect(s.late).toContainEqual({ kind: 'follow-up', step: 'response', due: '2026-09-15' });
  });

  it('without an explicit follow-up date, the answer falls due 45 days after the letter', () => {
    const { ws } = withCase((c) => {
      c.steps = { ...c.steps, letter: { date: '2026-10-01' } };
    });
    expect(statusOf(ws, '2026-11-15').late).toEqual([]);
    expect(statusOf(ws, '2026-11-16').late).toContainEqual({ kind: 'follow-up', step: 'response', due: '2026-11-15' });
  });

  it('a submission without a dictamen is the SRE’s move', () => {
    const { ws } = withCase((c) => {
      c.steps = {
        ...c.steps,
        letter: { date: '2026-01-10' },
        response: { date: '2026-02-01', outcome: 'accepted' },
        draft: { date: '2026-03-01' },
        council: { date: '2026-04-01', session: '12', votes: { for: 10, against: 2 }, hash: H1 },
        'sre-opinion': { rounds: [{ submitted: '2026-05-01', oficio: 'PM/1/2026', hash: H1 }] },
      };
      c.contactLog = [{ date: '2026-10-01', channel: 'email', who: 'Enlace', summary: 'Seguimiento' }];
    });
    ws.cases[0]!.agreement = {
      schemaVersion: 1,
      articles: [{ id: 'objeto', heading: 'Objeto', text: 'Texto' }],
      versions: [{ hash: H1, date: '2026-03-01' }],
    };
    const s = statusOf(ws);
    expect(s.phase).toBe(3);
    expect(s.next.map((n) => n.id)).toEqual(['sre-opinion']);
    expect(s.next[0]?.state).toBe('in-progress');
    expect(s.move).toEqual({ actor: 'sre', since: '2026-05-01' });
    expect(s.late).toContainEqual({ kind: 'follow-up', step: 'sre-opinion', due: '2026-06-30' });
  });

  it('a declined answer closes the case and later steps do not apply', () => {
    const { ws } = withCase((c) => {
      c.steps = { ...c.steps, letter: { date: '2026-01-10' }, response: { date: '2026-02-01', outcome: 'declined' } };
    });
    const s = statusOf(ws);
    expect(s.closed).toEqual({ state: 'declined', date: '2026-02-01' });
    expect(s.next).toEqual([]);
    expect(s.steps.find((x) => x.id === 'draft')?.state).toBe('not-applicable');
    expect(s.steps.find((x) => x.id === 'response')?.state).toBe('done');
  });

  it('warns after six months without contact, with the day it fell due', () => {
    const { ws } = withCase((c) => {
      c.steps = { ...c.steps, letter: { date: '2026-01-10' }, response: { date: '2026-02-01', outcome: 'accepted' } };
      c.contactLog = [{ date: '2026-03-15', channel: 'video', who: 'Enlace', summary: 'Reunión' }];
    });
    expect(statusOf(ws).late).toContainEqual({ kind: 'contact', due: '2026-09-15' });
  });

  it('a follow-up set in the contact log is due even before the letter goes out', () => {
    const { ws } = withCase((c) => {
      c.contactLog = [
        { date: '2026-10-27', channel: 'email', who: 'Embajada', summary: 'Contacto', followUpOn: '2026-11-20' },
      ];
    });
    expect(statusOf(ws, '2026-11-20').late).toEqual([]);
    expect(statusOf(ws, '2026-11-21').late).toEqual([{ kind: 'follow-up', due: '2026-11-20' }]);
  });

  it('a missing Phase 1 step comes before the letter', () => {
    const { ws } = withCase(() => {});
    ws.config!.liaison = undefined;
    const s = statusOf(ws);
    expect(s.next.map((n) => n.id)).toEqual(['liaison']);
    expect(deriveWorkspaceSteps(ws, '2026-11-28').find((x) => x.id === 'liaison')?.state).toBe('pending');
  });

  it('a skipped step counts as done for progress', () => {
    const { ws } = withCase((c) => {
      c.skipped = { letter: { reason: 'Contacto directo en visita oficial' } };
    });
    const s = statusOf(ws);
    expect(s.steps.find((x) => x.id === 'letter')?.state).toBe('skipped');
    expect(s.next.map((n) => n.id)).toEqual(['response']);
  });

  it('a signed agreement without its first AOP is late 60 days after signature', () => {
    const { ws } = withCase((c) => {
      c.steps = {
        ...c.steps,
        signature: {
          hash: H1,
          municipality: { place: 'Villa', date: '2026-06-01' },
          counterpart: { place: 'León', date: '2026-06-10' },
        },
      };
    });
    expect(statusOf(ws).late).toContainEqual({ kind: 'aop', step: 'aop', due: '2026-08-09', year: 2026 });
  });

  it('a program recorded but not approved is the step still to do, late after its due day', () => {
    // The rules fixture's Lyon: its 2026 program, due 2026-03-02, as a draft.
    const root = copyBase();
    edit(root, 'cases/lyon-fr/aop/2026.yaml', (d) => d.delete('approved'));
    const ws = loadWorkspace(root, { cache: false });
    const lyon = ws.cases.find((c) => c.slug === 'lyon-fr') as Workspace['cases'][0];
    const early = deriveCaseStatus(ws, lyon, '2026-03-02');
    expect(early.next.map((n) => n.id)).toEqual(['aop']);
    // Owed since the year began (its 60 days count from then), not since Lyon's last act of 2025.
    expect(early.move).toEqual({ actor: 'municipio', since: '2026-01-01' });
    expect(early.late).toEqual([]);
    expect(deriveCaseStatus(ws, lyon, '2026-03-03').late).toEqual([
      { kind: 'aop', step: 'aop', due: '2026-03-02', year: 2026 },
    ]);
  });

  it('a signed agreement not sent for registration is the municipality’s move, late after the step’s interval', () => {
    // The rules fixture's Lyon, signed on 2025-06-16 (the later signature), without its registration.
    const root = copyBase();
    edit(root, 'cases/lyon-fr/case.yaml', (d) => d.deleteIn(['steps', 'registration']));
    const ws = loadWorkspace(root, { cache: false });
    const lyon = ws.cases.find((c) => c.slug === 'lyon-fr') as Workspace['cases'][0];
    const early = deriveCaseStatus(ws, lyon, '2025-07-16');
    expect(early.next.map((n) => n.id)).toEqual(['registration']);
    expect(early.nextDue).toBe('2025-07-16');
    expect(early.late).toEqual([]);
    const s = deriveCaseStatus(ws, lyon, '2026-03-15');
    expect(s.move?.actor).toBe('municipio');
    expect(s.late).toEqual([{ kind: 'follow-up', step: 'registration', due: '2025-07-16' }]);
  });

  it('a copy sent for registration without its acuse is the SRE’s move, late after the follow-up', () => {
    // Lyon's copy went to the SRE on 2025-06-30.
    const root = copyBase();
    edit(root, 'cases/lyon-fr/case.yaml', (d) => d.deleteIn(['steps', 'registration', 'acuse']));
    const ws = loadWorkspace(root, { cache: false });
    const lyon = ws.cases.find((c) => c.slug === 'lyon-fr') as Workspace['cases'][0];
    const s = deriveCaseStatus(ws, lyon, '2026-03-15');
    expect(s.next.map((n) => n.id)).toEqual(['registration']);
    expect(s.move).toEqual({ actor: 'sre', since: '2025-06-30' });
    expect(s.late).toEqual([{ kind: 'follow-up', step: 'registration', due: '2025-07-30' }]);
  });
});

describe('stepsFor', () => {
  it('puts sre-opinion before council when the workspace says so, and places local steps', () => {
    const ws = loadWorkspace(copyWorkspace('minimal'), { cache: false });
    ws.config!.settings = { ...ws.config!.settings, order: 'sre-first' };
    ws.config!.localSteps = [
      {
        id: 'comision',
        title: { es: 'Dictamen de la Comisión de Ciudades Hermanas', en: 'Sister Cities Committee opinion' },
        after: 'draft',
        actor: 'cabildo',
        facts: [{ key: 'date', type: 'date' }],
      },
    ];
    const ids = stepsFor(ws.config).map((s) => s.id);
    expect(ids.slice(ids.indexOf('draft'), ids.indexOf('signature') + 1)).toEqual([
      'draft',
      'comision',
      'sre-opinion',
      'council',
      'signature',
    ]);
  });
});

describe('a local step placed in Phase 1', () => {
  it('keeps its facts in linkage.yaml under steps.<id> and is done when they are there', () => {
    const ws = loadWorkspace(copyWorkspace('minimal'), { cache: false });
    ws.config!.localSteps = [
      {
        id: 'comite',
        title: { es: 'Comité de Ciudades Hermanas instalado', en: 'Sister Cities Committee installed' },
        after: 'participation',
        actor: 'cabildo',
        facts: [
          { key: 'date', type: 'date' },
          { key: 'acta', type: 'text' },
        ],
      },
    ];
    const state = () => deriveWorkspaceSteps(ws, '2026-11-28').find((s) => s.id === 'comite');
    expect(state()?.state).toBe('pending');
    ws.config!.steps = { comite: { date: '2025-02-03' } };
    expect(state()?.state).toBe('in-progress');
    ws.config!.steps = { comite: { date: '2025-02-03', acta: 'Acta 4/2025' } };
    expect(state()).toMatchObject({ state: 'done', date: '2025-02-03' });
  });
});
