import { describe, expect, it } from 'vitest';
import { mayorOn } from '../../src/documents/context/letter.js';
import type { CaseFile } from '../../src/workspace/schema.js';

const withMayors = (former: { name: string; from?: string; to: string }[]) =>
  ({ counterpart: { mayor: { name: 'Current', from: '2026-10-01' }, formerMayors: former } }) as unknown as CaseFile;

describe('mayorOn', () => {
  it('finds the mayor in office on a date, terms without `from` told apart by their ends, in any order', () => {
    const c = withMayors([
      { name: 'Kenji Sato', to: '2026-09-30' },
      { name: 'Akira Ito', to: '2026-07-31' },
    ]);
    expect(mayorOn(c, '2026-07-15')?.mayor.name).toBe('Akira Ito');
    expect(mayorOn(c, '2026-08-15')?.mayor.name).toBe('Kenji Sato');
    expect(mayorOn(c, '2026-10-01')?.mayor.name).toBe('Current');
    expect(mayorOn(c, '2026-08-15')?.path).toEqual(['counterpart', 'formerMayors', 0]);
  });
});
