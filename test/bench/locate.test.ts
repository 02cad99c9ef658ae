// The fast locators (positions from the fast reader, else read off js-yaml) must agree with `yaml`
// on every path of every file: the demo, the fixtures, tricky hand-written YAML and seeded mutations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { locateProblems } from '../../src/workspace/locate.js';
import type { Problem } from '../../src/workspace/problems.js';
import { scanLocate } from '../../src/workspace/scan.js';
import { locate, locateCarefully, locateKey, parseYaml } from '../../src/workspace/yaml.js';
import { FIXTURES, REPO } from '../helpers.js';

type Path = (string | number)[];

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Every path into a value, plus missing keys, indices past the end and paths below scalars. */
function paths(v: unknown, pre: Path = [], out: Path[] = []): Path[] {
  out.push(pre);
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      paths(x, [...pre, i], out);
    });
    out.push([...pre, v.length], [...pre, '0'], [...pre, 'x']);
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) paths(x, [...pre, /^\d+$/.test(k) ? Number(k) : k], out);
    out.push([...pre, 'zz-missing'], [...pre, 'zz-missing', 'deeper', 0]);
  } else out.push([...pre, 'below']);
  return out;
}

const TRICKY = [
  'a:\nb: 1\nc:   # note\n  - x\n  -\n  - y\n  - - nested\n    - 2\n  -   # empty\n  - key: v\n    other:\n      deep: [1, 2, {z: 3}]\n',
  'd: { e: , f: 2, "g h": \'q\' }\ng: [1, , 3]\n"quoted key": yes\n2024: numeric key\n"2025": string key\n',
  'multi: this is\n  a multi line\n  plain scalar\nblock: |\n  literal\n  text\nfolded: >-\n  folded\n  text\nempty-map: {}\nempty-seq: []\ntilde: ~\n',
  'seq-same-indent:\n- a\n- b: 1\n  c: 2\n- [x, y]\n-\nlast:\n',
  'languages:\n      [pl]\nnature:\n      foreign-local-government\n',
  'list:\n    [ a, b ]\nmap:\n    { a: 1 }\n',
  'top:\n  - id: 1\n    text: { es: "Hola", en: Hello }\n  -\n    id: 3\nk: "multi\n  line quoted"\n',
  'a: 1 # c\n\n\n# c2\nb:\n\n  - 1\nno-newline-at-end:',
  'x: &anchor 1\ny: 2\n',
  'q: 0x1F\nq3: 1e3\n0x10: hex key\n1.5: float key\ntrue: bool key\n',
  // What the line walk (scan.ts) skips over or stops at.
  'text: |\n  looks: like a key\n  - like an item\n\n  # like a comment\nnext: 1\nfolded: >-\n    deeper\n  less\nafter: 2\n',
  'outer:\n  inner:\n# a comment at column 0\n    deep: 1\n  list:\n  - a\n  -   spaced: 1\n      more: 2\n  - "quoted item"\n  - \'single\' # c\n  - - x\n    - y\n  -   # c\n    k: v\n  key  : spaced key\n  url: http://example.org/#frag\n  colon: a:b\n',
  'a:\n  b:\n  c: 1\nd:\n  -\n  - e\nf:\n\n  # only a comment\ng: 1\n',
  '# a leading comment\n\nfirst: 1\nsecond:\n  - "q": 1\n  - k: "v"\nnull: 2\nTrue: 3\n_under: 4\n',
  // Found by adversarial reviews: a flow collection that closes at its list's column; quoted scalars and
  // flow collections going on, less indented, on the next lines (js-yaml reads them, `yaml` does not).
  'a:\n- [\n]\n- x\nb:\n  - {\n  }\n  - y\n',
  'a: "foo\nc: bar"\nc: 1\n',
  'a: {x: 1,\nb: 2}\nb: 1\n',
  "a:\n  - 'it goes\n  - on'\n  - x\nb: 1\n",
  'areas:\n  - area: x\n    name:\n      es: "Educación, cultura\ny juventud"\n  - area: y\n    priority: p\n',
];

/**
 * Seeded mutations, line by line: empty values, comments, values moved below their key, quoted keys
 * and items, lines indented further, spaces before a colon.
 */
