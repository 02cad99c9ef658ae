// Which administration is in office on a date: documents take their officials and plan from it, and
// the profile step asks for its plan's priorities (an incoming one recorded ahead has none yet).
import type { AdministrationData, WorkspaceFile } from '../workspace/schema.js';

/** The administration in office on a date (the latest one when the date is before them all). */
export function administrationOn(config: WorkspaceFile, date: string): { admin: AdministrationData; index: number } {
  const list = config.administrations;
  let index = list.findIndex((a) => a.period.start <= date && date <= a.period.end);
  if (index < 0) index = list.reduce((best, a, i) => (a.period.start <= date ? i : best), 0);
  return { admin: list[index] as AdministrationData, index };
}
