import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../src/ui/i18n.js';
import { catalog } from '../../src/ui/messages/index.js';
import { schemaDocs } from '../../src/ui/messages/schema-docs.js';
import { REPO } from '../helpers.js';

// `{name}` and the plural words `{name|one|other}` name the same parameter.
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]).sort();

describe('the message catalog', () => {
  // The editor's words for the schemas (schema-docs.ts) are held to the same rule.
  const entries = [...Object.entries(catalog), ...Object.entries(schemaDocs)];

  it.each(entries)('%s has Spanish and English with the same placeholders', (_id, m) => {
    expect(m.es.trim()).not.toBe('');
    expect(m.en.trim()).not.toBe('');
    expect(placeholders(m.es)).toEqual(placeholders(m.en));
    if (m.hint) {
      expect(m.hint.es.trim()).not.toBe('');
      expect(m.hint.en.trim()).not.toBe('');
      expect(placeholders(m.hint.es)).toEqual(placeholders(m.hint.en));
    }
  });

  // One apostrophe in the English, the straight one most messages had: not both in one output.
  it.each(entries)("%s writes its English apostrophes straight ('), not curly (’)", (_id, m) => {
    for (const en of [m.en, m.hint?.en ?? '']) expect(en).not.toContain('’');
  });

  // Spanish quotes with «»: `fecha de "hoy"` stood out in `linkage --help`. Straight double quotes only in
  // a code span, where they are what the user types (`"01001"`).
  it.each(entries)('%s quotes its Spanish with «», not straight double quotes', (_id, m) => {
    for (const es of [m.es, m.hint?.es ?? '']) expect(es.replace(/`[^`]*`/g, '``')).not.toContain('"');
  });

  // American English, as the English documents (1156e79): "favorable", "program", "canceled". A value
  // the user writes in the YAML (`favourable`, `cancelled`) keeps its spelling: code spans are skipped.
  const british =
    /\b((un)?favour\w*|programmes?|organis\w*|honour\w*|centres?|colour\w*|labour|behaviour\w*|recognis\w*|neighbour\w*|catalogues?|licence|defence|travell\w*|cancell(ed|ing)|acknowledgements?|judgements?|\w+isations?)\b/i;
  it.each(entries)('%s spells its English as American English does', (_id, m) => {
    for (const en of [m.en, m.hint?.en ?? '']) expect(en.replace(/`[^`]*`/g, '``')).not.toMatch(british);
  });

  it('says one and many in their own words', () => {
    expect(message('es', 'check.summary', { errors: 1, warnings: 2, files: 1 }).text).toBe(
      '1 error, 2 advertencias en 1 archivo.',
    );
    expect(message('en', 'check.summary', { errors: 0, warnings: 1, files: 3 }).text).toBe(
      '0 errors, 1 warning in 3 files.',
    );
  });

  it('counts one entry, event, case or activity in the singular (log, calendar, publish, aop new)', () => {
    const one = (lang: 'es' | 'en', id: string, params: Record<string, string | number> = {}) =>
      message(lang, id, { count: 1, ...params }).text;
    expect(one('es', 'prompts.log.added', { file: 'case.yaml' })).toBe('1 entrada agregada a case.yaml.');
    expect(one('en', 'prompts.log.added', { file: 'case.yaml' })).toBe('1 entry added to case.yaml.');
    expect(one('es', 'calendar.written', { file: 'k.ics' })).toBe('Escrito: k.ics (1 evento)');
    expect(one('en', 'calendar.written', { file: 'k.ics' })).toBe('Written: k.ics (1 event)');
    expect(one('es', 'publish.not-public')).toMatch(/^1 caso no se publica:/);
    expect(one('en', 'publish.not-public')).toMatch(/^1 case is not published:/);
    expect(one('es', 'aop-new.carried', { from: 2026, ids: 'A1' })).toMatch(
      /^1 actividad no concluida se retoma de 2026 \(A1\)/,
    );
    expect(one('en', 'aop-new.carried', { from: 2026, ids: 'A1' })).toMatch(/^1 unfinished activity carried over/);
    expect(one('es', 'prompts.aop.carried', { from: 2026 })).toMatch(/propuesta, y 1 actividad no concluida\.$/);
    expect(message('es', 'prompts.log.added', { count: 2, file: 'f' }).text).toBe('2 entradas agregadas a f.');
  });

  // A council vote of one in favor read «1 votos a favor» in `check`.
  it('counts one vote in favor in the singular (council-majority)', () => {
    const simple = { for: 1, voted: 3, needed: 2, members: 15 };
    expect(message('es', 'rule.council-majority', simple).text).toContain(': 1 voto a favor de 3 emitidos;');
    expect(message('en', 'rule.council-majority', simple).text).toContain(': 1 vote in favor out of 3 cast;');
    const third = { for: 1, voted: 1, needed: 10, members: 15 };
    expect(message('es', 'rule.council-majority.two-thirds', third).text).toContain(': 1 voto a favor;');
    expect(message('en', 'rule.council-majority.two-thirds', third).text).toContain(': 1 vote in favor;');
    expect(message('es', 'rule.council-majority', { ...simple, for: 7, voted: 15, needed: 8 }).text).toContain(
      ': 7 votos a favor de 15 emitidos;',
    );
  });

  // One article missing from a language version read «le faltan 1 de sus 12 artículos».
  it('says one missing article in the singular (language-versions)', () => {
    const one = { lang: 'de', count: 1, total: 12, missing: 'objeto', present: 'areas' };
    expect(message('es', 'rule.language-versions', one).text).toBe(
      'A la versión en «de» del acuerdo le falta 1 de sus 12 artículos: objeto.',
    );
    expect(message('en', 'rule.language-versions', one).text).toBe(
      'In the "de" version of the agreement, 1 of its 12 articles is missing: objeto.',
    );
    expect(message('es', 'rule.language-versions', { ...one, count: 2 }).text).toContain('le faltan 2 de sus 12');
    expect(message('en', 'rule.language-versions', { ...one, count: 2 }).text).toContain(
      '2 of its 12 articles are missing',
    );
  });

  it('has every message id that the code raises', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'generated' && name !== 'messages') walk(path);
        } else if (name.endsWith('.ts')) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(REPO, 'src'));
    const used = new Set<string>();
    for (const text of sources) {
      for (const m of text.matchAll(/new UserError\(\s*'([\w.-]+)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/\bid: '([a-z]+\.[\w.-]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((id) => !catalog[id]);
    expect(missing).toEqual([]);
  });
});
