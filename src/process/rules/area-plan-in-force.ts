// A new administration brings a new Municipal Development Plan; areas tied to the old plan's
// priorities must be re-mapped, or the linkage looks like nobody's priority (issue 7: continuity).
import { inLanguage } from '../../workspace/hash.js';
import type { CaseBundle } from '../../workspace/load.js';
import type { AdministrationData, WorkspaceFile } from '../../workspace/schema.js';
import { administrationIn } from '../administrations.js';
import { caseClosure } from '../status.js';
import { caseFile } from './locate.js';
import type { Finding, Rule } from './types.js';

type Priority = NonNullable<AdministrationData['pmd']>['priorities'][number];

export interface StaleArea {
  index: number;
  area: string;
  priority: string;
  /** The administration whose plan the priority belongs to, no longer in force. */
  from: AdministrationData;
  /** The administration in force today, and its plan's closest priority, if any. */
  current: AdministrationData | undefined;
  suggestion: Priority | undefined;
}

/** Word stems of a title, accents and case folded: "Educación, cultura" → educa, cultu. */
function stems(text: string | Record<string, string>): Set<string> {
  const words = (inLanguage(text, 'es') ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3);
  return new Set(words.map((w) => w.slice(0, 5)));
}

// A plan's priorities are linkage.yaml's, the same objects for every case of the workspace.
const stemsByPriority = new WeakMap<Priority, Set<string>>();
function stemsOf(priority: Priority): Set<string> {
  let found = stemsByPriority.get(priority);
  if (!found) {
    found = stems(priority.title);
    stemsByPriority.set(priority, found);
  }
  return found;
}

/** The current plan's priority whose title shares most words with the old one (none if no word). */
export function closestPriority(old: Priority, candidates: readonly Priority[]): Priority | undefined {
  const a = stemsOf(old);
  let best: Priority | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const b = stemsOf(c);
    const shared = [...a].filter((w) => b.has(w)).length;
    const score = shared / (a.size + b.size - shared || 1);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/**
 * The case's areas whose priority belongs only to plans of administrations that have ended (a plan
 * of the administration in force, or of an incoming one, is fine). Closed cases have nothing to re-map.
 */
export function stalePlanAreas(config: WorkspaceFile, bundle: CaseBundle, today: string): StaleArea[] {
  const c = bundle.case;
  // A termination notified and not yet in effect leaves the agreement, and its areas, in force.
  if (!c || caseClosure(c, today)) return [];
  const current = administrationIn(config, today);
  const stale: StaleArea[] = [];
  (c.areas ?? []).forEach((area, index) => {
    const owners = config.administrations.filter((a) => a.pmd?.priorities.some((p) => p.id === area.priority));
    // An unknown priority is area-priority's finding, not this one.
    if (owners.length === 0 || owners.some((a) => a.period.end >= today)) return;
    const from = owners[owners.length - 1] as AdministrationData;
    const old = from.pmd?.priorities.find((p) => p.id === area.priority) as Priority;
    stale.push({
      index,
      area: area.id,
      priority: area.priority,
      from,
      current,
      suggestion: closestPriority(old, current?.pmd?.priorities ?? []),
    });
  });
  return stale;
}

// A finding's params do not depend on the UI language (check memoises them): the titles go in both.
const title = (p: Priority, lang: 'es' | 'en') => inLanguage(p.title, lang) ?? p.id;
const list = (priorities: readonly Priority[], lang: 'es' | 'en') =>
  priorities.map((p) => `${p.id} ${title(p, lang)}`).join('; ');
/**
 * The plan's list in both languages, made once per plan: it goes into each finding's params (≈850
 * characters each), and a parse thread keeps every case's findings until its workspace is done.
 */
const lists = new WeakMap<readonly Priority[], { priorities: string; prioritiesEn: string }>();
function listsOf(priorities: readonly Priority[]) {
  let found = lists.get(priorities);
  if (!found) {
    found = { priorities: list(priorities, 'es'), prioritiesEn: list(priorities, 'en') };
    lists.set(priorities, found);
  }
  return found;
}

export const areaPlanInForce: Rule = {
  id: 'area-plan-in-force',
  severity: 'warning',
  case: (ctx, bundle) => {
    const config = ctx.ws.config;
    if (!config) return [];
    const file = caseFile(bundle);
    return stalePlanAreas(config, bundle, ctx.today).map((s): Finding => {
      const ended = { area: s.area, priority: s.priority, administration: s.from.id, end: s.from.period.end };
      const path = ['areas', s.index, 'priority'];
      // After the last recorded period: the incoming administration is still to be recorded.
      if (!s.current) return { id: 'rule.area-plan-in-force.no-administration', params: ended, file, path };
      const base = { ...ended, current: s.current.id };
      const priorities = s.current?.pmd?.priorities ?? [];
      if (priorities.length === 0) return { id: 'rule.area-plan-in-force.no-plan', params: base, file, path };
      const withLists = { ...base, ...listsOf(priorities) };
      if (!s.suggestion) return { params: withLists, file, path };
      return {
        id: 'rule.area-plan-in-force.suggestion',
        params: {
          ...withLists,
          suggestion: s.suggestion.id,
          title: title(s.suggestion, 'es'),
          titleEn: title(s.suggestion, 'en'),
        },
        file,
        path,
      };
    });
  },
};
