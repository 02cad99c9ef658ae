import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, renameSync: vi.fn(real.renameSync) };
});

const { writeAtomic } = await import('../../src/workspace/write.js');
const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');

describe('writeAtomic', () => {
  const platform = process.platform;
  afterEach(() => {
    Object.defineProperty(process, 'platform', { value: platform });
    vi.mocked(fs.renameSync).mockReset();
  });

  it('writes through a temp file and leaves none behind', () => {
    const dir = tempDir();
    writeAtomic(join(dir, 'a.pdf'), 'uno');
    expect(fs.readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('uno');
    expect(fs.readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('on Windows, retries a file held open by a viewer, then says to close it; the old file stays', () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    const dir = tempDir();
    fs.writeFileSync(join(dir, 'carta.pdf'), 'previous');
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    vi.mocked(fs.renameSync).mockImplementation(() => {
      throw busy;
    });
    expect(() => writeAtomic(join(dir, 'carta.pdf'), 'new', 'out/carta.pdf')).toThrow(
      expect.objectContaining({ id: 'file.locked', params: { file: 'out/carta.pdf' }, exitCode: 2 }),
    );
    expect(vi.mocked(fs.renameSync).mock.calls.length).toBe(6);
    expect(fs.readFileSync(join(dir, 'carta.pdf'), 'utf8')).toBe('previous');
    expect(fs.readdirSync(dir)).toEqual(['carta.pdf']);
  });

  it('succeeds when the viewer lets go during the retries', () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    const dir = tempDir();
    let calls = 0;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      calls++;
      if (calls < 3) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      realFs.renameSync(from, to);
    });
    writeAtomic(join(dir, 'carta.pdf'), 'new');
    expect(calls).toBe(3);
    expect(fs.readFileSync(join(dir, 'carta.pdf'), 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['carta.pdf']);
  });
});
