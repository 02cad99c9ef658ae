// An action run in-process as on a terminal (the prompts driven by test/flows/driver.ts), and what
// the equivalent-command tests compare: the printed command and every file of a workspace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { ActionContext } from '../../src/actions/context.js';

export const TODAY = '2026-11-28';
export const ENV = { LINKAGE_TODAY: TODAY };

/** An action run as on a terminal, its output collected. */
export function terminal(cwd: string, env: Record<string, string> = ENV): ActionContext & { said: () => string } {
  const chunks: string[] = [];
  const stream = { write: (s: string) => chunks.push(s), isTTY: false } as unknown as NodeJS.WriteStream;
  return {
    cwd,
    workspaces: [],
    color: false,
    lang: 'es',
    env: { ...env },
    stdout: stream,
    stderr: stream,
    isTTY: true,
    said: () => chunks.join(''),
  };
}

/** The command an interactive run printed as its equivalent, split into arguments. */
export function equivalent(said: string): string[] {
  const line = said.split('\n').find((l) => l.startsWith('Lo mismo, sin preguntas: '));
  if (!line) throw new Error(`no equivalent command in:\n${said}`);
  const command = line.slice('Lo mismo, sin preguntas: '.length);
  const args = [...command.matchAll(/"((?:\\.|[^"])*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
  expect(args[0]).toBe('linkage');
  return args.slice(1);
}

/** Every file under `dir` with its bytes, leaving out the git-ignored out/ and .linkage-cache/. */
export function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      const rel = relative(dir, abs);
      if (rel === 'out' || rel === '.linkage-cache') continue;
      if (statSync(abs).isDirectory()) walk(abs);
      // The in-process run is unbuilt (version 0.0.0-dev); the replay is the built binary.
      else out[rel] = readFileSync(abs, 'utf8').replace(/linkage-mx(@| )[\w.-]+/g, 'linkage-mx$1VERSION');
    }
  };
  walk(dir);
  return out;
}
