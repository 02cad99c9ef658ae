import { amendment } from './amendment.js';
import { aop } from './aop.js';
import { aopAnswers } from './aop-answers.js';
import { calendar } from './calendar.js';
import { candidates } from './candidates.js';
import { core } from './core.js';
import { documents } from './documents.js';
import { help } from './help.js';
import { init } from './init.js';
import { prompts } from './prompts.js';
import { publish } from './publish.js';
import { reports } from './reports.js';
import { rules } from './rules.js';
import { status } from './status.js';
import type { Catalog } from './types.js';

/** Every user-facing message, by id. Each area keeps its own file; ids must not collide. */
export const catalog: Catalog = {
  ...core,
  ...rules,
  ...status,
  ...init,
  ...documents,
  ...help,
  ...prompts,
  ...calendar,
  ...candidates,
  ...amendment,
  ...publish,
  ...reports,
  ...aop,
  ...aopAnswers,
};
