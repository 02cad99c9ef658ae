// Who a record names: a step that replaces a person (the liaison, the counterpart's mayor, an SRE
// addressee) keeps nothing of the previous person's when the name given is someone else's.

import { type Answers, type FieldPath, getIn } from '../commands/answers.js';
import { nameKey } from '../workspace/paths.js';
import { setIn } from './session.js';

/**
 * Whether `name` names another person than the `recorded` name (none recorded, or none given: not a
 * change). Two spellings of one name are one person: the same letters whatever the accents, capitals
 * and spaces («Luis Cabrera» corrected to «Luís Cabrera», whose phone stays); names with no Latin
 * letters compare as written.
 */
export function isAnotherPerson(recorded: unknown, name: unknown): boolean {
  return typeof name === 'string' && typeof recorded === 'string' && nameKey(name) !== nameKey(recorded);
}

/**
 * `value` ready for `answers` that name another person at `path` than the one recorded there: the
 * previous person's record is emptied, so that only what the answers give for the new one stays.
 */
export function forNewPerson(value: Answers, answers: Answers, path: FieldPath): Answers {
  return isAnotherPerson(getIn(value, [...path, 'name']), getIn(answers, [...path, 'name']))
    ? setIn(value, path, {})
    : value;
}
