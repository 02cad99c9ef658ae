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

type Role = AdministrationData['officials'][number]['role'];

/**
 * The official of a role in office on a date, honouring `from`/`to` within the administration's
 * period (else the role's official of that administration), and where linkage.yaml records them:
 * who signs a document dated that day, and whom the signature step offers.
 */
export function officialOn(config: WorkspaceFile, role: Role, date: string) {
  const { admin, index } = administrationOn(config, date);
  const i = admin.officials.findIndex(
    (o) => o.role === role && (o.from === undefined || o.from <= date) && (o.to === undefined || date <= o.to),
  );
  const found = i >= 0 ? admin.officials[i] : admin.officials.find((o) => o.role === role);
  const at = found ? admin.officials.indexOf(found) : -1;
  return found
    ? { official: found, source: { file: 'linkage.yaml', path: ['administrations', index, 'officials', at] } }
    : undefined;
}
