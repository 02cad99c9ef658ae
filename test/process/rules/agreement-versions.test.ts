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
    expect(findings(check(root), 'agreement-versions')).toEqual(
      [
        ['steps', 'council', 'hash'],
        ['steps', 'sre-opinion', 'rounds', 0, 'hash'],
        ['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'hash'],
        ['steps', 'signature', 'hash'],
      ].map((path) => ({ id: 'rule.agreement-versions.no-agreement', severity: 'error', file: LYON, path })),
    );
  });
});
