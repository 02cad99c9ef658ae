import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { textHash } from '../../../src/workspace/hash.js';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const AGREEMENT = 'cases/lyon-fr/agreement.yaml';

describe('agreement-versions', () => {
  it('passes when the last version is the current text and every hash is a version', () => {
    expect(findings(check(copyBase()), 'agreement-versions')).toEqual([]);
  });

  it('warns, with the hash to record, when the text changed since the last version', () => {
    const root = copyBase();
    edit(root, AGREEMENT, (d) =>
      d.setIn(['articles', 0, 'text', 'es'], 'Las Partes establecen un hermanamiento amplio.'),
    );
    // Lyon is signed: its text changes only by an amendment, which the hint says.
    expect(findings(check(root), 'agreement-versions')).toEqual([
      { id: 'rule.agreement-versions.signed', severity: 'warning', file: AGREEMENT, path: ['versions', 0, 'hash'] },
    ]);
    edit(root, LYON, (d) => {
      d.deleteIn(['steps', 'signature', 'municipality']);
      d.deleteIn(['steps', 'signature', 'counterpart']);
    });
    const problems = check(root);
    expect(findings(problems, 'agreement-versions')).toEqual([
      { id: 'rule.agreement-versions', severity: 'warning', file: AGREEMENT, path: ['versions', 0, 'hash'] },
    ]);
    const articles = parse(readFileSync(join(root, AGREEMENT), 'utf8')).articles;
    expect(paramsOf(problems, 'rule.agreement-versions')).toEqual({
      hash: textHash(articles),
      recorded: '8ce74b63ea37',
    });
  });

  it('errs, citing art. 7, when a signed text gets a new version that no amendment records', () => {
    const root = copyBase();
    edit(root, AGREEMENT, (d) =>
      d.setIn(['articles', 0, 'text', 'es'], 'Las Partes establecen un hermanamiento amplio.'),
    );
    const hash = textHash(parse(readFileSync(join(root, AGREEMENT), 'utf8')).articles);
    edit(root, AGREEMENT, (d) => d.addIn(['versions'], { hash, date: '2026-03-01' }));
    const problems = check(root);
    expect(findings(problems, 'agreement-versions')).toEqual([
      {
        id: 'rule.agreement-versions.after-signature',
        severity: 'error',
        file: AGREEMENT,
        path: ['versions', 1, 'hash'],
        law: 'law.lsct-7',
      },
    ]);
    expect(paramsOf(problems, 'rule.agreement-versions.after-signature')).toEqual({
      hash,
      version: hash.slice(0, 12),
      signed: '8ce74b63ea37',
    });
    // The new text as an amendment's is the way a signed agreement changes.
    edit(root, LYON, (d) => d.set('amendments', [{ id: 'a1', date: '2026-03-01', summary: 'Objeto amplio.', hash }]));
    expect(findings(check(root), 'agreement-versions')).toEqual([]);
  });

  it('errs on a recorded hash that is no version', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'hash'], 'b'.repeat(64)));
    const problems = check(root);
    expect(findings(problems, 'agreement-versions')).toEqual([
      {
        id: 'rule.agreement-versions.unknown-hash',
        severity: 'error',
        file: LYON,
        path: ['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'hash'],
      },
    ]);
    expect(paramsOf(problems, 'rule.agreement-versions.unknown-hash')).toEqual({
      hash: 'bbbbbbbbbbbb',
      field: 'steps.sre-opinion.rounds.0.dictamen.hash',
    });
  });

  it('errs on hashes when the case has no agreement.yaml', () => {
    const root = copyBase();
    rmSync(join(root, AGREEMENT));
    const problems = check(root);
    expect(findings(problems, 'agreement-versions')).toEqual(
      [
        ['steps', 'council', 'hash'],
        ['steps', 'sre-opinion', 'rounds', 0, 'hash'],
        ['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'hash'],
        ['steps', 'signature', 'hash'],
      ].map((path) => ({ id: 'rule.agreement-versions.no-agreement', severity: 'error', file: LYON, path })),
    );
    // For the hint's `linkage generate agreement <case>`.
    expect(paramsOf(problems, 'rule.agreement-versions.no-agreement')).toMatchObject({ slug: 'lyon-fr' });
  });
});
