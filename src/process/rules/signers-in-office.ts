// Those who signed for each Party held their office on the day it signed: the Presidente/a Municipal
// signs, with the co-signers the state's law asks for (domain.md, "Formalities"), and the mayor for
// the counterpart; a signature by someone whose term had ended, or not begun, would not bind the Party.
import type { CaseBundle } from '../../workspace/load.js';
import { nameKey } from '../../workspace/paths.js';
import type { WorkspaceFile } from '../../workspace/schema.js';
import { caseFile } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * A name as people write it: case, spacing and accents aside («NUNEZ» is «Núñez»), as everywhere a
 * person is compared (nameKey). Remembered: every case's signers are compared with every official of
 * linkage.yaml, the same few names over and over.
 */
const keys = new Map<string, string>();
function key(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    k = nameKey(name);
    keys.set(name, k);
  }
  return k;
}

/**
 * An error for each signer who is one of linkage.yaml's officials but held no office on the day the
 * municipality signed (`steps.signature.municipality.date`); a warning when the president in office
 * that day is not among the signers. A name linkage.yaml does not list (a councillor the council
 * authorised) is the municipality's to answer for. The counterpart's signers are checked likewise
 * against its mayors' terms.
 */
export const signersInOffice: Rule = {
  id: 'signers-in-office',
  severity: 'error',
  case: (ctx, bundle) => [
    ...municipalSigners(ctx.ws.config, bundle, caseFile(bundle)),
    ...counterpartSigners(bundle, caseFile(bundle)),
  ],
};

/** The municipality's signers against linkage.yaml's officials and their terms. */
function municipalSigners(config: WorkspaceFile | null, bundle: CaseBundle, file: string): Finding[] {
  const side = bundle.case?.steps?.signature?.municipality;
  const date = side?.date;
  const signers = side?.signers ?? [];
  if (!config || !date || signers.length === 0) return [];
  const terms = config.administrations.flatMap((admin) =>
    admin.officials.map((o) => ({ official: o, from: o.from ?? admin.period.start, to: o.to ?? admin.period.end })),
  );
  const serving = (t: (typeof terms)[number]) => t.from <= date && date <= t.to;
  const findings: Finding[] = [];
  signers.forEach((signer, i) => {
    const held = terms.filter((t) => key(t.official.name) === key(signer.name));
    if (held.length === 0 || held.some(serving)) return;
    // The term nearest the day: the last that began before it, else the first after it.
    const nearest = [...held].reverse().find((t) => t.from <= date) ?? (held[0] as (typeof held)[number]);
    findings.push({
      params: { name: signer.name, date, from: nearest.from, to: nearest.to },
      file,
      path: ['steps', 'signature', 'municipality', 'signers', i, 'name'],
    });
  });
  const president = terms.find((t) => t.official.role === 'president' && serving(t));
  if (president && !signers.some((s) => key(s.name) === key(president.official.name))) {
    findings.push({
      id: 'rule.signers-in-office.president',
      severity: 'warning',
      params: { date, president: president.official.name },
      file,
      path: ['steps', 'signature', 'municipality', 'signers'],
    });
  }
  return findings;
}

/**
 * An error for each of the counterpart's signers who is its mayor or a former one (case.yaml
 * `counterpart.mayor`, `formerMayors`) but was not in office on the day the counterpart signed.
 */
function counterpartSigners(bundle: CaseBundle, file: string): Finding[] {
  const c = bundle.case;
  const side = c?.steps?.signature?.counterpart;
  const date = side?.date;
  if (!c || !date) return [];
  const mayors = [
    ...(c.counterpart.mayor ? [{ name: c.counterpart.mayor.name, from: c.counterpart.mayor.from, to: undefined }] : []),
    ...(c.counterpart.formerMayors ?? []),
  ];
  return (side.signers ?? []).flatMap((signer, i): Finding[] => {
    const held = mayors.filter((m) => key(m.name) === key(signer.name));
    const serving = (m: (typeof held)[number]) => (m.from ?? date) <= date && date <= (m.to ?? date);
    const term = held[0];
    if (!term || held.some(serving)) return [];
    return [
      {
        id: 'rule.signers-in-office.counterpart',
        params: { name: signer.name, date, from: term.from ?? '…', to: term.to ?? '…' },
        file,
        path: ['steps', 'signature', 'counterpart', 'signers', i, 'name'],
      },
    ];
  });
}
