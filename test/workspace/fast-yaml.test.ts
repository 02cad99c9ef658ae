import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { BAIL, fastParse } from '../../src/workspace/fast-yaml.js';
import { decodeText, depthOf, MAX_DEPTH, parseYaml } from '../../src/workspace/yaml.js';
import { FIXTURES, REPO } from '../helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);

/** js-yaml as parseYaml calls it: the reference the fast reader must match. */
function reference(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}

/**
 * The contract: where js-yaml throws, the fast reader bails; where js-yaml reads, the fast reader
 * bails or gives the same value. Returns whether the fast reader took the text.
 */
function agreesWithJsYaml(text: string): boolean {
  const fast = fastParse(text, MAX_DEPTH);
  const ref = reference(text);
  if (!ref.ok) expect(fast, 'js-yaml throws, so the fast reader must bail').toBe(BAIL);
  if (fast === BAIL) return false;
  expect(ref.ok && ref.value).toEqual(fast);
  return true;
}

/** Read by the fast reader, with js-yaml's value. */
const takes = (text: string) => expect(agreesWithJsYaml(text), text).toBe(true);
/** Read by the fast reader whenever js-yaml reads it. */
const takesIfValid = (text: string) => expect(agreesWithJsYaml(text), text).toBe(reference(text).ok);
/** Left to js-yaml (and checked against it all the same). */
const bails = (text: string) => expect(agreesWithJsYaml(text), text).toBe(false);

function yamlFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) found.push(path);
    }
  };
  walk(REPO);
  return found.sort();
}

const files = yamlFiles();
const text = (file: string) => {
  const decoded = decodeText(readFileSync(file));
  if (!decoded.ok) throw new Error(`${file} is not UTF-8`);
  return decoded.text;
};
const texts = files.map(text);
const isDemo = (file: string) => /^(cases\/|linkage\.yaml$)/.test(relative(REPO, file));

describe('fast-yaml on the repository files', () => {
  it('finds the demo and the fixtures', () => {
    expect(files.filter(isDemo).length).toBeGreaterThan(10);
    expect(files.filter((f) => f.startsWith(FIXTURES)).length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(REPO, f), f]))('%s: js-yaml’s value, or a bail', (_name, file) => {
    agreesWithJsYaml(text(file));
  });

  it('reads every demo file itself, as the benchmark copies them (no speed otherwise)', () => {
    const demo = files.filter(isDemo).map(text);
    const bailed = demo.filter((t) => !agreesWithJsYaml(t));
    expect(bailed).toEqual([]);
    // bench/generate.mjs appends a numbered comment to each copy.
    for (const t of demo) takes(`${t}\n# bench copy 12\n`);
  });

  it('reads the fixtures itself too', () => {
    const bailed = files.filter((f) => f.startsWith(FIXTURES) && !agreesWithJsYaml(text(f)));
    expect(bailed.map((f) => relative(REPO, f))).toEqual([]);
  });
});

