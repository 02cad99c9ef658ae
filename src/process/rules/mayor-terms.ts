// The counterpart's mayors by term: documents are addressed and signed by the mayor in office on
// their date (documents/context/letter.ts `mayorOn`), so the terms recorded must not overlap.
import { caseFile } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * Errors for a former mayor's term that ends before it starts, that ends after the current mayor
 * took office, or that overlaps another former mayor's.
 */
export const mayorTerms: Rule = {
  id: 'mayor-terms',
  severity: 'error',
  case: (_ctx, bundle) => {
    const counterpart = bundle.case?.counterpart;
    const former = counterpart?.formerMayors ?? [];
    const file = caseFile(bundle);
    const findings: Finding[] = [];
    const at = (i: number, key: 'from' | 'to') => ({ file, path: ['counterpart', 'formerMayors', i, key] });
    // Without the date the current mayor took office, every date falls in their term: the former
    // mayors are never used.
    if (former.length > 0 && counterpart?.mayor && counterpart.mayor.from === undefined) {
      findings.push({
        id: 'rule.mayor-terms.no-from',
        params: { name: counterpart.mayor.name },
        file,
        path: ['counterpart', 'mayor'],
        severity: 'warning',
      });
    }
    former.forEach((m, i) => {
      if (m.from !== undefined && m.from > m.to) {
        findings.push({
          id: 'rule.mayor-terms.reversed',
          params: { name: m.name, from: m.from, to: m.to },
          ...at(i, 'from'),
        });
      }
      const since = counterpart?.mayor?.from;
      // A handover day may end one term and start the next.
      if (since !== undefined && m.to > since) {
        findings.push({
          id: 'rule.mayor-terms.after-current',
          params: { name: m.name, to: m.to, current: counterpart?.mayor?.name ?? '', from: since },
          ...at(i, 'to'),
        });
      }
      former.forEach((other, k) => {
        // Each pair once: the later-listed term is the one reported.
        if (k >= i || other.from === undefined || m.from === undefined) return;
        if (m.from < other.to && other.from < m.to) {
          findings.push({ params: { name: m.name, other: other.name }, ...at(i, 'from') });
        }
      });
    });
    return findings;
  },
};
