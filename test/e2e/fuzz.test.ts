import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { clearCaches, copyWorkspace, STACK } from '../helpers.js';

/** A stream that keeps what is written, and is not a terminal. */
function sink() {
  let text = '';
  const write = (chunk: string) => {
    text += chunk;
    return true;
  };
  const stream = { isTTY: false, write } as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

const TOKENS = [
  ': ',
  '- ',
  '  ',
  '\t',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '|',
  '>',
  '#',
  '"',
  "'",
  '---',
  '...',
  '? ',
  '!!str ',
  '<<: ',
  '\u0000',
  '~',
  'null',
  '2026-02-30',
  '9'.repeat(30),
  'ñ',
  'e\u0301',
  '\uFEFF',
  '\r\n',
];

type Mutation =
  | { op: 'delete' | 'duplicate'; line: number }
  | { op: 'insert'; line: number; col: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'bytes'; at: number; bytes: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), line: fc.nat(80) }),
  fc.record({
    op: fc.constant('insert' as const),
    line: fc.nat(80),
    col: fc.nat(20),
    text: fc.oneof(
      fc.constantFrom(...TOKENS),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(4000) }),
  fc.record({
    op: fc.constant('bytes' as const),
    at: fc.nat(4000),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
  }),
);

function apply(original: Buffer, m: Mutation): Buffer {
  if (m.op === 'truncate') return original.subarray(0, m.at % (original.length + 1));
  if (m.op === 'bytes') {
    const at = m.at % (original.length + 1);
    return Buffer.concat([original.subarray(0, at), Buffer.from(m.bytes), original.subarray(at)]);
  }
  const lines = original.toString('utf8').split('\n');
  const i = m.line % lines.length;
  if (m.op === 'delete') lines.splice(i, 1);
  else if (m.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
  else if (m.op === 'insert') {
    const line = lines[i] ?? '';
    const col = m.col % (line.length + 1);
    lines[i] = line.slice(0, col) + m.text + line.slice(col);
  }
  return Buffer.from(lines.join('\n'));
}

describe('fuzzing the loader through the CLI', () => {
  it('1,000 mutated fixtures: exit 0, 1 or 2, never a stack trace', { timeout: 300_000 }, async () => {
    const root = copyWorkspace('minimal');
    const files = ['linkage.yaml', 'cases/leon-es/case.yaml'];
    const originals = files.map((f) => readFileSync(join(root, f)));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(files.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (which, ms) => {
          const file = join(root, files[which] as string);
          writeFileSync(file, ms.reduce(apply, originals[which] as Buffer));
          clearCaches([root]);
          try {
            for (const command of ['check', 'status']) {
              const out = sink();
              const err = sink();
              const code = await main([command, '-C', root], {
                cwd: root,
                env: { LINKAGE_TODAY: '2026-11-28' },
                stdout: out.stream,
                stderr: err.stream,
              });
              expect([0, 1, 2]).toContain(code);
              expect(err.text()).not.toMatch(STACK);
              expect(err.text()).not.toContain('Error interno');
            }
          } finally {
            writeFileSync(file, originals[which] as Buffer);
          }
        },
      ),
      { seed: 20261128, numRuns: 1000 },
    );
  });
});