function mutants(text: string, count: number, seed: number): string[] {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  const muts: ((l: string) => string)[] = [
    (l) => l.replace(/^(\s*(?:- )?[\w"' -]+:)\s.*$/, '$1'),
    (l) => `${l}   # c`,
    (l) => `${l}\n`,
    (l) => l.replace(/^(\s*)((?:- )?[\w-]+:) (\S.*)$/, (_, ind, k, v) => `${ind}${k}\n${ind}    ${v}`),
    (l) => l.replace(/^(\s*)- (\S.*)$/, '$1-\n$1  $2'),
    (l) => l.replace(/^(\s*)([\w-]+): (\S.*)$/, '$1"$2": $3'),
    (l) => l.replace(/^(\s*)(.*)$/, '$1# $2'),
    (l) => `# at column 0\n${l}`,
    (l) => l.replace(/^(\s*)- (\S.*)$/, '$1- "$2"'),
    (l) => ` ${l}`,
    (l) => l.replace(/^(\s*)([\w-]+):/, '$1$2  :'),
  ];
  const lines = text.split('\n');
  return Array.from({ length: count }, () => {
    const ls = [...lines];
    for (let j = 0; j < 3; j++) {
      const i = Math.floor(rnd() * ls.length);
      ls[i] = (muts[Math.floor(rnd() * muts.length)] as (l: string) => string)(ls[i] as string);
    }
    return ls.join('\n');
  });
}

/**
 * Where `locate` and `locateKey` (and the line walk, wherever it answers) disagree with `yaml`: the
 * first twenty.
 */
function disagreements(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    if (out.length >= 20) break;
    const parsed = parseYaml(Buffer.from(text));
    if (!parsed.ok) continue;
    // Where `yaml` finds the text broken, js-yaml (more lenient) may still read it, and the file loads:
    // the walk must then agree with the readers that placed such files before it (walk: false).
    const broken = parseDocument(parsed.text).errors.length > 0;
    for (const p of paths(parsed.value)) {
      for (const key of [false, true]) {
        const at = key ? locateKey : locate;
        const careful = broken ? at(parsed.text, p, false) : locateCarefully(parsed.text, p, key);
        for (const [name, fast] of [
          [key ? 'locateKey' : 'locate', at(parsed.text, p)],
          ['walk', scanLocate(parsed.text, p, key) ?? careful],
        ] as const) {
          if (fast.line !== careful.line || fast.col !== careful.col) {
            out.push(
              `${name} ${JSON.stringify(p)}: ${JSON.stringify(fast)} vs ${JSON.stringify(careful)}\n${parsed.text}`,
            );
          }
        }
      }
    }
  }
  return out;
}

const sources = [
  ...yamlFiles(join(REPO, 'cases')),
  join(REPO, 'linkage.yaml'),
  ...(statSync(FIXTURES).isDirectory() ? yamlFiles(FIXTURES) : []),
].map((f) => readFileSync(f, 'utf8'));

describe('fast locate', () => {
  it('agrees with yaml on the demo and the fixtures', () => {
    expect(disagreements(sources)).toEqual([]);
  });

  it('agrees with yaml on tricky YAML', () => {
    expect(disagreements(TRICKY)).toEqual([]);
  });

  it('places most paths of the demo by walking lines alone', () => {
    // Every block path of the demo; the walk leaves only flow collections (`{ es: …, en: … }`) to the readers.
    const all = sources.flatMap((text) => {
      const parsed = parseYaml(Buffer.from(text));
      return parsed.ok ? paths(parsed.value).map((p) => scanLocate(parsed.text, p) !== undefined) : [];
    });
    expect(all.filter(Boolean).length / all.length).toBeGreaterThan(0.75);
  });

  it('places many findings in one file as it places each alone', () => {
    // Past a few paths per file, locateProblems reads the file once instead of walking to each.
    const file = 'cases/aurora-us/case.yaml';
    const parsed = parseYaml(readFileSync(join(REPO, file)));
    if (!parsed.ok) throw new Error(`${file} must parse`);
    const problems: Problem[] = paths(parsed.value).map((path) => ({
      severity: 'warning',
      id: 'x',
      params: {},
      file,
      path,
    }));
    expect(problems.length).toBeGreaterThan(100);
    const together = locateProblems(REPO, problems);
    const alone = problems.map((p) => locateProblems(REPO, [p])[0]);
    expect(together).toEqual(alone);
    expect(together.every((p) => p.line !== undefined)).toBe(true);
  });

  it('leaves a U+FEFF opening a line to the readers', () => {
    // `yaml` drops it before the document's first key, js-yaml keeps it in the key: the walk answers neither way.
    expect(scanLocate('a: 0\n', ['a'])).toEqual({ line: 1, col: 4 });
    expect(scanLocate('\n\ufeffa: 1\n', ['a'])).toBeUndefined();
  });

  it('agrees with yaml on seeded mutations', () => {
    const texts = [...sources, ...TRICKY].flatMap((t, i) => mutants(t, 4, 1000 + i));
    expect(disagreements(texts)).toEqual([]);
  });
});
