import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answersError,
  describeIssues,
  formatPath,
  getIn,
  mergeAnswers,
  readAnswers,
  reviewAnswers,
} from '../../src/commands/answers.js';
import { isUserError } from '../../src/errors.js';
import { message } from '../../src/ui/i18n.js';
import { FIXTURES, tempDir } from '../helpers.js';

const es = (id: string, params: Record<string, string | number>) => message('es', id, params);

function answersFile(text: string) {
  const path = join(tempDir(), 'answers.yaml');
  writeFileSync(path, text);
  return readAnswers(path, 'answers.yaml');
}

describe('mergeAnswers', () => {
  it('merges mappings key by key and replaces lists', () => {
    const base = { settings: { languages: ['es', 'en'], uiLang: 'es', council: { majority: 'simple' } } };
    const merged = mergeAnswers(base, { settings: { languages: ['es'], council: { members: 15 } } });
    expect(merged).toEqual({
      settings: { languages: ['es'], uiLang: 'es', council: { majority: 'simple', members: 15 } },
    });
    expect(base.settings.languages).toEqual(['es', 'en']);
  });

  it('concatenates lists with append', () => {
    expect(mergeAnswers({ a: [1] }, { a: [2] }, { append: true })).toEqual({ a: [1, 2] });
  });
});

describe('readAnswers', () => {
  it('reads a file, leaving out blank answers', () => {
    const source = answersFile('municipality:\n  name: Zapopan\n  state:\nkind:\n');
    expect(source.value).toEqual({ municipality: { name: 'Zapopan' } });
    expect(source.file).toBe('answers.yaml');
  });

  it('takes an empty file (or only comments) as no answers', () => {
    expect(answersFile('# nada todavía\n').value).toEqual({});
  });

  it('normalises a BOM, CRLF and NFD text', () => {
    const source = answersFile('\uFEFFmunicipality:\r\n  name: Leo\u0301n\r\n');
    expect(getIn(source.value, ['municipality', 'name'])).toBe('León');
  });

  it('refuses broken YAML with its line, and a missing file by name', () => {
    const broken = (() => {
      try {
        answersFile('a: [\n');
      } catch (error) {
        return error;
      }
    })();
    expect(isUserError(broken) && broken.id.startsWith('yaml.syntax') && broken.location?.file === 'answers.yaml').toBe(
      true,
    );
    expect(isUserError(broken) && broken.location?.line).toBeGreaterThan(0);
    expect(() => readAnswers(join(tempDir(), 'nope.yaml'), 'nope.yaml')).toThrow('file.unreadable');
  });
});

describe('reviewAnswers', () => {
  it('lists the declared fields, then what the schema requires and no declared field covers', () => {
    const source = readAnswers(join(FIXTURES, 'answers', 'init-partial.yaml'), 'init-partial.yaml');
    const review = reviewAnswers({
      kind: 'workspace',
      value: { schemaVersion: 1, ...source.value },
      required: [{ path: ['municipality', 'state'] }, { path: ['administrations', 0, 'id'] }],
    });
    expect(review.missing.map((m) => m.label)).toEqual([
      'municipality.state',
      'administrations[0].id',
      'municipality.inegiCode',
      'administrations[0].period',
      'administrations[0].officials[0].gender',
    ]);
    expect(review.issues).toEqual([]);
  });

  it('counts an unknown key as an error, located in the answers file', () => {
    const source = answersFile(
      'schemaVersion: 1\ncounterpart:\n  city: Lyon\n  country: FR\n  languages: [ fr ]\n  nature: private\nkinde: x\nkind: cooperation\n',
    );
    const review = reviewAnswers({ kind: 'case', value: source.value, source });
    expect(review.missing).toEqual([]);
    expect(review.issues).toMatchObject([{ id: 'schema.unknown-key', path: ['kinde'], line: 7 }]);
    const [line] = describeIssues(review.issues, source.file, es);
    expect(line).toMatch(/^answers\.yaml:7:\d+ \(kinde\): Clave desconocida «kinde»\. → ¿Quiso decir «kind»\?/);
  });

  it('gives no position for a value that did not come from the file', () => {
    const source = answersFile('kind: cooperation\n');
    const value = {
      schemaVersion: 1,
      kind: 'cooperation',
      counterpart: { city: 'Lyon', country: 'fra', languages: ['fr'], nature: 'private' },
    };
    const review = reviewAnswers({ kind: 'case', value, source });
    expect(review.issues).toHaveLength(1);
    expect(review.issues[0]?.line).toBeUndefined();
    expect(describeIssues(review.issues, source.file, es)[0]).toMatch(/^\(counterpart\.country\): /);
  });
});

describe('answersError', () => {
  it('lists every missing field first, then the invalid ones with details', () => {
    const missing = answersError(
      {
        missing: [
          { path: ['a', 'b'], label: 'a.b' },
          { path: ['c', 0, 'd'], label: 'c[0].d' },
        ],
        issues: [{ id: 'schema.format.date', params: {}, path: ['x'] }],
      },
      undefined,
      es,
    );
    expect(missing?.id).toBe('answers.missing');
    expect(missing?.params.fields).toBe('a.b, c[0].d');
    const invalid = answersError(
      { missing: [], issues: [{ id: 'schema.format.date', params: {}, path: ['x'], line: 3, col: 4 }] },
      { file: 'a.yaml', text: '', value: {} },
      es,
    );
    expect(invalid?.id).toBe('answers.invalid');
    expect(invalid?.location?.file).toBe('a.yaml');
    expect(invalid?.details[0]).toMatch(/^a\.yaml:3:4 \(x\): Fecha no válida\./);
    expect(answersError({ missing: [], issues: [] }, undefined, es)).toBeUndefined();
  });

  it('formats paths the way people write them', () => {
    expect(formatPath(['administrations', 0, 'officials', 1, 'name'])).toBe('administrations[0].officials[1].name');
  });
});
