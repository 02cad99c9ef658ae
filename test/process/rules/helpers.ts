// Builds small real workspaces on disk for the rules' tests: the base fixture copied to a temp dir,
// then edited with the `yaml` package so each test changes only what it is about.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { runRules } from '../../../src/process/rules/index.js';
import { catalog } from '../../../src/ui/messages/index.js';
import { loadWorkspace, type Workspace } from '../../../src/workspace/load.js';
import type { Problem } from '../../../src/workspace/problems.js';

export const BASE = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/rules/base');
/** "Today" in every test: never the clock. */
export const TODAY = '2026-03-15';
export const LYON = 'cases/lyon-fr/case.yaml';
export const OSAKA = 'cases/osaka-jp/case.yaml';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the base workspace in a temp dir, removed after the test. */
export function copyBase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'linkage-rules-'));
  temps.push(dir);
  cpSync(BASE, dir, { recursive: true });
  return dir;
}

/** Edits a YAML file of the workspace in place, keeping its comments and order. */
export function edit(root: string, file: string, change: (doc: Document) => void): void {
  const path = join(root, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  change(doc);
  writeFileSync(path, doc.toString());
}

export function write(root: string, file: string, text: string): void {
  writeFileSync(join(root, file), text);
}

/** Loads the workspace (no cache), requires it to load cleanly, and runs every rule. */
export function check(root: string, today = TODAY, verifyHashes = true): Problem[] {
  const ws = loadWorkspace(root, { cache: false });
  expect(loadErrors(ws)).toEqual([]);
  const problems = runRules({ ws, today, verifyHashes });
  for (const p of problems) {
    const entry = catalog[p.id];
    expect(entry, `catalog entry for ${p.id}`).toBeDefined();
    // Every placeholder the message and its hint use is filled by the finding's params, but
    // `{globals}`, which the command's run fills (i18n.ts message), and `{otherLine}`, which placing
    // the finding fills from its `other` field (workspace/locate.ts).
    const texts = entry ? [entry.es, entry.en, entry.hint?.es ?? '', entry.hint?.en ?? ''] : [];
    for (const name of texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))) {
      if (name === 'globals' || (name === 'otherLine' && p.other)) continue;
      expect(p.params, `${p.id} needs {${name}}`).toHaveProperty(name);
    }
  }
  return problems;
}

export function loadErrors(ws: Workspace): Problem[] {
  return [...ws.problems, ...ws.cases.flatMap((c) => c.problems)].filter((p) => p.severity === 'error');
}

/** The findings of one rule, shaped for assertions. */
export function findings(problems: Problem[], rule: string) {
  return problems
    .filter((p) => p.rule === rule)
    .map((p) => ({ id: p.id, severity: p.severity, file: p.file, path: p.path, ...(p.law ? { law: p.law } : {}) }));
}

export function paramsOf(problems: Problem[], id: string) {
  return problems.find((p) => p.id === id)?.params;
}

/** The text of the amendment withObservedAmendment builds. */
export const AMENDED = 'a'.repeat(64);

/**
 * Lyon with one amendment, anexo-1 of the text AMENDED, whose first round (submitted 2026-01-10) got
 * observation obs-1, unanswered: `dictamen` adds to that round's dictamen (its own hash), `later` are
 * the rounds after it, `amendment` adds to the amendment (its `signed:`).
 */
export function withObservedAmendment(parts: { later: object[]; dictamen?: object; amendment?: object }): string {
  const root = copyBase();
  edit(root, LYON, (d) =>
    d.set('amendments', [
      {
        id: 'anexo-1',
        summary: 'Se agrega el área de turismo.',
        hash: AMENDED,
        rounds: [
          {
            submitted: '2026-01-10',
            hash: AMENDED,
            dictamen: {
              date: '2026-01-25',
              outcome: 'observations',
              ...parts.dictamen,
              observations: [{ id: 'obs-1', text: 'Precisar el área.' }],
            },
          },
          ...parts.later,
        ],
        ...parts.amendment,
      },
    ]),
  );
  return root;
}
