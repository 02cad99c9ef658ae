import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { YAMLMap } from 'yaml';
import { tempDir } from '../helpers.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, renameSync: vi.fn(real.renameSync), writeFileSync: vi.fn(real.writeFileSync) };
});

const { applyPlan, openYaml, writeAtomic, yamlText } = await import('../../src/workspace/write.js');
const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');

describe('writeAtomic', () => {
  const platform = process.platform;
  afterEach(() => {
    Object.defineProperty(process, 'platform', { value: platform });
    vi.mocked(fs.renameSync).mockReset();
    vi.mocked(fs.writeFileSync).mockReset();
  });

  it('on a full disk, says the disk is full (not to check permissions); the old file stays, no temp file', () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, 'case.yaml'), 'previous');
    vi.mocked(fs.writeFileSync).mockImplementation((path, data) => {
      realFs.writeFileSync(path, String(data).slice(0, 3));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    expect(() => writeAtomic(join(dir, 'case.yaml'), 'new text', 'cases/x/case.yaml')).toThrow(
      expect.objectContaining({ id: 'file.disk-full', params: { file: 'cases/x/case.yaml' }, exitCode: 2 }),
    );
    expect(realFs.readFileSync(join(dir, 'case.yaml'), 'utf8')).toBe('previous');
    expect(realFs.readdirSync(dir)).toEqual(['case.yaml']);
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
      // The message names the file: no location, which would print it a second time before it.
      expect.objectContaining({
        id: 'file.locked',
        params: { file: 'out/carta.pdf' },
        exitCode: 2,
        location: undefined,
      }),
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

describe('applyPlan', () => {
  afterEach(() => vi.mocked(fs.writeFileSync).mockReset());

  it('writes no file of a plan when one cannot be written whole (a full disk at the second file)', () => {
    const root = tempDir();
    fs.writeFileSync(join(root, 'a.yaml'), 'a: 1\n');
    fs.writeFileSync(join(root, 'b.yaml'), 'b: 1\n');
    let calls = 0;
    vi.mocked(fs.writeFileSync).mockImplementation((path, data) => {
      if (++calls === 2) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      realFs.writeFileSync(path, data);
    });
    const writes = [
      { file: 'a.yaml', content: 'a: 2\n' },
      { file: 'b.yaml', content: 'b: 2\n' },
    ];
    expect(() => applyPlan({ root, writes })).toThrow(expect.objectContaining({ id: 'file.disk-full' }));
    expect(realFs.readFileSync(join(root, 'a.yaml'), 'utf8')).toBe('a: 1\n');
    expect(realFs.readFileSync(join(root, 'b.yaml'), 'utf8')).toBe('b: 1\n');
    expect(realFs.readdirSync(root).sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('leaves no temp file when a rename is refused: neither its own nor those of the files after it', () => {
    const root = tempDir();
    for (const name of ['a', 'b', 'c']) fs.writeFileSync(join(root, `${name}.yaml`), `${name}: 1\n`);
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (String(to).endsWith('b.yaml')) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      realFs.renameSync(from, to);
    });
    const writes = ['a', 'b', 'c'].map((name) => ({ file: `${name}.yaml`, content: `${name}: 2\n` }));
    try {
      expect(() => applyPlan({ root, writes })).toThrow(expect.objectContaining({ id: 'file.locked' }));
    } finally {
      vi.mocked(fs.renameSync).mockReset();
    }
    // The file renamed before the refusal has its new text; the others keep theirs.
    expect(['a', 'b', 'c'].map((name) => realFs.readFileSync(join(root, `${name}.yaml`), 'utf8'))).toEqual([
      'a: 2\n',
      'b: 1\n',
      'c: 1\n',
    ]);
    expect(realFs.readdirSync(root).sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });
});

describe('yamlText on a hand-indented file', () => {
  /** openYaml on `text` written to a temp workspace, then `change` applied to its document. */
  function edited(text: string, change: (doc: ReturnType<typeof openYaml>['doc']) => void) {
    const root = tempDir();
    realFs.writeFileSync(join(root, 'case.yaml'), text);
    const edit = openYaml(root, 'case.yaml');
    change(edit.doc);
    return { out: yamlText(edit), doc: edit.doc };
  }

  it('inserts at the indentation the file uses, untouched lines as they were', () => {
    const text =
      'schemaVersion: 1  # kept\nsteps:\n    counterpart:\n        date: 2026-10-20\ncontactLog:\n    - date: 2026-10-01\n      who: Embajada\n';
    const { out } = edited(text, (doc) => {
      doc.setIn(['steps', 'letter', 'date'], '2026-11-25');
      doc.addIn(['contactLog'], doc.createNode({ date: '2026-11-27', who: 'Consulado' }));
    });
    expect(out).toContain('    letter:\n        date: 2026-11-25\n');
    expect(out).toContain('    - date: 2026-11-27\n      who: Consulado\n');
    for (const line of text.split('\n')) expect(out.split('\n')).toContain(line);
  });

  it('a file of 4-space maps and 2-space lists keeps every line when a list grows', () => {
    const text =
      'steps:\n    counterpart:\n        date: 2026-10-20\ncontactLog:\n  - date: 2026-10-01\n    who: Embajada\n';
    const { out } = edited(text, (doc) => doc.addIn(['contactLog'], doc.createNode({ date: '2026-11-27', who: 'P1' })));
    expect(out).toBe(`${text}  - date: 2026-11-27\n    who: P1\n`);
  });

  it('adds an entry to a contact log of 1,500 entries at once, every line kept', () => {
    // Lines that repeat in every entry, and folded summaries that yaml prints on one line: the merge
    // of this file took minutes (an LCS that grew with each repeated line's occurrences squared).
    const day = (i: number) => new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10);
    const entry = (i: number) =>
      `  - date: ${day(i)}\n    channel: email\n    who: Marisol Gutiérrez\n    summary:\n      es: >-\n        Seguimiento ${i} del programa,\n        con la oficina.\n`;
    const text = `schemaVersion: 1\ncontactLog:\n${Array.from({ length: 1500 }, (_, i) => entry(i)).join('')}missions: []\n`;
    const { out } = edited(text, (doc) => doc.addIn(['contactLog'], doc.createNode({ date: '2026-11-27', who: 'P1' })));
    expect(out).toBe(text.replace('missions', '  - date: 2026-11-27\n    who: P1\nmissions'));
  });

  it('keeps side comments in their hand-aligned column around a key added between them', () => {
    const text = 'letter:\n  date: 2026-07-15      # fecha del oficio\n  followUpOn: 2026-09-15  # a los 60 días\n';
    const { out } = edited(text, (doc) => {
      const letter = doc.get('letter') as YAMLMap;
      letter.items.splice(1, 0, doc.createPair('channel', 'email'));
    });
    expect(out).toBe(text.replace('\n  followUpOn', '\n  channel: email\n  followUpOn'));
  });

  it('a value that grows past the column of its side comment keeps one space before it', () => {
    const text = 'who: Embajada   # la sección política\nwhen: 2026-07-15   # día\n';
    const { out } = edited(text, (doc) => {
      doc.set('who', 'Embajada de México en Japón');
      doc.set('when', '2026-07-16');
    });
    expect(out).toBe('who: Embajada de México en Japón # la sección política\nwhen: 2026-07-16   # día\n');
  });

  it('a comment after the last entry stays after it when setIn or addIn add entries after it', () => {
    const text =
      'steps:\n  counterpart:\n    date: 2026-10-20\n  # carta en preparación\nlanguages:\n  - es\n  # falta el polaco\n';
    const { out } = edited(text, (doc) => {
      doc.setIn(['steps', 'letter', 'date'], '2026-11-25');
      doc.addIn(['languages'], 'pl');
    });
    expect(out).toBe(
      text
        .replace('preparación\n', 'preparación\n  letter:\n    date: 2026-11-25\n')
        .replace('polaco\n', 'polaco\n  - pl\n'),
    );
  });

  it('prints the whole document rather than save a merge that does not read back as it', () => {
    // Two indentations in one file: the printer matches the first, and the edit is in the second.
    const text = 'a:\n  b: 1\nsteps:\n      counterpart:\n            date: 2026-10-20\n';
    const { out, doc } = edited(text, (d) => d.setIn(['steps', 'letter', 'date'], '2026-11-25'));
    const read = realFs.mkdtempSync(join(tempDir(), 'r'));
    realFs.writeFileSync(join(read, 'case.yaml'), out);
    const back = openYaml(read, 'case.yaml').doc;
    expect(back.errors).toEqual([]);
    expect(back.toJS()).toEqual(doc.toJS());
  });
});
