import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseRefs, rememberRefs } from '../../../src/process/rules/hashes.js';
import { sha256 } from '../../../src/workspace/hash.js';
import { type CaseBundle, loadWorkspace, type Workspace } from '../../../src/workspace/load.js';
import { copyWorkspace } from '../../helpers.js';
import { check, copyBase, edit, findings, LYON, paramsOf, TODAY } from './helpers.js';

const ACTA = ['steps', 'council', 'evidence', 0];
const DOCS = 'cases/lyon-fr/documents.yaml';

describe('hashes', () => {
  it('passes when every evidence file and issued document is there and unchanged', () => {
    expect(findings(check(copyBase()), 'hashes')).toEqual([]);
  });

  it('errs on a missing evidence file, in case.yaml, AOP files and linkage.yaml', () => {
    const root = copyBase();
    rmSync(join(root, 'cases/lyon-fr/evidence/acta-cabildo.txt'));
    rmSync(join(root, 'evidence/nombramiento-enlace.txt'));
    const problems = check(root);
    expect(findings(problems, 'hashes')).toEqual([
      { id: 'rule.hashes.missing', severity: 'error', file: 'linkage.yaml', path: ['liaison', 'evidence', 0, 'path'] },
      { id: 'rule.hashes.missing', severity: 'error', file: LYON, path: [...ACTA, 'path'] },
      {
        id: 'rule.hashes.missing',
        severity: 'error',
        file: 'cases/lyon-fr/aop/2025.yaml',
        path: ['activities', 0, 'evidence', 0, 'path'],
      },
    ]);
    expect(problems.find((p) => p.file === LYON && p.rule === 'hashes')?.params).toEqual({
      path: 'evidence/acta-cabildo.txt',
      folder: 'cases/lyon-fr',
    });
  });

  it('errs on evidence whose content changed', () => {
    const root = copyBase();
    writeFileSync(join(root, 'cases/lyon-fr/evidence/dictamen-sre.txt'), 'otro escaneo\n');
    const problems = check(root);
    expect(findings(problems, 'hashes')).toEqual([
      {
        id: 'rule.hashes.mismatch',
        severity: 'error',
        file: LYON,
        path: ['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'evidence', 0, 'sha256'],
      },
    ]);
    expect(paramsOf(problems, 'rule.hashes.mismatch')?.actual).toBe(sha256('otro escaneo\n'));
  });

  it('warns on evidence without sha256, giving the hash to record', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn([...ACTA, 'sha256']));
    const problems = check(root);
    expect(findings(problems, 'hashes')).toEqual([
      { id: 'rule.hashes.no-sha256', severity: 'warning', file: LYON, path: ACTA },
    ]);
    expect(paramsOf(problems, 'rule.hashes.no-sha256')).toEqual({
      path: 'evidence/acta-cabildo.txt',
      hash: '22f240e55841e29d1bef3f47cde09badd3f7b9f112af728ea422c71d88bc31b1',
    });
  });

  it('reads no file without verifyHashes, but still notices a missing one', () => {
    const root = copyBase();
    writeFileSync(join(root, 'cases/lyon-fr/evidence/dictamen-sre.txt'), 'otro escaneo\n');
    rmSync(join(root, 'cases/lyon-fr/evidence/acta-cabildo.txt'));
    expect(findings(check(root, TODAY, false), 'hashes').map((f) => f.id)).toEqual([
      'rule.hashes.missing',
      'rule.hashes.missing',
    ]);
  });

  it('checks issued documents against documents.yaml', () => {
    const root = copyBase();
    writeFileSync(join(root, 'cases/lyon-fr/documents/letter-lyon-fr-es.pdf'), '%PDF-1.4 editado\n');
    expect(findings(check(root), 'hashes')).toEqual([
      { id: 'rule.hashes.document-mismatch', severity: 'error', file: DOCS, path: ['documents', 0, 'sha256'] },
    ]);
    rmSync(join(root, 'cases/lyon-fr/documents/letter-lyon-fr-es.pdf'));
    expect(findings(check(root), 'hashes')).toEqual([
      { id: 'rule.hashes.document-missing', severity: 'error', file: DOCS, path: ['documents', 0, 'file'] },
    ]);
  });

  it('checks the evidence facts of local steps', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) =>
      d.set('localSteps', [
        {
          id: 'comision',
          title: 'Comisión',
          after: 'draft',
          actor: 'cabildo',
          facts: [
            { key: 'date', type: 'date' },
            { key: 'acta', type: 'evidence' },
          ],
        },
      ]),
    );
    edit(root, LYON, (d) =>
      d.setIn(['steps', 'comision'], { date: '2025-02-20', acta: [{ path: 'evidence/comision.pdf' }] }),
    );
    expect(findings(check(root), 'hashes')).toEqual([
      { id: 'rule.hashes.missing', severity: 'error', file: LYON, path: ['steps', 'comision', 'acta', 0, 'path'] },
    ]);
  });
});

