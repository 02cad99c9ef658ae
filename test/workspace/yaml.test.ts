import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../src/ui/i18n.js';
import {
  decodeText,
  depthOf,
  locate,
  MAX_ALIASES,
  NORMAL_TEXT,
  parseCarefully,
  parseYaml,
} from '../../src/workspace/yaml.js';
import { FIXTURES, REPO } from '../helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseYaml', () => {
  it('accepts a BOM, CRLF line ends and NFD text, giving NFC values', () => {
    const nfd = 'Leo\u0301n'; // "León" decomposed
    const r = parseYaml(enc(`\uFEFFschemaVersion: 1\r\nname: ${nfd}\r\n`));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual({ schemaVersion: 1, name: 'León' });
    if (r.ok) expect((r.value as { name: string }).name).toHaveLength(4);
  });

  it('gives NFC wherever the text leaves the characters it takes as they are', () => {
    // A combining accent after Latin text, kana and ideographs; a kana voicing mark; Ohm's sign.
    const r = parseYaml(enc('a: 防府市 «Leo\u0301n» – 1\nb: \u304B\u3099\nc: 10 \u2126\n'));
    expect(r.ok && r.value).toEqual({ a: '防府市 «León» – 1', b: '\u304C', c: '10 \u03A9' });
  });

  it('takes as NFC only characters that are so whatever surrounds them (Unicode data of this Node)', () => {
    const normal = (c: number) => {
      NORMAL_TEXT.lastIndex = 0;
      return !NORMAL_TEXT.test(String.fromCodePoint(c));
    };
    // Characters that compose with the one before them: all but the first of a decomposition.
    const second = new Set<number>();
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const nfd = ch.normalize('NFD');
      if (nfd !== ch) for (const part of [...nfd].slice(1)) second.add(part.codePointAt(0) as number);
    }
    let taken = 0;
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || !normal(c)) continue;
      taken++;
      const ch = String.fromCharCode(c);
      // NFC replaces it; it composes with what precedes it; it is a combining mark (a canonical
      // combining class other than 0: reordered after U+0345, of class 240, the highest).
      if (
        ch.normalize('NFC') !== ch ||
        second.has(c) ||
        `x\u0345${ch}`.normalize('NFD') !== `x\u0345${ch.normalize('NFD')}`
      )
        wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(taken).toBeGreaterThan(20000);
    expect([0x0301, 0x3099, 0x2126, 0x1161, 0x0d].filter(normal)).toEqual([]);
  });

  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    const r = parseYaml(enc('date: 2026-11-28\nn: 012\nflag: yes\n'));
    expect(r.ok && r.value).toEqual({ date: '2026-11-28', n: 12, flag: 'yes' });
  });

  it('names git conflict markers as such, with their line', () => {
    const r = parseYaml(enc('a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> other\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue).toMatchObject({ id: 'yaml.conflict', line: 2, col: 1 });
  });

  it('reports broken YAML with line and column', () => {
    const r = parseYaml(enc('a:\n  b: 1\n c: 3\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue).toMatchObject({ id: 'yaml.syntax.bad-indent', line: 3, col: 1 });
  });

  // `yaml` calls an unclosed flow collection in a block a BAD_INDENT: the user read "the indentation
  // of this line does not match its block" for a missing ] (at the root, a MISSING_CHAR).
  it('says of a [ or { never closed which one, and the line it opened on', () => {
    const cases: [string, string, string, number, number][] = [
      ['a: 1\nfoo: [\n', '[', ']', 2, 3],
      ['a: 1\nb: [1, 2\nc: 3\n', '[', ']', 2, 3],
      ['x:\n  m: {a: 1\n  y: 2\n', '{', '}', 2, 3],
      ['a: [b, c}\n', '[', ']', 1, 1],
      ['a: [1, [2, 3]\n', '[', ']', 1, 2],
      ['[1, 2\n', '[', ']', 1, 2],
    ];
    for (const [text, open, close, opened, line] of cases) {
      const r = parseYaml(enc(text));
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(r.issue, text).toMatchObject({ id: 'yaml.syntax.unclosed', params: { open, close, opened }, line });
    }
    const r = parseYaml(enc('a: 1\nfoo: [\n'));
    if (r.ok) return;
    expect(message('es', r.issue.id, r.issue.params).text).toBe(
      'El YAML no es válido: falta el «]» que cierra el «[» abierto en la línea 2.',
    );
    expect(message('en', r.issue.id, r.issue.params).text).toBe(
      'The YAML is not valid: the "[" opened on line 2 is never closed with a "]".',
    );
  });

  it('says what is wrong in plain words, in either language, with no words of the parser', () => {
    const cases: [string, string][] = [
      ['a:\n\tb: 1\n', 'yaml.syntax.tab-as-indent'],
      ['a: 1\na: 2\n', 'yaml.syntax.duplicate-key'],
      ['a: "uno\n', 'yaml.syntax.missing-char'],
      ['a: "C:\\q"\n', 'yaml.syntax.bad-dq-escape'],
      ['a: @b\n', 'yaml.syntax.bad-scalar-start'],
      ['a: 1\n---\nb: 2\n', 'yaml.syntax.multiple-docs'],
    ];
    for (const [text, id] of cases) {
      const r = parseYaml(enc(text));
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(r.issue.id, text).toBe(id);
      const es = message('es', r.issue.id, r.issue.params);
      const en = message('en', r.issue.id, r.issue.params);
      expect(es.text).toMatch(/^El YAML no es válido: /);
      expect(en.text).toMatch(/^The YAML is not valid: /);
      expect(`${es.text} ${es.hint ?? ''}`).not.toMatch(/\b(the|must|flow|map|implicit|expected)\b/i);
    }
  });

  it('says of a text with ": " in it, block or inside braces, to quote it, and how', () => {
    const cases: [string, string, number, number][] = [
      ['título: Acuerdo: anexo\n', 'título: "Acuerdo: anexo"', 1, 9],
      ['a:\n  es: Dijo "sí": bien  \n', 'es: "Dijo \\"sí\\": bien"', 2, 7],
      ['city: { es: Cracovia: ciudad, en: K }\n', '"Cracovia: ciudad"', 1, 13],
    ];
    for (const [text, quoted, line, col] of cases) {
      const r = parseYaml(enc(text));
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(r.issue, text).toEqual({ id: 'yaml.syntax.colon-in-text', params: { quoted }, line, col });
      // What it says to write reads as the text.
      const fixed = parseYaml(enc(quoted.startsWith('"') ? `x: ${quoted}\n` : `${quoted}\n`));
      expect(fixed.ok && Object.values(fixed.value as object)[0]).toMatch(
        /^(Acuerdo: anexo|Dijo "sí": bien|Cracovia: ciudad)$/,
      );
      expect(message('es', r.issue.id, r.issue.params).hint).toBe(`Ponga el texto entre comillas: ${quoted}`);
    }
    // A field indented under a key that has its value on its line is another slip, said otherwise.
    const r = parseYaml(enc('region: Małopolska\n  voivodato: sur\n'));
    expect(!r.ok && r.issue.id).toBe('yaml.syntax.block-as-implicit-key');
  });

  it('rejects an empty file and a comment-only file', () => {
    for (const text of ['', '\n\n', '# nada\n']) {
      const r = parseYaml(enc(text));
      expect(!r.ok && r.issue.id).toBe('file.empty');
    }
  });

  // A single pattern over the whole text split runs of comment lines in exponentially many ways:
  // 18 comment lines atop a case.yaml kept `linkage check` busy for over a minute.
  it('reads a file opened by a long comment header, and finds a long comment-only file empty', () => {
    const header = Array.from({ length: 40 }, (_, i) => `# Nota ${i + 1} del expediente\n${i % 3 ? '' : '\n'}`).join(
      '',
    );
    const r = parseYaml(enc(`${header}schemaVersion: 1\nname: León\n`));
    expect(r.ok && r.value).toEqual({ schemaVersion: 1, name: 'León' });
    const empty = parseYaml(enc(`${header}  \n\t# sangría\n`.repeat(50)));
    expect(!empty.ok && empty.issue.id).toBe('file.empty');
  });

  it('places a null written below many comment lines', () => {
    const text = `a:\n${'  # nota\n\n'.repeat(40)}  null\nb: 1\n`;
    expect(locate(text, ['a'], false)).toEqual({ line: 82, col: 3 });
    expect(locate(text, ['b'], false)).toEqual({ line: 83, col: 4 });
  });

  it('rejects a file that is a list or a bare value', () => {
    for (const text of ['- a\n- b\n', 'hola\n']) {
      const r = parseYaml(enc(text));
      expect(!r.ok && r.issue.id).toBe('yaml.not-mapping');
    }
  });

  it('rejects text that is not UTF-8, with the offset of the bad byte', () => {
    const bytes = Uint8Array.from([...enc('name: Le'), 0xf3, ...enc('n\n')]); // Latin-1 "ó"
    const r = parseYaml(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue).toMatchObject({ id: 'file.not-utf8', params: { offset: 8 }, line: 1, col: 9 });
  });

  it('refuses every character YAML does not allow in a file, and only those, naming it and its place', () => {
    // YAML 1.2's printable set: tab, line feed, carriage return (made line feeds), U+0020–U+007E, NEL,
    // U+00A0–U+D7FF, U+E000–U+FFFD (and beyond the BMP, as surrogate pairs).
    const allowed = (c: number) =>
      c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e) || c === 0x85 || (c >= 0xa0 && c <= 0xfffd);
    const refused: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // not a character UTF-8 can carry
      const r = decodeText(enc(`a: b\nname: x${String.fromCharCode(c)}y\n`));
      if (allowed(c)) {
        if (!r.ok) refused.push(c);
        continue;
      }
      expect(r.ok).toBe(false);
      if (!r.ok) {
        const char = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
        expect(r.issue).toEqual({ id: 'file.not-text', params: { char }, line: 2, col: 8 });
      }
    }
    expect(refused).toEqual([]);
    expect(decodeText(enc('name: 😀 \u0085 \uFFFD\n')).ok).toBe(true);
  });

  it('names UTF-16 (Windows Notepad\'s "Unicode") as such, by its byte-order mark', () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const r = parseYaml(Uint8Array.from([...bom, 0x6e, 0, 0x61, 0]));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issue).toMatchObject({ id: 'file.utf16', line: 1, col: 1 });
    }
  });

  it('stops an alias bomb', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const r = parseYaml(enc(`${lines.join('\n')}\n`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.id).toBe('yaml.alias-bomb');
    expect(MAX_ALIASES).toBeLessThan(1000);
  });

  it('refuses deeply nested documents, block or flow', () => {
    const flow = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const block = `${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    for (const text of [flow, block]) {
      const r = parseYaml(enc(text));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issue.id).toBe('yaml.too-deep');
    }
  });

  it('refuses a 50 MB file before parsing it', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const started = performance.now();
    const r = parseYaml(big);
    expect(!r.ok && r.issue.id).toBe('file.too-large');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('measures depth without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(depthOf(deep)).toBeGreaterThan(64);
  });
});

/** Every YAML file of the demo and the fixtures. */
function yamlFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) found.push(path);
    }
  };
  walk(join(REPO, 'cases'));
  walk(FIXTURES);
  return [join(REPO, 'linkage.yaml'), ...found];
}

describe('the fast and the careful parser agree', () => {
  const files = yamlFiles();

  it('finds files to compare', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(REPO, f), f]))('%s', (_name, file) => {
    const bytes = readFileSync(file);
    const fast = parseYaml(bytes);
    const text = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC');
    const careful = parseCarefully(text);
    // With or without fast-yaml.ts in front of js-yaml: the same values and the same rejections.
    expect(parseYaml(bytes, false)).toEqual(fast);
    expect(fast.ok).toBe(careful.ok);
    if (fast.ok && careful.ok) expect(fast.value).toEqual(careful.value);
    if (!fast.ok && !careful.ok) expect(fast.issue.id).toBe(careful.issue.id);
  });
});
