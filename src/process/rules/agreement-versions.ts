// The agreement's text versions: the last one is the current text, and every hash the process
// records (council, SRE rounds, dictamen, signature, amendments) names a recorded version.
import { textHash } from '../../workspace/hash.js';
import { agreementFile, caseFile, dotted, type FieldPath, short } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * The last entry of agreement.yaml `versions` carries the hash of the current articles (else a
 * warning with the hash to record); each hash recorded in case.yaml is one of the versions (error).
 */
export const agreementVersions: Rule = {
  id: 'agreement-versions',
  severity: 'error',
  case: (_ctx, bundle) => {
    const c = bundle.case;
    const agreement = bundle.agreement;
    const versions = agreement?.versions ?? [];
    const findings: Finding[] = [];
    if (agreement && versions.length > 0) {
      const current = textHash(agreement.articles);
      const last = versions.length - 1;
      if (versions[last]?.hash !== current) {
        findings.push({
          params: { hash: current, recorded: short(versions[last]?.hash ?? '') },
          file: agreementFile(bundle),
          path: ['versions', last, 'hash'],
          severity: 'warning',
        });
      }
    }
    const known = new Set(versions.map((v) => v.hash));
    const refs: { path: FieldPath; hash: string | undefined }[] = [];
    const s = c?.steps;
    refs.push({ path: ['steps', 'council', 'hash'], hash: s?.council?.hash });
    s?.['sre-opinion']?.rounds.forEach((r, i) => {
      refs.push({ path: ['steps', 'sre-opinion', 'rounds', i, 'hash'], hash: r.hash });
      refs.push({ path: ['steps', 'sre-opinion', 'rounds', i, 'dictamen', 'hash'], hash: r.dictamen?.hash });
    });
    refs.push({ path: ['steps', 'signature', 'hash'], hash: s?.signature?.hash });
    c?.amendments?.forEach((a, i) => {
      refs.push({ path: ['amendments', i, 'hash'], hash: a.hash });
      a.rounds?.forEach((r, k) => {
        refs.push({ path: ['amendments', i, 'rounds', k, 'hash'], hash: r.hash });
        refs.push({ path: ['amendments', i, 'rounds', k, 'dictamen', 'hash'], hash: r.dictamen?.hash });
      });
    });
    for (const { path, hash } of refs) {
      if (hash === undefined || known.has(hash)) continue;
      findings.push({
        id: agreement ? 'rule.agreement-versions.unknown-hash' : 'rule.agreement-versions.no-agreement',
        params: { hash: short(hash), field: dotted(path) },
        file: caseFile(bundle),
        path,
      });
    }
    return findings;
  },
};