describe('evidence-path', () => {
  it('passes on the base workspace', () => {
    expect(findings(check(copyBase()), 'evidence-path')).toEqual([]);
  });

  it('errs on a path that leaves the case folder or names a Windows device', () => {
    const root = copyBase();
    edit(root, LYON, (d) => {
      d.setIn([...ACTA, 'path'], '../osaka-jp/case.yaml');
      d.setIn(['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'evidence', 0, 'path'], 'evidence/NUL.txt');
    });
    edit(root, DOCS, (d) => d.setIn(['documents', 0, 'file'], '/etc/passwd'));
    const problems = check(root);
    expect(findings(problems, 'evidence-path')).toEqual([
      { id: 'rule.evidence-path', severity: 'error', file: LYON, path: [...ACTA, 'path'] },
      {
        id: 'rule.evidence-path.reserved',
        severity: 'error',
        file: LYON,
        path: ['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'evidence', 0, 'path'],
      },
      { id: 'rule.evidence-path', severity: 'error', file: DOCS, path: ['documents', 0, 'file'] },
    ]);
    // The hashes rule does not also report them as missing.
    expect(findings(problems, 'hashes')).toEqual([]);
  });

  it('errs on a symbolic link that points outside the case folder', () => {
    const root = copyBase();
    mkdirSync(join(root, 'cases/lyon-fr/evidence/enlace'));
    symlinkSync(join(root, 'linkage.yaml'), join(root, 'cases/lyon-fr/evidence/enlace/acta.txt'));
    edit(root, LYON, (d) => d.setIn([...ACTA, 'path'], 'evidence/enlace/acta.txt'));
    expect(findings(check(root), 'evidence-path')).toEqual([
      { id: 'rule.evidence-path', severity: 'error', file: LYON, path: [...ACTA, 'path'] },
    ]);
  });

  it('errs on an evidence folder that is a link to a folder outside the case, not on one inside it', () => {
    const root = copyBase();
    const ref = readFileSync(join(root, LYON), 'utf8').match(/path: (evidence\/[^\s]+)/)?.[1] as string;
    const name = ref.slice('evidence/'.length);
    const evidence = join(root, 'cases/lyon-fr/evidence');
    // The same files, moved to a folder inside the case: a link to it is fine.
    renameSync(evidence, join(root, 'cases/lyon-fr/archivo'));
    symlinkSync(join(root, 'cases/lyon-fr/archivo'), evidence);
    expect(findings(check(root), 'evidence-path')).toEqual([]);
    expect(findings(check(root), 'hashes')).toEqual([]);
    // Moved out of the case folder: the link now leads outside it.
    rmSync(evidence);
    renameSync(join(root, 'cases/lyon-fr/archivo'), join(root, 'fuera'));
    symlinkSync(join(root, 'fuera'), evidence);
    expect(readFileSync(join(evidence, name)).length).toBeGreaterThan(0);
    expect(findings(check(root), 'evidence-path').length).toBeGreaterThan(0);
    expect(findings(check(root), 'evidence-path')).toContainEqual(
      expect.objectContaining({ id: 'rule.evidence-path', file: LYON }),
    );
  });
});

describe('evidence references', () => {
  it('a memo’s references (kept without descriptions) never become the handover’s', () => {
    const root = copyWorkspace('demo');
    const fresh = loadWorkspace(root, { cache: false });
    const aurora = (ws: Workspace) => ws.cases.find((c) => c.slug === 'aurora-us') as CaseBundle;
    const expected = caseRefs(fresh, aurora(fresh));
    expect(expected.some((r) => r.description !== undefined)).toBe(true);

    const ws = loadWorkspace(root, { cache: false });
    rememberRefs(
      aurora(ws),
      expected.map(({ description: _, ...ref }) => ref),
    );
    expect(caseRefs(ws, aurora(ws))).toEqual(expected);
  });
});
