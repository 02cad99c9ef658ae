// linkage's own text prompt (src/ui/text-prompt.ts) answers to @inquirer/testing's screen, as the
// inquirer prompts do. A module of its own: vi.mock is hoisted above the imports of the file it is in.
import { wrapPrompt } from '@inquirer/testing/vitest';
import { vi } from 'vitest';

vi.mock('../../src/ui/text-prompt.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/text-prompt.js')>();
  return { ...actual, text: wrapPrompt(actual.text) };
});
