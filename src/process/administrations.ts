// Which administration is in office on a date: documents take their officials and plan from it, and
// the profile step asks for its plan's priorities (an incoming one recorded ahead has none yet).
import type { AdministrationData, WorkspaceFile } from '../workspace/schema.js';

/** Whether the administration's period holds the date. */
const inOffice = (admin: AdministrationData, date: string): boolean =>
  admin.period.start <= date && date <= admin.period.end;

/** The administration whose period holds the date, if linkage.yaml records one. */
export const administrationIn = (
  config: Pick<WorkspaceFile, 'administrations'> | null | undefined,
  date: string,
): AdministrationData | undefined => config?.administrations.find((a) => inOffice(a, date));

/** The administration in office on a date (the latest one when the date is before them all). */
export function administrationOn(config: WorkspaceFile, date: string): { admin: AdministrationData; index: number } {
  const list = config.administrations;
  let index = list.findIndex((a) => inOffice(a, date));
  if (index < 0) index = list.reduce((best, a, i) => (a.period.start <= date ? i : best), 0);
  return { admin: list[index] as AdministrationData, index };
}
