// Those who signed for each Party held their office on the day it signed: the Presidente/a Municipal
// signs, with the co-signers the state's law asks for (domain.md, "Formalities"), and the mayor for
// the counterpart; a signature by someone whose term had ended, or not begun, would not bind the Party.
import type { CaseBundle } from '../../workspace/load.js';
import { nameKey } from '../../workspace/paths.js';
import type { WorkspaceFile } from '../../workspace/schema.js';
import { caseFile } from './locate.js';
import type { Finding, Rule } from './types.js';

/** An official's term: from the day they took office to the day they left it. */
interface Term {
  official: WorkspaceFile['administrations'][number]['officials'][number];
  from: string;
  to: string;
}

interface Terms {
  /** In the order linkage.yaml lists them. */
  all: Term[];
  /** By the official's name as people write it (nameKey: case, spacing and accents aside, «NUNEZ» is «Núñez»). */
  byName: Map<string, Term[]>;
}

/** linkage.yaml's officials' terms, made once per workspace: every case's signers meet the same officials. */
const termsOf = new WeakMap<WorkspaceFile, Terms>();
function officialTerms(config: WorkspaceFile): Terms {
  const known = termsOf.get(config);
  if (known) return known;
  const all = config.administrations.flatMap((admin) =>
    admin.officials.map((o) => ({ official: o, from: o.from ?? admin.period.start, to: o.to ?? admin.period.end })),
  );
  const byName = new Map<string, Term[]>();
  for (const t of all) {
    const k = nameKey(t.official.name);
    byName.set(k, [...(byName.get(k) ?? []), t]);
  }
  const terms = { all, byName };
  termsOf.set(config, terms);
  return terms;
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
  const terms = officialTerms(config);
  const serving = (t: Term) => t.from <= date && date <= t.to;
  const keys = signers.map((signer) => nameKey(signer.name));
  const findings: Finding[] = [];
  signers.forEach((signer, i) => {
    const held = terms.byName.get(keys[i] as string) ?? [];
    if (held.length === 0 || held.some(serving)) return;
    // The term nearest the day: the last that began before it, else the first after it.
    const nearest = [...held].reverse().find((t) => t.from <= date) ?? (held[0] as Term);
    findings.push({
      params: { name: signer.name, date, from: nearest.from, to: nearest.to },
      file,
      path: ['steps', 'signature', 'municipality', 'signers', i, 'name'],
    });
  });
  const president = terms.all.find((t) => t.official.role === 'president' && serving(t));
  if (president && !keys.includes(nameKey(president.official.name))) {
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
    const held = mayors.filter((m) => nameKey(m.name) === nameKey(signer.name));
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
