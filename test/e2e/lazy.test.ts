import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copyWorkspace, tempDir } from '../helpers.js';

const REGISTER = join(import.meta.dirname, 'trace', 'register.mjs');
const HEAVY = ['pdfkit', 'fontkit', 'handlebars', 'marked', '@inquirer', 'ajv'];

/** Every module URL the CLI resolved while running `args`. */
function modulesLoaded(args: string[]): string[] {
  const trace = join(tempDir(), 'trace.txt');
  const r = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], {
    env: { ...process.env, LINKAGE_TRACE: trace, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  return readFileSync(trace, 'utf8').trim().split('\n');
}

describe('start-up stays light', () => {
  it('`linkage status` loads none of pdfkit, handlebars, marked, inquirer or ajv', () => {
    const loaded = modulesLoaded(['status', '-C', copyWorkspace('minimal')]);
    expect(loaded.some((u) => u.includes('/dist/entry.js'))).toBe(true);
    for (const name of HEAVY) expect(loaded.filter((u) => u.includes(`/node_modules/${name}`))).toEqual([]);
  });

  it('`linkage check` does not load them either', () => {
    const loaded = modulesLoaded(['check', '-C', copyWorkspace('minimal')]);
    for (const name of HEAVY) expect(loaded.filter((u) => u.includes(`/node_modules/${name}`))).toEqual([]);
  });
});