describe('fast-yaml scalars', () => {
  it('types plain scalars as js-yaml’s core schema does', () => {
    const plain = [
      '0x1F',
      '0o17',
      '0b101',
      '1e3',
      '1.5e-3',
      '.5',
      '1.',
      '.inf',
      '-.Inf',
      '+.INF',
      '.nan',
      '.NaN',
      '010',
      '+1',
      '-0',
      '0',
      '-12',
      '1_000',
      '12:30',
      '~',
      'null',
      'Null',
      'NULL',
      'nULL',
      'true',
      'True',
      'TRUE',
      'tRUE',
      'false',
      'FALSE',
      'yes',
      'no',
      'on',
      'off',
      'y',
      'n',
      '2026-11-28',
      '2026-11-28T10:00:00Z',
      '- x',
      '-x',
      '--x',
      '+',
      '-',
      '.',
      '..',
      '1.2.3',
      '0x',
      '0xG',
      'nan',
      'inf',
      '<<',
      '=',
      'a # b',
      'a#b',
      'https://a.b/c?d=e',
      'a:b',
      '+52 462 623 0100',
      'Gießen',
      'ほうふ',
      '😀 smile',
      'a [b] {c}, d',
      // What the reader types itself, without js-yaml, and its edges.
      '00',
      '012',
      '123456789012345',
      '1234567890123456',
      '9007199254740993',
      '2026-1-28',
      '2026-11-28x',
      '20261128',
      'False',
      'name',
      'nulls',
      'true1',
      'tru',
      '2026 binational fair',
      '+52 462',
      '-1 2',
      '.5 x',
    ];
    for (const v of plain) {
      const doc = `v: ${v}\n`;
      if (/^- |^-$/.test(v)) bails(doc);
      else takes(doc);
      // As a key, resolved then turned into a string (2024 → "2024", 0x1F → "31", ~ → "null").
      if (!/^[-+.]$|^- |^-$| #/.test(v)) takes(`${v}: 1\n`);
    }
    takes('010: a\n8: b\n');
    // js-yaml's int type reads -0 as 0; its float type reads .nan as NaN.
    expect(fastParse('a: -0\nb: .nan\nc: -0.0\n', MAX_DEPTH)).toEqual({ a: 0, b: Number.NaN, c: -0 });
    expect(fastParse('yes: no\n0x1F: 1e3\n~: 2026-11-28\n', MAX_DEPTH)).toEqual({
      yes: 'no',
      '31': 1000,
      null: '2026-11-28',
    });
  });

  it('reads quoted scalars on one line, with the escapes it is sure of', () => {
    for (const q of [
      `"a b"`,
      `"a: b # c"`,
      `""`,
      `''`,
      `'it''s'`,
      `''''`,
      `'a "b" c'`,
      `"it's"`,
      `"  padded  "`,
      `"1"`,
      `"null"`,
      `"\\n\\t\\\\\\"\\/\\0\\a\\b\\v\\f\\r\\e\\ \\N\\_\\L\\P"`,
      `"\\x41\\u00e9\\u2028"`,
      `"#not"`,
      `'#not'`,
      `"a" # comment`,
      `'a'   `,
    ]) {
      takes(`k: ${q}\n`);
      takes(`- ${q}\n`.replace(/^/, 'k:\n  '));
      if (!q.includes('#')) takes(`k: [${q}, x]\n`);
    }
    takes(`"quoted key": 1\n'single': 2\n"": 3\n`);
    takes(`- "a": 1\n  b: 2\n`.replace(/^/gm, '  ').replace(/^/, 'k:\n'));
    for (const q of [`"\\U0001F600"`, `"\\q"`, `"\\x4"`, `"\\u12"`, `"a`, `'a`, `"a\n  b"`, `'a\n  b'`, `"a\\\n  b"`]) {
      bails(`k: ${q}\n`);
    }
    bails(`k: "a"b\n`);
    bails(`k: "a"#c\n`);
    bails(`"a" : 1\n`);
    bails(`"a":1\n`);
  });

  it('reads literal and folded block scalars with js-yaml’s folding and chomping', () => {
    const bodies = [
      ['a', 'b'],
      ['a', '', 'b'],
      ['a', '', '', 'b', ''],
      ['a', '', ''],
      ['', 'a'],
      ['', '', 'a', 'b'],
      ['a', '  more', 'b'],
      ['a', '  more', '', '  more', 'b'],
      ['a', '', '  more', '', 'b'],
      ['  lead', 'b'],
      ['a', '   ', 'b'],
      ['a', '     ', 'b'],
      ['a   ', 'b  '],
      ['a', '  ', '  '],
      ['# not a comment', 'b'],
      ['a', '  - x', '  y: z'],
      ['"q"', "'q'", '[a]', '{b: c}', 'k: v', '- i', '&a *b !c %d @e `f'],
      [],
      [''],
    ];
    const after = ['', 'next: 1\n', '# c\nnext: 1\n', ' # indented comment\nnext: 1\n', '\n\n'];
    for (const header of ['|', '|-', '|+', '>', '>-', '>+', '|  # c', '>- #c']) {
      for (const body of bodies) {
        for (const tail of after) {
          const block = body.map((l) => (l === '' ? '' : `  ${l}`)).join('\n');
          takesIfValid(`k: ${header}\n${block}${body.length > 0 ? '\n' : ''}${tail}`);
          takesIfValid(`k:\n  - ${header}\n${block.replace(/^(?=.)/gm, '  ')}\n  - x\n${tail}`);
          takesIfValid(`k:\n  - a: ${header}\n${block.replace(/^(?=.)/gm, '    ')}\n    b: 1\n${tail}`);
        }
      }
      // At the very end, with and without a last line break.
      takes(`k: ${header}\n  a\n\n  b\n\n`);
      takes(`k: ${header}\n  a\n  b`);
    }
    // A line of the text's indentation and nothing else is an empty line, inside a block or after it.
    for (const header of ['|', '|-', '|+', '>', '>-', '>+']) {
      takes(`k: ${header}\n  a\n  \n  b\nn: 1\n`);
      takes(`k: ${header}\n  a\n  b\n  \nn: 1\n`);
      takes(`k: ${header}\n  a\n  b\n  \n`);
      takes(`k:\n  - ${header}\n    a b\n    c\n  - ${header}\n    d\n\n    e\n`);
    }
    // A first line that is only spaces, deeper than the text: js-yaml takes its indentation.
    agreesWithJsYaml('k: |\n      \n  a\nn: 1\n');
    agreesWithJsYaml('k: >\n\n      \n    a\n    b\n');
    for (const header of ['|2', '|-1', '>+2', '|+-', '|x', '|#c', '>\t']) bails(`k: ${header}\n  a\n`);
    bails('k: |\n    a\n  b\n'); // a line less indented than the text, but still inside the entry
  });
});

describe('fast-yaml collections', () => {
  it('reads block mappings and sequences in the shapes our files use', () => {
    for (const doc of [
      'a: 1\nb:\n  c: 2\n  d:\n    e: 3\nf: 4\n',
      'a:\n- 1\n- 2\nb: 3\n',
      'a:\n  - 1\n  -\n  - - x\n    - y\n  - k: v\n    l: w\n  -   m: n\n      o: p\n',
      'a:\n  -\n    b: 1\n  - # c\n    c: 2\n  -\n  - \n',
      'a:\n  - k:\n      x: 1\n    l:\n    - y\n    m:\n',
      'a:\n\n  # c\n\n  b: 1\n# c\n\n',
      'a:\n# at column 0\n  b: 1\n',
      'key with spaces: 1\nk-dash: 2\n"q": 3\nkey.dot/slash: 4\nüñí: 5\n',
      'a: 1 # comment\nb: # comment\nc:    \nd: x#y\n',
      'a: b, c\nd: e]\nf: g}\n',
      'a: {}\nb: []\nc: [ ]\nd: { }\ne: [a, b, c]\nf: { es: X, en: Y }\n',
      'a: [1, -2, 0x1F, "x", \'y\', null, ~, true, a b]\nb: [a, b, ]\nc: {a: [1, [2, {b: c}]], d: e}\n',
      'a: [a:b, http://x]\nb: {url: http://x, c: d:e}\n',
      'a: [x] # c\nb: {x: 1}   \n',
      'schemaVersion: 1\nyear: 2026\nlabel: "2020"\n',
      'a : 1\nb:   2   \nc: x - y\nd: -1\ne: -x\n',
      'a:\n- b: 1\n  c: 2\n- d\ne: 3\n',
      '- a:\n- b\n'.replace(/^/gm, '  ').replace(/^/, 'k:\n'),
      'k:\n  -   a:\n      - x\n',
    ]) {
      takes(doc);
    }
  });

  it('bails out of everything outside its subset', () => {
    for (const doc of [
      'a: b: c\n', // a value that looks like a key
      'a: b:\n',
      '- a: b: c\n',
      'a: b\n  c\n', // a multi-line plain scalar
      'a:\n  b\n  c\n',
      'a: b\n\n  c\n',
      'a: b\n  # c\n  d\n',
      'a: [1,\n  2]\n', // multi-line flow
      'a: [1, # c\n  2]\n',
      'a: {b: 1\n', // unclosed
      'a: [1 2]x\n',
      'a: 1\na: 2\n', // duplicate keys
      '1: a\n"1": b\n',
      'a: {b: 1, b: 2}\n',
      '__proto__: 1\n',
      'a: {__proto__: 1}\n',
      'a: &x 1\n', // anchors, aliases, tags
      'a: *x\n',
      'a: !!str 1\n',
      'a: !x 1\n',
      '? a\n: b\n', // explicit keys
      '%YAML 1.2\n---\na: 1\n', // directives and markers
      '---\na: 1\n',
      'a: 1\n...\n',
      'a: 1\n---\nb: 2\n',
      'a:\n\tb: 1\n', // tabs
      'a:\tb\n',
      'a: 1\r\nb: 2\r\n', // CR
      '\uFEFFa: 1\n', // BOM
      'a: \u0001\n', // non-printable
      'a: \uD800\n',
      '  a: 1\n', // top level indented, not a mapping
      '- a\n- b\n',
      'just text\n',
      '[a, b]\n',
      'a: - b\n',
      'a:\n  b: 1\n c: 2\n', // indentation that does not fit
      'a:\n  b: 1\n    c: 2\n',
      'a:\n- b\n  - c\n',
      '- a\n - b\n'.replace(/^/, 'k:\n'),
      'k:\n  - a: 1\n   b: 2\n',
      'k:\n  - a: 1\n  - b\n    c\n',
      'a: {b}\n', // flow entries without values, pairs in sequences
      'a: {b: }\n',
      'a: [b: c]\n',
      'a: [,]\n',
      'a: [a,,b]\n',
      'a: [-]\n',
      'a: {"b":c}\n',
      'a: [b]c\n',
      '[a]: 1\n', // collection keys
      'a #b: c\n',
      'a: @b\n',
      'a: `b\n',
      'a: %b\n',
      ':a: 1\n',
      '?a: 1\n',
      'a: ?b\n',
      'a: :b\n',
    ]) {
      bails(doc);
    }
  });

  it('bails above the nesting limit rather than going deeper', () => {
    const deep = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    takes(`${deep(MAX_DEPTH - 1)} 1\n`);
    expect(fastParse(`${deep(MAX_DEPTH + 1)} 1\n`, MAX_DEPTH)).toBe(BAIL);
    expect(fastParse(`a: ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}\n`, MAX_DEPTH)).toBe(BAIL);
    expect(fastParse(`a: ${'['.repeat(100_000)}\n`, MAX_DEPTH)).toBe(BAIL);
  });

  it('never gives a value nested deeper than parseYaml allows (parseYaml skips its depth walk for it)', () => {
    const shapes: ((n: number) => string)[] = [
      (n) => `${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`,
      (n) => `a:\n  ${'- '.repeat(n - 1)}x\n`,
      (n) => `a: ${'['.repeat(n - 1)}x${']'.repeat(n - 1)}\n`,
      (n) => `a: ${'{b: '.repeat(n - 1)}x${'}'.repeat(n - 1)}\n`,
      (n) =>
        `${Array.from({ length: n - 2 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')}\n${'  '.repeat(n - 2)}- [[x]]\n`,
    ];
    let taken = 0;
    for (const shape of shapes) {
      for (let n = MAX_DEPTH - 3; n <= MAX_DEPTH + 3; n++) {
        const text = shape(n);
        const value = fastParse(text, MAX_DEPTH);
        if (value !== BAIL) {
          taken++;
          expect(depthOf(value), text).toBeLessThanOrEqual(MAX_DEPTH);
        }
        expect(parseYaml(enc(text))).toEqual(parseYaml(enc(text), false));
      }
    }
    expect(taken).toBeGreaterThan(5);
  });
});

// Characters that make YAML interesting, for generated strings, and with a tab for mutations (a tab
// anywhere sends a text to js-yaml, so generated strings do without).
const SPECIAL = [...' \n:-#"\'|>[]{},&*!?%@`\\~.0123456789aéxyeE+_'];
const MUTATION_CHARS = [...SPECIAL, '\t'];

type Mutation =
  | { op: 'char-delete'; at: number }
  | { op: 'line-delete' | 'line-duplicate'; at: number }
  | { op: 'char-insert'; at: number; char: string }
  | { op: 'indent'; at: number; by: number }
  | { op: 'line-swap'; at: number; with: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('char-delete'), at: fc.nat() }),
  fc.record({ op: fc.constantFrom('line-delete', 'line-duplicate'), at: fc.nat() }),
  fc.record({ op: fc.constant('char-insert'), at: fc.nat(), char: fc.constantFrom(...MUTATION_CHARS) }),
  fc.record({ op: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('line-swap'), at: fc.nat(), with: fc.nat() }),
) as fc.Arbitrary<Mutation>;

