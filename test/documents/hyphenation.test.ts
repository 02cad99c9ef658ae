// Hyphenation of documents in several languages, read back from the PDFs the built CLI writes.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../src/documents/layout/hyphenate.js';
import { copyWorkspace, pdfPages, runCli } from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };

/** Lines of one page as drawn (pdftotext -raw), hyphens at line ends kept. */
function rawLines(file: string, page: number): string[] {
  const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  return r.stdout.split('\n');
}

/** Every word broken at a line end on these pages: the word and where it was broken. */
function breaks(file: string, pages: number[]): { word: string; at: number }[] {
  const found: { word: string; at: number }[] = [];
  for (const page of pages) {
    const lines = rawLines(file, page);
    lines.forEach((line, i) => {
      const head = /(\p{L}+)-$/u.exec(line)?.[1];
      const tail = /^(\p{Ll}+)/u.exec(lines[i + 1] ?? '')?.[1];
      if (head && tail) found.push({ word: head + tail, at: head.length });
    });
  }
  return found;
}

/** The pages of a sequential document from the one that holds `start` to the end, and those before. */
function split(file: string, start: string): [number[], number[]] {
  const all = Array.from({ length: pdfPages(file) }, (_, i) => i + 1);
  const first = all.find((p) => rawLines(file, p).some((l) => l.includes(start))) ?? 0;
  expect(first, start).toBeGreaterThan(1);
  return [all.filter((p) => p < first), all.filter((p) => p >= first)];
}

describe('hyphenation of sequential documents in several languages', () => {
  const cases = [
    { args: ['profile', 'aurora-us'], file: 'profile-aurora-us-es-en.pdf', start: 'Municipal Profile of', lang: 'en' },
    { args: ['letter', 'hofu-jp'], file: 'letter-hofu-jp-es-en.pdf', start: 'Dear Mayor Tanabe', lang: 'en' },
    {
      args: ['agreement', 'giessen-de', '--lang', 'es,de'],
      file: 'agreement-giessen-de-es-de.pdf',
      start: 'Kooperationsvereinbarung',
      lang: 'de',
    },
  ];
  for (const c of cases) {
    it(`breaks each language's words by its own patterns (${c.file})`, () => {
      const root = copyWorkspace('demo');
      expect(runCli(['generate', ...c.args], { cwd: root, env: AS_OF }).code).toBe(0);
      const file = join(root, 'out', c.file);
      const [spanish, other] = split(file, c.start);
      const wrong = (lang: string, pages: number[]) =>
        breaks(file, pages).filter((b) => !hyphenationPoints(b.word, lang).includes(b.at));
      expect(breaks(file, other).length, `words broken in the ${c.lang} part`).toBeGreaterThan(0);
      expect(wrong(c.lang, other)).toEqual([]);
      expect(wrong('es', spanish)).toEqual([]);
    });
  }
});
