#!/usr/bin/env node
// The layout engine's benchmark: a ~10-page bilingual agreement (letterhead, parallel columns,
// signatures) rendered with the embedded fonts by a whole new process, from an esbuild bundle of
// src/documents/layout made here. That is not dist/'s renderer: dist/lazy/renderer.cjs bundles pdfkit,
// fontkit, marked and the hyphenator, loads through the V8 code cache with render.ts's regexp flags,
// and reads the hyphenation patterns as JSON; bench/documents.mjs times that path, through the CLI.
// This one times the layout engine itself, its dependencies resolved or bundled.
// Target: ≤ 600 ms wall, node start and imports included. Prints JSON; exits 1 over target.
//
//   node bench/layout.mjs [--runs N] [--cjk-font <file.ttf>]
//
// --cjk-font also measures what a large extra font costs (e.g. NotoSansJP_400Regular.ttf from the
// @expo-google-fonts/noto-sans-jp package, 5.5 MB): the same document, with the font configured and
// a line of Japanese.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median, option, runNode } from './lib.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'linkage-bench-layout');
const TARGET_MS = 600;

const runs = Number(option('--runs') ?? 7) + 1;
const cjkFont = option('--cjk-font');

mkdirSync(CACHE, { recursive: true });
// The engine with pdfkit, fontkit, marked and hyphen resolved from node_modules, and a variant with the
// first three inside the bundle, to show what resolving their ~60 files costs.
for (const [file, external] of [
  ['layout.mjs', ['pdfkit', 'fontkit', 'marked', 'hyphen']],
  ['layout-bundled.mjs', ['hyphen']],
]) {
  await build({
    entryPoints: [join(ROOT, 'src/documents/layout/pdf.ts')],
    outfile: join(CACHE, file),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    external,
    banner: {
      js: "import { createRequire as __linkageCreateRequire } from 'node:module'; const require = __linkageCreateRequire(import.meta.url);",
    },
  });
}

// One process renders the file given and reports its own in-process figures on stdout... which
// runNode discards; so the child writes them to a side file.
const runner = (bundle) => `
import { readFileSync, writeFileSync } from 'node:fs';
const t0 = performance.now();
const { renderPdf } = await import(${JSON.stringify(pathToFileURL(join(CACHE, bundle)).href)});
const t1 = performance.now();
const [mdFile, optionsFile, outFile, statsFile] = process.argv.slice(2);
const options = JSON.parse(readFileSync(optionsFile, 'utf8'));
options.creationDate = new Date(options.creationDate);
const markdown = readFileSync(mdFile, 'utf8');
const first = await renderPdf(markdown, options);
const t2 = performance.now();
writeFileSync(outFile, first.pdf);
if (statsFile) {
  // Only the run that reports renders twice: a warm render, and the same bytes again.
  const again = await renderPdf(markdown, options);
  const t3 = performance.now();
  writeFileSync(statsFile, JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, pages: first.pageCount, bytes: first.pdf.length, same: first.pdf.equals(again.pdf) }));
}
`;
writeFileSync(join(CACHE, 'runner.mjs'), runner('layout.mjs'));
writeFileSync(join(CACHE, 'runner-bundled.mjs'), runner('layout-bundled.mjs'));

const es = (i) =>
  `El Municipio de San Pedro de las Huertas y la Ciudad de Łódź acuerdan, en el marco del artículo ${i}, ` +
  'promover la cooperación descentralizada en materia de desarrollo económico, cultura, educación, turismo, ' +
  'medio ambiente e innovación tecnológica, mediante el intercambio de experiencias, información y buenas ' +
  'prácticas, conforme a sus respectivas legislaciones y a los compromisos internacionales de sus Estados.';
const en = (i) =>
  `The Municipality of San Pedro de las Huertas and the City of Łódź agree, under article ${i}, to promote ` +
  'decentralised cooperation in economic development, culture, education, tourism, the environment and ' +
  'technological innovation, through the exchange of experience, information and good practice, in accordance ' +
  'with their respective laws and the international commitments of their States.';

