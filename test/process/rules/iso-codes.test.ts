import { describe, expect, it } from 'vitest';
import { checkCountry, checkCurrency, checkLanguage } from '../../../src/process/rules/iso-codes.js';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

describe('ISO code checks on this Node', () => {
  it('countries: assigned ISO 3166-1 codes only', () => {
    for (const code of ['MX', 'US', 'FR', 'JP', 'GB', 'DE', 'CW', 'SS', 'PS'])
      expect(checkCountry(code), code).toEqual({ ok: true });
    for (const code of ['XX', 'ZZ', 'EU', 'EZ', 'UN', 'QO', 'XK', 'AC', 'IC', 'AA'])
      expect(checkCountry(code), code).toEqual({ ok: false });
    expect(checkCountry('UK')).toEqual({ ok: false, suggestion: 'GB' });
    expect(checkCountry('DD')).toEqual({ ok: false, suggestion: 'DE' });
  });

  it('languages: ISO 639 codes; unknown three-letter codes are unverified, not wrong', () => {
    for (const code of ['es', 'en', 'fr', 'de', 'ja', 'pl', 'zap', 'haw'])
      expect(checkLanguage(code), code).toEqual({ ok: true });
    for (const code of ['xx', 'zz', 'sp', 'mul', 'und', 'qaa'])
      expect(checkLanguage(code), code).toEqual({ ok: false });
    expect(checkLanguage('iw')).toEqual({ ok: false, suggestion: 'he' });
    expect(checkLanguage('yua')).toEqual({ ok: false, unverified: true });
  });

  it('currencies: ISO 4217 codes in use', () => {
    for (const code of ['MXN', 'USD', 'EUR', 'JPY']) expect(checkCurrency(code), code).toEqual({ ok: true });
    expect(checkCurrency('ABC')).toEqual({ ok: false });
    expect(checkCurrency('XXX')).toEqual({ ok: false });
    expect(checkCurrency('MNX')).toEqual({ ok: false, suggestion: 'MXN' });
  });
});

describe('iso-codes', () => {
  it('passes on the base workspace', () => {
    expect(findings(check(copyBase()), 'iso-codes')).toEqual([]);
  });

  it('errs on codes that look right but name nothing', () => {
    const root = copyBase();
    edit(root, LYON, (d) => {
      d.setIn(['counterpart', 'country'], 'UK');
      d.setIn(['counterpart', 'languages', 0], 'xx');
      d.setIn(['steps', 'signature', 'languages', 1], 'iw');
      d.setIn(['missions', 0, 'costs', 0, 'currency'], 'MNX');
    });
    edit(root, 'cases/lyon-fr/aop/2025.yaml', (d) => d.setIn(['activities', 0, 'budget', 1, 'currency'], 'EUX'));
    edit(root, 'cases/lyon-fr/agreement.yaml', (d) => d.setIn(['title', 'sp'], 'Acuerdo'));
    edit(root, 'linkage.yaml', (d) => {
      d.setIn(['settings', 'languages'], ['es', 'en', 'zz']);
      d.setIn(['profile', 'migrantCommunities', 0, 'country'], 'XX');
    });
    const problems = check(root);
    expect(findings(problems, 'iso-codes')).toEqual([
      { id: 'rule.iso-codes.language', severity: 'error', file: 'linkage.yaml', path: ['settings', 'languages', 2] },
      {
        id: 'rule.iso-codes.country',
        severity: 'error',
        file: 'linkage.yaml',
        path: ['profile', 'migrantCommunities', 0, 'country'],
      },
      { id: 'rule.iso-codes.country-suggestion', severity: 'error', file: LYON, path: ['counterpart', 'country'] },
      { id: 'rule.iso-codes.language', severity: 'error', file: LYON, path: ['counterpart', 'languages', 0] },
      {
        id: 'rule.iso-codes.language-suggestion',
        severity: 'error',
        file: LYON,
        path: ['steps', 'signature', 'languages', 1],
      },
      {
        id: 'rule.iso-codes.currency-suggestion',
        severity: 'error',
        file: LYON,
        path: ['missions', 0, 'costs', 0, 'currency'],
      },
      {
        id: 'rule.iso-codes.currency',
        severity: 'error',
        file: 'cases/lyon-fr/aop/2025.yaml',
        path: ['activities', 0, 'budget', 1, 'currency'],
      },
      { id: 'rule.iso-codes.language', severity: 'error', file: 'cases/lyon-fr/agreement.yaml', path: ['title', 'sp'] },
    ]);
    expect(paramsOf(problems, 'rule.iso-codes.country-suggestion')).toEqual({ code: 'UK', suggestion: 'GB' });
  });

  it('errs on a time zone Intl does not know, which a pinned "today" would never read', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'timezone'], 'America/Mexico_Cty'));
    const problems = check(root);
    expect(findings(problems, 'iso-codes')).toEqual([
      { id: 'settings.bad-timezone', severity: 'error', file: 'linkage.yaml', path: ['settings', 'timezone'] },
    ]);
    expect(paramsOf(problems, 'settings.bad-timezone')).toEqual({ value: 'America/Mexico_Cty' });
    for (const zone of ['America/Tijuana', 'UTC', 'Asia/Calcutta']) {
      edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'timezone'], zone));
      expect(findings(check(root), 'iso-codes'), zone).toEqual([]);
    }
  });

  it('only warns on a three-letter language code it cannot verify', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['counterpart', 'languages'], ['fr', 'yua']));
    expect(findings(check(root), 'iso-codes')).toEqual([
      {
        id: 'rule.iso-codes.language-unverified',
        severity: 'warning',
        file: LYON,
        path: ['counterpart', 'languages', 1],
      },
    ]);
  });
});

describe('iso-codes on AOP money', () => {
  it('checks the currency of budget lines and of budgetTotals', () => {
    const root = copyBase();
    const aop = 'cases/lyon-fr/aop/2025.yaml';
    edit(root, aop, (d) => {
      d.setIn(['activities', 0, 'budget', 0, 'currency'], 'MNX');
      d.set('budgetTotals', [
        { source: 'municipal', currency: 'MNX', amount: 50000 },
        { source: 'counterpart', currency: 'EUR', amount: 3000 },
        { source: 'in-kind', currency: 'ABC', amount: 0 },
      ]);
    });
    const problems = check(root);
    expect(findings(problems, 'iso-codes')).toEqual([
      {
        id: 'rule.iso-codes.currency-suggestion',
        severity: 'error',
        file: aop,
        path: ['activities', 0, 'budget', 0, 'currency'],
      },
      { id: 'rule.iso-codes.currency-suggestion', severity: 'error', file: aop, path: ['budgetTotals', 0, 'currency'] },
      { id: 'rule.iso-codes.currency', severity: 'error', file: aop, path: ['budgetTotals', 2, 'currency'] },
    ]);
    // The totals are not judged over a wrong code: the code is the one mistake.
    expect(findings(problems, 'aop-budget-totals')).toEqual([]);
    edit(root, aop, (d) => d.setIn(['budgetTotals', 0, 'currency'], 'MXN'));
    edit(root, aop, (d) => d.setIn(['activities', 0, 'budget', 0, 'currency'], 'MXN'));
    edit(root, aop, (d) => d.setIn(['budgetTotals', 2, 'currency'], 'USD'));
    expect(findings(check(root), 'aop-budget-totals')).toEqual([]);
  });
});
