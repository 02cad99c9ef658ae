// Areas of opportunity tie the case to the Municipal Development Plan (product.md §2).
import { closest } from '../../workspace/validate.js';
import { caseFile } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * Each area of a case names a priority of some administration's PMD (linkage.yaml
 * `administrations[].pmd.priorities[].id`), and area ids are unique within the case.
 */
export const areaPriority: Rule = {
  id: 'area-priority',
  severity: 'error',
  case: (ctx, bundle) => {
    const areas = bundle.case?.areas ?? [];
    const cfg = ctx.ws.config;
    if (!cfg || areas.length === 0) return [];
    const valid = [...new Set(cfg.administrations.flatMap((a) => a.pmd?.priorities.map((p) => p.id) ?? []))];
    const file = caseFile(bundle);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    areas.forEach((area, i) => {
      if (seen.has(area.id)) {
        findings.push({ id: 'rule.area-priority.duplicate', params: { id: area.id }, file, path: ['areas', i, 'id'] });
      }
      seen.add(area.id);
      if (valid.includes(area.priority)) return;
      const path = ['areas', i, 'priority'];
      if (valid.length === 0) {
        findings.push({ id: 'rule.area-priority.no-pmd', params: { priority: area.priority }, file, path });
        return;
      }
      const suggestion = closest(area.priority, valid);
      findings.push({
        ...(suggestion ? { id: 'rule.area-priority.suggestion' } : {}),
        params: { priority: area.priority, valid: valid.join(', '), ...(suggestion ? { suggestion } : {}) },
        file,
        path,
      });
    });
    return findings;
  },
};
