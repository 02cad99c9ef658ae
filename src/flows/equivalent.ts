// The non-interactive twin of an interactive run: an answers file (shaped like the target file, with
// what this run answered) and the command line that replays it on a fresh copy to the same bytes.
import { join } from 'node:path';
import { Document } from 'yaml';
import { type Answers, type FieldPath, getIn, isPlainObject } from '../commands/answers.js';
import { stringifyOptions, writeAtomic } from '../workspace/write.js';
import { setIn, type Target } from './session.js';

export const ANSWERS_DIR = 'out/answers';

/**
 * What a run answered in a file, as an answers file: each answered path with its final value; a path
 * inside a list carries the whole list, since answers replace lists.
 */
export function answeredValues(target: Target, base: Answers = {}): Answers {
  let out = base;
  for (const path of target.touched) {
    const at = path.findIndex((p) => typeof p === 'number');
    const prefix: FieldPath = at < 0 ? path : path.slice(0, at);
    const value = getIn(target.base, prefix);
    if (value !== undefined) out = setIn(out, prefix, value);
  }
  return out;
}

export const isEmptyAnswers = (a: Answers) => !isPlainObject(a) || Object.keys(a).length === 0;

/** Writes out/answers/<name>.yaml in the workspace (git-ignored) and returns its workspace path. */
export function writeAnswersFile(root: string, name: string, value: Answers, header: string): string {
  const file = `${ANSWERS_DIR}/${name}.yaml`;
  const doc = new Document(value);
  doc.commentBefore = ` ${header}`;
  writeAtomic(join(root, file), doc.toString(stringifyOptions('')), file);
  return file;
}