function agreement(extra = '') {
  const parts = [
    ':::letterhead\nCoordinación de Asuntos Internacionales\n:::',
    ':::place-date\nSan Pedro de las Huertas, Guanajuato, a 28 de noviembre de 2026\n:::',
    '# Acuerdo de Hermanamiento / Twinning Agreement',
    extra,
  ];
  for (let i = 1; i <= 14; i++) {
    const paras = 1 + (i % 3);
    parts.push(
      `:::columns es en\n### Artículo ${i}\n\n${Array.from({ length: paras }, () => es(i)).join('\n\n')}\n+++\n` +
        `### Article ${i}\n\n${Array.from({ length: paras }, () => en(i)).join('\n\n')}\n:::`,
    );
  }
  parts.push(
    'Firmado en dos ejemplares originales / Signed in two originals.',
    ':::signature\nPor el Municipio de San Pedro de las Huertas\n___\nLic. Juan Pérez López\nPresidente Municipal\n+++\n' +
      'For the City of Łódź\n___\nHanna Zdanowska\nMayor\n:::',
  );
  return parts.join('\n\n');
}

function prepare(name, markdown, options, runnerFile = 'runner.mjs') {
  const md = join(CACHE, `${name}.md`);
  const opts = join(CACHE, `${name}.json`);
  writeFileSync(md, markdown);
  writeFileSync(opts, JSON.stringify(options));
  return [join(CACHE, runnerFile), md, opts, join(CACHE, `${name}.pdf`)];
}

const baseOptions = {
  pageSize: 'Letter',
  letterhead: { lines: ['H. Ayuntamiento de San Pedro de las Huertas', 'Administración 2024–2027'] },
  metadata: { title: 'Acuerdo de Hermanamiento', author: 'San Pedro de las Huertas', lang: 'es-MX' },
  creationDate: '2026-11-28T12:00:00Z',
  watermark: 'PROYECTO / DRAFT',
};

function measure(name, markdown, options, runnerFile) {
  const argv = prepare(name, markdown, options, runnerFile);
  const statsFile = join(CACHE, `${name}.stats.json`);
  const walls = [];
  const ratios = [];
  const cpus = [];
  const rss = [];
  let failure;
  for (let i = 0; i < runs; i++) {
    const r = runNode([...argv, i === 0 ? statsFile : '']);
    if (r.status !== 0) {
      failure = r.stderr.slice(0, 2000);
      break;
    }
    if (i === 0) continue; // the reporting run renders twice: not timed
    walls.push(r.ms);
    // A bare node right after, so each ratio compares runs under the same load.
    ratios.push(r.ms / runNode(['-e', '0']).ms);
    if (r.cpuMs !== undefined) cpus.push(r.cpuMs);
    if (r.rssMb !== undefined) rss.push(r.rssMb);
  }
  if (failure) return { error: failure };
  const inProcess = JSON.parse(readFileSync(statsFile, 'utf8'));
  return {
    wallMs: Math.round(median(walls)),
    // On a busy machine every figure grows; the ratio to a bare `node -e 0` tells more than wall time.
    ratioToNode: Number(median(ratios).toFixed(2)),
    cpuMs: cpus.length ? Math.round(median(cpus)) : null,
    rssMb: rss.length ? Math.round(median(rss)) : null,
    minWallMs: Math.round(Math.min(...walls)),
    inProcess: {
      importMs: Math.round(inProcess.importMs),
      firstRenderMs: Math.round(inProcess.firstMs),
      secondRenderMs: Math.round(inProcess.secondMs),
    },
    pages: inProcess.pages,
    pdfKb: Math.round(inProcess.bytes / 1024),
    byteIdentical: inProcess.same,
  };
}

const baseline = [];
for (let i = 0; i < runs; i++) baseline.push(runNode(['-e', '0']).ms);
const nodeBaseline = median(baseline);

const result = {
  bench: 'layout',
  runs,
  nodeBaselineMs: Math.round(nodeBaseline),
  agreement: measure('agreement', agreement(), baseOptions),
  agreementDepsBundled: measure('agreement-bundled', agreement(), baseOptions, 'runner-bundled.mjs'),
  targetMs: TARGET_MS,
};

if (cjkFont) {
  const extra = 'Ciudad hermana: 東京都 / Sister city: 東京都.';
  result.cjkFont = {
    file: cjkFont,
    fileKb: Math.round(statSync(cjkFont).size / 1024),
    withFont: measure('agreement-cjk', agreement(extra), { ...baseOptions, fonts: [{ path: resolve(cjkFont) }] }),
  };
}

const wall = result.agreement.wallMs;
result.ok = typeof wall === 'number' && wall <= TARGET_MS;
console.log(JSON.stringify(result, null, 2));
process.exitCode = result.ok ? 0 : 1;
