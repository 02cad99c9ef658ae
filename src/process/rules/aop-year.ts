// An AOP file is found by its name: aop/2026.yaml must hold the 2026 program.
import type { Rule } from './types.js';

/** The `year` inside an AOP file equals the year in its file name. */
export const aopYear: Rule = {
  id: 'aop-year',
  severity: 'error',
  case: (_ctx, bundle) =>
    bundle.aops
      .filter((a) => a.data && a.data.year !== a.year)
      .map((a) => ({ params: { year: a.data?.year ?? 0, fileYear: a.year }, file: a.file, path: ['year'] })),
};
