// The agreement's text versions: the last one is the current text, and every hash the process
// records (council, SRE rounds, dictamen, signature, amendments) names a recorded version.
import { textVersion } from '../../agreement/effective.js';
import { effectiveOf } from './agreement-text.js';
import { agreementFile, caseFile, dotted, type FieldPath, LSCT_ART_7, short } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * The last entry of agreement.yaml `versions` carries the hash of the current effective text (else a
 * warning with the hash to record); once signed, it is the signed text or an amendment's (error);
 * each hash recorded in case.yaml is one of the versions (error); a signed text is no longer drawn from
 * the model (warning).
 */
export const agreementVersions: Rule = {
  id: 'agreement-versions',
  severity: 'error',
  case: (ctx, bundle) => {
    const c = bundle.case;
    const agreement = bundle.agreement;
    const versions = agreement?.versions ?? [];
    const findings: Finding[] = [];
    // Once either Party has signed, the text in force changes only by an amendment, which goes to
    // the SRE again.
    const sig = c?.steps?.signature;
    const signed = sig?.hash && (sig.municipality?.date || sig.counterpart?.date) ? sig.hash : undefined;
    const last = versions.length - 1;
    if (agreement && versions.length > 0) {
      // The effective text: with `model:`, the model's articles with agreement.yaml's overrides.
      const state = textVersion(ctx.ws.config, bundle, ctx.today, effectiveOf(ctx, bundle));
      if (!state.current) {
        findings.push({
          ...(signed ? { id: 'rule.agreement-versions.signed' } : {}),
          params: { hash: state.hash, recorded: short(state.last?.hash ?? '') },
          file: agreementFile(bundle),
          path: ['versions', last, 'hash'],
          severity: 'warning',
        });
      }
    }
    // A signed text still drawn from the model changes with linkage.yaml, case.yaml and linkage's own
    // model: it is written out whole at signature (`next`), or here named as not yet.
    if (signed && agreement?.model !== undefined) {
      findings.push({
        id: 'rule.agreement-versions.model-signed',
        params: { slug: bundle.slug },
        file: agreementFile(bundle),
        path: ['model'],
        severity: 'warning',
        law: LSCT_ART_7,
      });
    }
    // The last version is the signed text or an amendment's.
    const lastHash = versions[last]?.hash;
    if (signed && lastHash !== undefined && lastHash !== signed && !c?.amendments?.some((a) => a.hash === lastHash)) {
      findings.push({
        id: 'rule.agreement-versions.after-signature',
        params: { hash: lastHash, version: short(lastHash), signed: short(signed) },
        file: agreementFile(bundle),
        path: ['versions', last, 'hash'],
        law: LSCT_ART_7,
      });
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
        // With no agreement.yaml, the hint's `linkage generate agreement` names the case.
        params: { hash: short(hash), field: dotted(path), ...(agreement ? {} : { slug: bundle.slug }) },
        file: caseFile(bundle),
        path,
      });
    }
    return findings;
  },
};
