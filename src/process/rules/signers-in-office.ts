// Those who signed for the municipality held their office on the day it signed: the Presidente/a
// Municipal signs, with the co-signers the state's law asks for (domain.md, "Formalities"), and a
// signature by someone whose term had ended, or not begun, would not bind the municipality.
import { caseFile } from './locate.js';
import type { Finding, Rule } from './types.js';

/** A name as people write it: case, spacing and composed accents aside. */
const key = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('es');

/**
 * An error for each signer who is one of linkage.yaml's officials but held no office on the day the
 * municipality signed (`steps.signature.municipality.date`); a warning when the president in office
 * that day is not among the signers. A name linkage.yaml does not list (a councillor the council
 * authorised) is the municipality's to answer for.
 */
export const signersInOffice: Rule = {
  id: 'signers-in-office',
  severity: 'error',
  case: (ctx, bundle) => {
    const side = bundle.case?.steps?.signature?.municipality;
    const config = ctx.ws.config;
    const date = side?.date;
    const signers = side?.signers ?? [];
    if (!config || !date || signers.length === 0) return [];
    const terms = config.administrations.flatMap((admin) =>
      admin.officials.map((o) => ({ official: o, from: o.from ?? admin.period.start, to: o.to ?? admin.period.end })),
    );
    const serving = (t: (typeof terms)[number]) => t.from <= date && date <= t.to;
    const file = caseFile(bundle);
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
  },
};
