// Hashes of the demo workspace (linkage.yaml + cases/): agreement text versions and evidence files.
//
//   node scripts/demo-hashes.mjs           report every hash and exit 1 on a mismatch
//   node scripts/demo-hashes.mjs --fill    first replace the placeholders "@@<slug>:v<N>@@" (text version N)
//                                          and "@@sha256:<case-relative path>@@" (evidence) in the demo files
//
// The text hash is that of src/agreement/effective.ts's effective text (the model with agreement.yaml's
// overrides when it says `model:`, else its articles), bundled on the fly, so the demo never drifts from
// the loader. Earlier text versions are not kept in agreement.yaml (git keeps them); the articles that
// differed are listed in EARLIER below, so their hashes can be recomputed too.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Per case and text version: the articles (by id) whose heading or text differed from the current text. */
const EARLIER = {
  'mildura-au': {
    // v1: before the SRE's observations of 2026-06-10 (arbitration clause; funding not subject to budget).
    1: {
      financiamiento: {
        text: {
          es: 'Cada Parte sufragará los gastos que le correspondan por su participación en las actividades del presente Acuerdo. Las Partes podrán procurar, de común acuerdo, recursos de terceros.',
          en: 'Each Party shall bear the costs of its own participation in the activities under this Agreement. The Parties may jointly seek resources from third parties.',
        },
      },
      controversias: {
        text: {
          es: 'Cualquier controversia derivada de la interpretación o aplicación del presente Acuerdo que no pueda resolverse mediante negociaciones directas se someterá a arbitraje conforme a las leyes del Estado de Victoria.',
          en: 'Any dispute arising from the interpretation or implementation of this Agreement that cannot be settled through direct negotiations shall be submitted to arbitration under the laws of the State of Victoria.',
        },
      },
    },
  },
  'giessen-de': {
    // v1: indefinite term; Giessen asked for five years on 2025-08-27.
    1: {
      vigencia: {
        text: {
          es: 'El presente Acuerdo entrará en vigor en la fecha de su firma y tendrá una vigencia indefinida. Cualquiera de las Partes podrá darlo por terminado mediante comunicación escrita dirigida a la otra Parte con noventa (90) días de anticipación. La terminación no afectará la conclusión de las actividades que se encuentren en ejecución, salvo que las Partes acuerden otra cosa.',
          en: 'This Agreement shall enter into force on the date of its signature and shall remain in force indefinitely. Either Party may terminate it by written notice to the other Party ninety (90) days in advance. Termination shall not affect the completion of activities under way, unless the Parties agree otherwise.',
          de: 'Diese Vereinbarung tritt mit ihrer Unterzeichnung in Kraft und gilt auf unbestimmte Zeit. Jede Partei kann sie durch schriftliche Mitteilung an die andere Partei mit einer Frist von neunzig (90) Tagen beenden. Die Beendigung berührt nicht den Abschluss bereits laufender Maßnahmen, sofern die Parteien nichts anderes vereinbaren.',
        },
      },
    },
  },
};

