import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, OSAKA } from './helpers.js';

const LSCT_2 = 'law.lsct-2-ii';

describe('counterpart-nature', () => {
  it('passes for foreign local governments and international organizations', () => {
    const root = copyBase();
    expect(findings(check(root), 'counterpart-nature')).toEqual([]);
    edit(root, LYON, (d) => d.setIn(['counterpart', 'nature'], 'international-organization'));
    expect(findings(check(root), 'counterpart-nature')).toEqual([]);
  });

  it.each(['private', 'mexican-municipality'])('warns on a %s counterpart, citing LSCT art. 2-II', (nature) => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['counterpart', 'nature'], nature));
    expect(findings(check(root), 'counterpart-nature')).toEqual([
      {
        id: `rule.counterpart-nature.${nature}`,
        severity: 'warning',
        file: LYON,
        path: ['counterpart', 'nature'],
        law: LSCT_2,
      },
    ]);
  });

  it('warns on a "foreign" local government in Mexico, but not on an international organization there', () => {
    const root = copyBase();
    edit(root, OSAKA, (d) => d.setIn(['counterpart', 'country'], 'MX'));
    expect(findings(check(root), 'counterpart-nature')).toEqual([
      {
        id: 'rule.counterpart-nature.in-mexico',
        severity: 'warning',
        file: OSAKA,
        path: ['counterpart', 'nature'],
        law: LSCT_2,
      },
    ]);
    edit(root, OSAKA, (d) => d.setIn(['counterpart', 'nature'], 'international-organization'));
    expect(findings(check(root), 'counterpart-nature')).toEqual([]);
  });
});