function mutate(source: string, m: Mutation): string {
  const at = m.at % (source.length + 1);
  const lines = source.split('\n');
  const i = m.at % lines.length;
  const line = lines[i] ?? '';
  switch (m.op) {
    case 'char-insert':
      return source.slice(0, at) + m.char + source.slice(at);
    case 'char-delete':
      return source.slice(0, at) + source.slice(at + 1);
    case 'line-delete':
      lines.splice(i, 1);
      break;
    case 'line-duplicate':
      lines.splice(i, 0, line);
      break;
    case 'indent':
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    case 'line-swap': {
      const j = m.with % lines.length;
      lines[i] = lines[j] ?? '';
      lines[j] = line;
    }
  }
  return lines.join('\n');
}

/** Shorter texts to mutate too: every top-level entry of the demo files on its own. */
const pieces = texts.flatMap((t) => t.split(/\n(?=[^\s#])/).filter((p) => p.length < 3000));

describe('fast-yaml against js-yaml, property-based', () => {
  it('mutated demo and fixture files: js-yaml’s value or a bail, and parseYaml unchanged', () => {
    let taken = 0;
    fc.assert(
      fc.property(
        fc.nat(texts.length + pieces.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (which, ms) => {
          const source = which < texts.length ? texts[which] : pieces[which - texts.length];
          const mutated = ms.reduce(mutate, source as string);
          if (agreesWithJsYaml(mutated)) taken++;
          expect(parseYaml(enc(mutated))).toEqual(parseYaml(enc(mutated), false));
        },
      ),
      { seed: 20261128, numRuns: 1000 },
    );
    // Many mutations keep a file in the subset: the comparison above is not only about bails.
    expect(taken).toBeGreaterThan(250);
  });

  const scalar = fc.oneof(
    fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 12 }),
    fc.constantFrom('', 'null', '~', 'True', 'yes', '0x1F', '1e3', '.inf', '-0', '010', '+1', '2026-11-28', 'a: b'),
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.oneof(fc.string({ unit: fc.constantFrom(...SPECIAL), minLength: 1, maxLength: 8 }), fc.string());
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  }));
  const options = fc.record({
    indent: fc.constantFrom(2, 3, 4),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
    minContentWidth: fc.constantFrom(0, 10),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    defaultKeyType: fc.constantFrom(null, 'PLAIN'),
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    flowCollectionPadding: fc.boolean(),
    doubleQuotedAsJSON: fc.boolean(),
  }) as fc.Arbitrary<ToStringOptions>;

  it('generated documents (the yaml package’s stringify, many styles): js-yaml’s value or a bail', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), options, (doc, style) => {
        const yamlText = stringify(doc, style).normalize('NFC');
        if (agreesWithJsYaml(yamlText)) taken++;
      }),
      { seed: 20261128, numRuns: 1000 },
    );
    expect(taken).toBeGreaterThan(300);
  });
});
