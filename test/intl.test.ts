import { describe, expect, it } from 'vitest';
import { dateRange, languageName } from '../src/intl.js';

describe('languageName', () => {
  it('names a language in the language asked for', () => {
    expect(languageName('en', 'es')).toBe('inglés');
    expect(languageName('de', 'en')).toBe('German');
  });

  it('gives the code back for one Intl does not know, or that is no language tag', () => {
    // A prompt asks for each document language by name: a hand-typed code must not stop it.
    expect(languageName('qqq', 'es')).toBe('qqq');
    expect(languageName('x', 'es')).toBe('x');
    expect(languageName('1a', 'en')).toBe('1a');
  });
});

describe('dateRange', () => {
  it('names the months in full when asked, within a month, across months and across years', () => {
    expect(dateRange('2026-06-13', '2026-06-14', 'es', 'long')).toBe('13–14 de junio de 2026');
    expect(dateRange('2026-09-07', '2026-12-11', 'es', 'long')).toMatch(
      /^7 de septiembre\s–\s11 de diciembre de 2026$/,
    );
    expect(dateRange('2026-12-20', '2027-01-10', 'es', 'long')).toMatch(
      /^20 de diciembre de 2026\s–\s10 de enero de 2027$/,
    );
    expect(dateRange('2026-12-20', '2027-01-10', 'en', 'long')).toMatch(/^December 20, 2026\s–\sJanuary 10, 2027$/);
    expect(dateRange('2026-06-13', '2026-06-13', 'en', 'long')).toBe('June 13, 2026');
    expect(dateRange('2026-09-07', '2026-12-11', 'es')).toMatch(/^7 de sep\s–\s11 de dic de 2026$/);
  });
});