async function loadTextHash() {
  const dir = mkdtempSync(join(tmpdir(), 'linkage-demo-'));
  try {
    const outfile = join(dir, 'hash.mjs');
    await build({
      stdin: {
        contents:
          "export { textHash } from './src/workspace/hash.ts';\n" +
          "export { effectiveAgreement } from './src/agreement/effective.ts';\n",
        resolveDir: root,
        loader: 'ts',
      },
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sha256File = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const yamlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => join(e.parentPath ?? e.path, e.name));

/** Every {path, sha256?} evidence reference in a parsed YAML value. */
function* evidenceRefs(value) {
  if (Array.isArray(value)) for (const v of value) yield* evidenceRefs(v);
  else if (value && typeof value === 'object') {
    if (typeof value.path === 'string' && ('sha256' in value || 'description' in value)) yield value;
    for (const v of Object.values(value)) yield* evidenceRefs(v);
  }
}

/** Hashes the agreement's text versions: the last is the current text, the earlier ones come from EARLIER. */
function versionHashes(slug, agreement, caseData) {
  const count = agreement.versions?.length ?? 1;
  const { articles } = effectiveAgreement(config, { case: caseData, agreement });
  const out = {};
  for (let n = 1; n <= count; n++) {
    const patch = n === count ? {} : EARLIER[slug]?.[n];
    if (!patch) continue;
    out[n] = textHash(articles.map((a) => ({ ...a, ...(patch[a.id] ?? {}) })));
  }
  return out;
}

const { textHash, effectiveAgreement } = await loadTextHash();
const config = parse(readFileSync(join(root, 'linkage.yaml'), 'utf8'));
const fill = process.argv.includes('--fill');
const casesDir = join(root, 'cases');
let problems = 0;

for (const slug of readdirSync(casesDir).sort()) {
  const caseDir = join(casesDir, slug);
  const agreementPath = join(caseDir, 'agreement.yaml');
  let hashes = {};
  if (existsSync(agreementPath)) {
    const raw = readFileSync(agreementPath, 'utf8');
    const unfilled = (text) => parse(text.replace(/"@@[^"]*@@"/g, '"0"'));
    const caseData = unfilled(readFileSync(join(caseDir, 'case.yaml'), 'utf8'));
    hashes = versionHashes(slug, unfilled(raw), caseData);
  }
  for (const file of yamlFiles(caseDir)) {
    let raw = readFileSync(file, 'utf8');
    if (fill) {
      const filled = raw
        .replace(/@@([a-z0-9-]+):v(\d+)@@/g, (m, s, n) => (s === slug && hashes[n]) || m)
        .replace(/@@sha256:([^@]+)@@/g, (_, p) => sha256File(join(caseDir, p)));
      if (filled !== raw) writeFileSync(file, filled);
      raw = filled;
    }
    if (raw.includes('@@')) {
      console.log(`✗ ${file}: placeholders left`);
      problems++;
    }
  }
  if (existsSync(agreementPath)) {
    const agreement = parse(readFileSync(agreementPath, 'utf8'));
    const versions = agreement.versions ?? [];
    versions.forEach((v, i) => {
      const want = hashes[i + 1];
      const ok = want === undefined || v.hash === want;
      if (!ok) problems++;
      console.log(`${ok ? '✓' : '✗'} ${slug} v${i + 1} ${v.date} ${v.hash}${want && !ok ? ` (computed ${want})` : ''}`);
    });
    // Council, SRE rounds, dictámenes and signature must name a listed version.
    const known = new Set(versions.map((v) => v.hash));
    const c = parse(readFileSync(join(caseDir, 'case.yaml'), 'utf8'));
    const refs = [
      ['council', c.steps?.council?.hash],
      ...(c.steps?.['sre-opinion']?.rounds ?? []).flatMap((r, i) => [
        [`sre-opinion round ${i + 1}`, r.hash],
        [`dictamen ${i + 1}`, r.dictamen?.hash],
      ]),
      ['signature', c.steps?.signature?.hash],
    ].filter(([, h]) => h);
    for (const [what, h] of refs) {
      if (!known.has(h)) {
        problems++;
        console.log(`✗ ${slug} ${what}: ${h} is not a listed text version`);
      }
    }
  }
  for (const file of yamlFiles(caseDir)) {
    for (const ref of evidenceRefs(parse(readFileSync(file, 'utf8')))) {
      const path = join(caseDir, ref.path);
      const actual = existsSync(path) ? sha256File(path) : 'missing';
      const ok = actual === ref.sha256;
      if (!ok) problems++;
      console.log(
        `${ok ? '✓' : '✗'} ${slug}/${ref.path} ${ref.sha256 ?? '(no sha256)'}${ok ? '' : ` (file: ${actual})`}`,
      );
    }
  }
}
console.log(problems ? `${problems} problem(s)` : 'all hashes match');
process.exit(problems ? 1 : 0);
