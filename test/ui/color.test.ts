import { afterEach, describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/ui/color.js';

const terminal = { isTTY: true } as NodeJS.WriteStream;
const saved = process.env.NO_COLOR;
afterEach(() => {
  if (saved === undefined) delete process.env.NO_COLOR;
  else process.env.NO_COLOR = saved;
});

describe('colour', () => {
  it('is on a terminal, off through a pipe and with --no-color', () => {
    delete process.env.NO_COLOR;
    expect(makeChalk(terminal, false).level).toBe(1);
    expect(makeChalk({ isTTY: false } as NodeJS.WriteStream, false).level).toBe(0);
    expect(makeChalk(terminal, true).level).toBe(0);
  });

  it('is off with NO_COLOR set to anything, and on with it empty (no-color.org)', () => {
    process.env.NO_COLOR = '1';
    expect(makeChalk(terminal, false).level).toBe(0);
    process.env.NO_COLOR = '';
    expect(makeChalk(terminal, false).level).toBe(1);
  });
});
