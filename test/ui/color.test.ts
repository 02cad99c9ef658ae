import { afterEach, describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/ui/color.js';
import { copyWorkspace, runCli } from '../helpers.js';

const terminal = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;
const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR, TERM: process.env.TERM };
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('colour', () => {
  it('is on a terminal, off through a pipe and with --no-color', () => {
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    expect(makeChalk(terminal, false).level).toBe(1);
    expect(makeChalk(pipe, false).level).toBe(0);
    expect(makeChalk(terminal, true).level).toBe(0);
  });

  it('is off with NO_COLOR set to anything, and on with it empty (no-color.org)', () => {
    delete process.env.FORCE_COLOR;
    process.env.NO_COLOR = '1';
    expect(makeChalk(terminal, false).level).toBe(0);
    process.env.NO_COLOR = '';
    expect(makeChalk(terminal, false).level).toBe(1);
  });

  it('is off on a dumb terminal (TERM=dumb shows escape codes as they are), unless FORCE_COLOR asks', () => {
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    process.env.TERM = 'dumb';
    expect(makeChalk(terminal, false).level).toBe(0);
    process.env.FORCE_COLOR = '1';
    expect(makeChalk(terminal, false).level).toBe(1);
    process.env.TERM = 'xterm-256color';
    delete process.env.FORCE_COLOR;
    expect(makeChalk(terminal, false).level).toBe(1);
  });

  it('follows FORCE_COLOR as Node does (a CI log shows colours), after --no-color and NO_COLOR', () => {
    delete process.env.NO_COLOR;
    for (const on of ['1', '2', '3', 'true', '']) {
      process.env.FORCE_COLOR = on;
      expect(makeChalk(pipe, false).level, `FORCE_COLOR=${on}`).toBe(1);
      expect(makeChalk(pipe, true).level, `FORCE_COLOR=${on} --no-color`).toBe(0);
    }
    for (const off of ['0', 'false']) {
      process.env.FORCE_COLOR = off;
      expect(makeChalk(terminal, false).level, `FORCE_COLOR=${off}`).toBe(0);
    }
    process.env.FORCE_COLOR = '1';
    process.env.NO_COLOR = '1';
    expect(makeChalk(terminal, false).level).toBe(0);
  });

  it('colours check through a pipe with FORCE_COLOR, never its GitHub annotations or JSON', () => {
    const root = copyWorkspace('demo');
    const env = { NO_COLOR: '', FORCE_COLOR: '1' };
    const ESC = '\u001b[';
    expect(runCli(['check', '-C', root], { env }).stdout).toContain(ESC);
    expect(runCli(['check', '-C', root], { env: { ...env, FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(runCli(['check', '-C', root, '--no-color'], { env }).stdout).not.toContain(ESC);
    for (const format of ['github', 'json']) {
      const r = runCli(['check', '-C', root, '--format', format], { env });
      expect(r.code).toBe(0);
      expect(r.stdout, format).not.toContain(ESC);
    }
  });
});
