// src/ahead.ts decides from the command line alone whether a cold load will want parse workers, and
// starts them before the CLI loads: it must say yes only where loadWorkspace would start them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aheadRoot } from '../../src/ahead.js';
import { CACHE_DIR, CACHE_FILE } from '../../src/workspace/cache.js';
import { MIN_CASES } from '../../src/workspace/parallel.js';
import { tempDir } from '../helpers.js';

/** A workspace with `cases` empty case folders (what the decision looks at: it reads no file). */
function workspace(cases: number): string {
  const root = tempDir();
  writeFileSync(join(root, 'linkage.yaml'), 'schemaVersion: 1\n');
  for (let i = 0; i < cases; i++) mkdirSync(join(root, 'cases', `case-${i}`), { recursive: true });
  return root;
}

describe('parse workers started ahead of the CLI', () => {
  const root = workspace(MIN_CASES);

  it('for status and check of a whole cold workspace, however the options are written', () => {
    for (const argv of [
      ['check'],
      ['status', '-C', root],
      ['-C', root, 'check', '--format', 'json'],
      [`--workspace=${root}`, 'status', '--format=csv'],
      [`-C${root}`, 'check'],
      ['check', '--no-color', '--as-of', '2026-01-01', '--ui-lang', 'en', '-C', root],
    ]) {
      expect({ argv, root: aheadRoot(argv, root) }).toEqual({ argv, root });
    }
    // From a case folder, as the commands find their workspace: upward.
    expect(aheadRoot(['status'], join(root, 'cases', 'case-3'))).toBe(root);
  });

  it('not for a case, a path, another command, several workspaces, help or an option it does not know', () => {
    for (const argv of [
      ['check', 'cases/case-1'],
      ['status', 'case-1'],
      ['generate', 'profile'],
      ['check', '-C', root, '-C', root],
      ['check', '--help'],
      ['-V'],
      ['status', '--verbose'],
      ['check', '-C'],
      [],
    ]) {
      expect({ argv, root: aheadRoot(argv, root) }).toEqual({ argv, root: undefined });
    }
  });

  it('not for a workspace with a parse cache, fewer cases than MIN_CASES, or none found', () => {
    const warm = workspace(MIN_CASES);
    mkdirSync(join(warm, CACHE_DIR));
    writeFileSync(join(warm, CACHE_DIR, CACHE_FILE), '{}');
    expect(aheadRoot(['check'], warm)).toBeUndefined();
    expect(aheadRoot(['check'], workspace(MIN_CASES - 1))).toBeUndefined();
    expect(aheadRoot(['check'], tempDir())).toBeUndefined();
  });
});
