// The five bad AOP inputs of issue 6, each through the built CLI: a located message
// (file:line:col and field path) in Spanish and English, and `check` exits 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, runCli, STACK } from '../helpers.js';

const AOP = 'cases/aurora-us/aop/2026.yaml';

/** `line:col` (1-based) of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): string {
  const index = text.indexOf(needle);
  expect(index, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${(before.at(-1) as string).length + 1}`;
}

interface BadInput {
  name: string;
  from: string;
  to: string;
  /** Where the message points, found in the edited text. */
  where: string;
  path: string;
  es: string[];
  en: string[];
}

const CASES: BadInput[] = [
  {
    name: 'an indicator without a unit',
    from: '        unit: { es: personas, en: people }\n',
    to: '',
    where: 'id: personas-atendidas',
    path: 'activities.0.indicators.0.unit',
    es: ['Falta el campo obligatorio «unit».'],
    en: ['The required field "unit" is missing.'],
  },
  {
    name: 'a target that is not a number',
    from: 'target: 800\n',
    to: 'target: 800 personas\n',
    where: '800 personas',
    path: 'activities.0.indicators.0.target',
    es: ['Se esperaba un número.', 'Escriba sólo la cifra'],
    en: ['A number was expected.', 'Write the figure alone'],
  },
  {
    name: 'an activity outside the year',
    from: 'start: 2026-06-13',
    to: 'start: 2025-06-13',
    where: '2025-06-13',
    path: 'activities.0.start',
    es: [
      '[aop-activity-dates]: La actividad «A26-1» tiene `start: 2025-06-13`, fuera del año del programa (2026-01-01 a 2026-12-31).',
    ],
    en: [
      '[aop-activity-dates]: The activity "A26-1" has `start: 2025-06-13`, outside the program\'s year (2026-01-01 to 2026-12-31).',
    ],
  },
  {
    name: 'an unknown currency code',
    from: 'currency: USD',
    to: 'currency: MNX',
    where: 'MNX',
    path: 'activities.0.budget.1.currency',
    es: ['[iso-codes]: «MNX» no es un código de moneda ISO 4217 vigente.', '¿Quiso decir «MXN»?'],
    en: ['[iso-codes]: "MNX" is not a current ISO 4217 currency code.', 'Did you mean "MXN"?'],
  },
  {
    name: 'an area that is not in the agreement',
    from: 'area: migrantes',
    to: 'area: migrante',
    where: 'migrante\n',
    path: 'activities.0.area',
    es: ['[aop-area]: El área «migrante» no es un área de cooperación del acuerdo.', '¿Quiso decir «migrantes»?'],
    en: [
      '[aop-area]: The area "migrante" is not one of the agreement\'s areas of cooperation.',
      'Did you mean "migrantes"?',
    ],
  },
];

describe('linkage check on bad AOP input', () => {
  it.each(CASES)('$name: a located message, exit 1', (bad) => {
    const root = copyWorkspace('demo');
    const file = join(root, AOP);
    const before = readFileSync(file, 'utf8');
    expect(before).toContain(bad.from);
    const text = before.replace(bad.from, bad.to);
    writeFileSync(file, text);
    const location = `${AOP}:${at(text, bad.where)} (${bad.path}) error`;
    for (const [lang, expected] of [
      ['es', bad.es],
      ['en', bad.en],
    ] as const) {
      const r = runCli(['check', '--ui-lang', lang], { cwd: root });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(STACK);
      expect(r.stderr).toBe('');
      const line = r.stdout.split('\n').findIndex((l) => l.startsWith(location));
      expect(line, `${location} in\n${r.stdout}`).toBeGreaterThanOrEqual(0);
      // The message and its hint: the located line and the one after it.
      const shown = r.stdout
        .split('\n')
        .slice(line, line + 2)
        .join('\n');
      for (const words of expected) expect(shown).toContain(words);
      expect(r.stdout).toContain('1 error,');
    }
  });
});
