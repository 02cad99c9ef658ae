import { describe, expect, it } from 'vitest';
import { languageName } from '../src/intl.js';

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
