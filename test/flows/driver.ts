// Drives the real flows through @inquirer/testing's screen: wait for a prompt, answer it. A prompt
// that never comes (or an unexpected one) fails the test with the screen as it was.
import { screen } from '@inquirer/testing/vitest';
import './text-prompt-mock.js';
import { nextFlow } from '../../src/flows/next.js';
import type { Out } from '../../src/flows/session.js';
import { loadPrompter } from '../../src/ui/prompts.js';
import { loadWorkspace } from '../../src/workspace/load.js';

/** "Today" in every flow test. */
export const TODAY = '2026-11-28';

/** What every flow takes in these tests: the workspace root, Spanish, a fixed today, the real prompts. */
export const flowBase = (root: string) => ({
  root,
  lang: 'es' as const,
  today: TODAY,
  prompter: () => loadPrompter('es'),
});

/** The minimal fixture's one case, freshly loaded. */
export const leonBase = (root: string) => ({ ...flowBase(root), ws: loadWorkspace(root), slug: 'leon-es' });

/** `linkage next leon-es [--step …]` with the test answering through `script`; returns what it said. */
export async function runNext(
  root: string,
  script: () => Promise<void>,
  options: { step?: string; today?: string } = {},
) {
  screen.clear();
  const out = collector();
  const run = nextFlow({ ...leonBase(root), out, ...options });
  await script();
  const result = await run;
  return { said: out.text(), result };
}

/** A one-article agreement for the minimal fixture's case. */
export const LEON_AGREEMENT = `schemaVersion: 1
articles:
  - id: objeto
    heading: { es: Objeto, en: Purpose }
    text:
      es: Las Partes establecen un hermanamiento.
      en: The Parties establish a sister-city relationship.
`;

const norm = (s: string) => s.replace(/\s+/g, ' ');

/** Waits until the active prompt (a line starting with "?") contains `text`. */
export async function prompt(text: string | RegExp, timeout = 4000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const scr = screen.getScreen();
    const active = scr
      .split('\n')
      .filter((l) => l.startsWith('?'))
      .map(norm)
      .join('\n');
    const ok = typeof text === 'string' ? active.includes(text) : text.test(active);
    if (ok) return scr;
    const left = deadline - Date.now();
    if (left <= 0)
      throw new Error(
        `prompt ${String(text)} not shown; the screen was:\n${scr}\n--- full output:\n${(await screen.getFullOutput()).slice(-3000)}`,
      );
    await Promise.race([screen.next(), new Promise((r) => setTimeout(r, Math.min(left, 250)))]);
  }
}

/** Answers a text prompt (Enter alone takes its default). */
export async function answer(text: string | RegExp, value = ''): Promise<void> {
  await prompt(text);
  if (value) screen.type(value);
  screen.keypress('enter');
}

/** Picks the n-th choice (0 = the highlighted one) of a select prompt. */
export async function pick(text: string | RegExp, downs = 0): Promise<void> {
  await prompt(text);
  for (let i = 0; i < downs; i++) screen.keypress('down');
  screen.keypress('enter');
}

/** A validation message under the prompt after a bad answer. */
export async function rejected(message: string | RegExp): Promise<string> {
  const deadline = Date.now() + 4000;
  for (;;) {
    const scr = screen.getScreen();
    if (typeof message === 'string' ? norm(scr).includes(message) : message.test(scr)) return scr;
    if (Date.now() > deadline) throw new Error(`message ${String(message)} not shown; the screen was:\n${scr}`);
    await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 100))]);
  }
}

/**
 * Pastes `text` into the active prompt as a terminal sends it: in one piece, each line break a CR,
 * inside ESC[200~ … ESC[201~ when `bracketed` (a terminal that honours bracketed paste).
 */
export function paste(text: string, bracketed = true): void {
  const lines = text.replace(/\r?\n/g, '\r');
  screen.input.write(bracketed ? `\x1b[200~${lines}\x1b[201~` : lines);
}

/** Clears what was typed in an input prompt. */
export function clearLine(n = 40): void {
  for (let i = 0; i < n; i++) screen.keypress('backspace');
}

/** Types into the active input after clearing it (a rejected answer written again), and submits it. */
export function retype(value: string): void {
  clearLine();
  screen.type(value);
  screen.keypress('enter');
}

export function ctrlC(): void {
  screen.keypress({ name: 'c', ctrl: true });
}

/** Collects what a flow says between the prompts. */
export function collector(): Out & { text: () => string } {
  const chunks: string[] = [];
  return { write: (s: string) => chunks.push(s), text: () => chunks.join('') };
}

export { screen };
