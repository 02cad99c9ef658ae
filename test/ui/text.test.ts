import { describe, expect, it } from 'vitest';
import { displayWidth, wrapAfter, wrapLine, wrapText } from '../../src/ui/text.js';

describe('displayWidth', () => {
  it('counts wide characters and emoji as two columns, combining marks as none', () => {
    expect(displayWidth('krakow-pl')).toBe(9);
    expect(displayWidth('委員会の意見 🌮')).toBe(15);
    expect(displayWidth('Leo\u0301n')).toBe(4);
    expect(displayWidth('██████░░░░ 6/12')).toBe(15);
  });

  it('gives the same width on its quick path (common scripts, dashes, the progress bar) as character by character', () => {
    // A wide character sends the text down the slow path; it adds two columns.
    const slow = (s: string) => displayWidth(`${s}委`) - 2;
    const differ: string[] = [];
    for (let cp = 0x20; cp < 0x2600; cp++) {
      const c = String.fromCodePoint(cp);
      // The soft hyphen is a format character shown as one column by the quick path, as before; a
      // zero-width joiner joins the wide character that follows it (no width to compare).
      if (cp === 0xad || cp === 0x200d || (cp >= 0x7f && cp < 0xa0)) continue;
      if (displayWidth(c) !== slow(c)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe('wrapLine', () => {
  it('leaves a line that fits; breaks a longer one at spaces, under its text past the indent and mark', () => {
    expect(wrapLine('  ⚠ Corto.', 20)).toEqual(['  ⚠ Corto.']);
    expect(wrapLine('  ⚠ La votación no alcanza la mayoría.', 20)).toEqual([
      '  ⚠ La votación no',
      '    alcanza la',
      '    mayoría.',
    ]);
    expect(wrapLine('  Le toca: Municipio, desde hoy.', 22)).toEqual(['  Le toca: Municipio,', '  desde hoy.']);
    // A question mark that begins a word is no mark.
    expect(wrapLine('¿Ya respondió la ciudad elegida?', 20)).toEqual(['¿Ya respondió la', 'ciudad elegida?']);
  });
});

describe('wrapText', () => {
  it('keeps a `code span` on one line when it fits one; a longer one breaks at its spaces', () => {
    expect(wrapText('anote la fecha en `steps: letter: date:` ya', 24)).toEqual([
      'anote la fecha en',
      '`steps: letter: date:`',
      'ya',
    ]);
    expect(wrapText('en `steps: letter: followUpOn:`', 12)).toEqual(['en `steps:', 'letter:', 'followUpOn:`']);
    // A backquote that opens no span that closes is no span.
    expect(wrapText('un ` suelto en el texto', 10)).toEqual(['un `', 'suelto en', 'el texto']);
  });

  it('cuts a word longer than a line, or with `whole` keeps it whole on a line of its own', () => {
    expect(wrapText('en /tmp/una/ruta/larga hoy', 10)).toEqual(['en', '/tmp/una/r', 'uta/larga', 'hoy']);
    expect(wrapText('en /tmp/una/ruta/larga hoy', 10, true)).toEqual(['en', '/tmp/una/ruta/larga', 'hoy']);
  });

  it('counts no column for a colour’s escape sequence', () => {
    expect(displayWidth('\u001b[33madvertencia\u001b[39m')).toBe(11);
  });
});

describe('wrapAfter', () => {
  it('keeps its head whole, then breaks the text at spaces after the hang', () => {
    expect(wrapAfter('cases/a/case.yaml:3:1', 'error: falta la fecha del oficio', 30, '  ')).toEqual([
      'cases/a/case.yaml:3:1 error:',
      '  falta la fecha del oficio',
    ]);
    expect(wrapAfter('cases/un-caso-largo/case.yaml:3:1', 'error: falta', 20, '  ')).toEqual([
      'cases/un-caso-largo/case.yaml:3:1',
      '  error: falta',
    ]);
  });
});
