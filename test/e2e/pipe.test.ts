// Output to a pipe: it arrives whole, however long (the entry flushes it before ending the process),
// and a reader that stops early (`linkage check | head -1`) closes the pipe: the command ends
// quietly, with its own exit code, and prints no stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../bench/generate.mjs';
import { BIN, REPO, STACK, tempDir } from '../helpers.js';

function firstLineOnly(args: string[]): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', (d) => {
      first = String(d).split('\n')[0] as string;
      // What `head -1` does: read one line, close the pipe.
      child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ code, stderr, first }));
  });
}

describe('output to a pipe', () => {
  // Output larger than a pipe holds (64 KB on Linux): writing goes on after the command is done.
  const { roots } = generate({ cases: 150, out: join(tempDir(), 'ws') }) as { roots: string[] };
  const root = roots[0] as string;

  it('arrives whole', () => {
    // Through a shell's pipe (64 KB), which writes to fill asynchronously; Node's own child pipes
    // are sockets that hold more.
    const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
    const line = [process.execPath, BIN, 'check', '--format', 'json', '-C', root].map(quote).join(' ');
    const r = spawnSync('sh', ['-c', `${line} | cat`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout.length).toBeGreaterThan(65536);
    const report = JSON.parse(r.stdout);
    expect(report.problems).toHaveLength(report.warnings + report.errors);
    expect(r.status).toBe(0);
  });

  it('ends with the command’s exit code and no stack trace when closed early', async () => {
    for (const args of [
      ['check', '--format', 'json', '-C', root],
      ['status', '--format', 'json', '-C', root],
    ]) {
      const r = await firstLineOnly(args);
      expect(r.first).toBe('{');
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toMatch(/EPIPE/);
      expect(r.code).toBe(0);
    }
  });
});

describe.runIf(existsSync('/dev/full'))('output that cannot be written', () => {
  it('is a failed command (exit 2) that says so, not a silent exit 0', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['status', '--format', 'json'], ['calendar', '--out', '-'], ['check']]) {
        const r = spawnSync(process.execPath, [BIN, ...args], {
          cwd: REPO,
          env: { ...process.env, NO_COLOR: '1' },
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stderr).toContain('No se pudo escribir la salida (ENOSPC).');
        expect(r.stderr).not.toMatch(STACK);
      }
    } finally {
      closeSync(full);
    }
  });
});
