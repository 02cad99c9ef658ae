// A signed agreement drawn from the model is written out whole at signature, so that a later change
// to linkage.yaml (a renamed liaison office) does not change the text both Parties signed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agreementModel } from '../../src/agreement/model.js';
import { copyWorkspace, flat, pdfText, runCli, STACK } from '../helpers.js';
import { ENV } from './terminal.js';

const SLUG = 'leamington-ca';
/** The text version the council approved and the SRE reviewed (agreement.yaml `versions`). */
const HASH = '8709bed6973d95c468925bde2ed1c5341c2a807d96d300f2eaa833b332effe5d';
const OLD_AREA = 'es: Dirección de Asuntos Internacionales y Atención al Migrante';
const NEW_AREA = 'es: Dirección General de Asuntos Internacionales';

const file = (root: string, name: string) => join(root, 'cases', SLUG, name);
const read = (root: string, name: string) => readFileSync(file(root, name), 'utf8');

/** The demo with leamington-ca's dictamen come back favourable. */
function favourable(): string {
  const root = copyWorkspace('demo');
  const text = read(root, 'case.yaml');
  const anchor = '        followUpOn: 2026-12-01\n';
  if (!text.includes(anchor)) throw new Error('round 1 not found in the demo');
  writeFileSync(
    file(root, 'case.yaml'),
    text.replace(
      anchor,
      `${anchor}        dictamen:\n          date: 2026-11-10\n          oficio: ASJ/DGCP/1200/2026\n          outcome: favourable\n`,
    ),
  );
  return root;
}

/** The municipality's signature, as `next --answers` takes it. */
function signAnswers(root: string): string {
  const answers = join(root, 'firma.yaml');
  writeFileSync(
    answers,
    `steps:\n  signature:\n    hash: "${HASH}"\n    municipality:\n      place: San Pedro de las Huertas, Guanajuato\n      date: 2026-11-20\n`,
  );
  return answers;
}

/** The same signature written into case.yaml by hand. */
function signByHand(root: string): void {
  const text = read(root, 'case.yaml');
  writeFileSync(
    file(root, 'case.yaml'),
    text.replace(
      '\ncontactLog:\n',
      `\n  signature:\n    hash: "${HASH}"\n    municipality:\n      place: San Pedro de las Huertas, Guanajuato\n      date: 2026-11-20\ncontactLog:\n`,
    ),
  );
}

const renameLiaison = (root: string) => {
  const text = readFileSync(join(root, 'linkage.yaml'), 'utf8');
  expect(text).toContain(OLD_AREA);
  writeFileSync(join(root, 'linkage.yaml'), text.replace(OLD_AREA, NEW_AREA));
};

interface Found {
  file: string;
  path: (string | number)[];
  severity: string;
  id: string;
  hint: string;
}
/** check's findings on the case's agreement text. */
function versionFindings(root: string): { code: number | null; found: Found[] } {
  const r = runCli(['check', '--format', 'json'], { cwd: root, env: ENV });
  const found = (JSON.parse(r.stdout) as { problems: Found[] }).problems.filter(
    (p) => p.file.startsWith(`cases/${SLUG}/`) && p.id.startsWith('rule.agreement-versions'),
  );
  return { code: r.code, found };
}

describe('the signed text of a model-based agreement', () => {
  it('is written out whole when the signature is recorded: same text, same hash, comments kept', () => {
    const root = favourable();
    const before = read(root, 'agreement.yaml');
    expect(parse(before).model).toBe('sister-cities');

    const r = runCli(['next', SLUG, '--answers', signAnswers(root)], { cwd: root, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`El texto firmado quedó completo en cases/${SLUG}/agreement.yaml`);
    expect(r.stdout).toContain(`Guardado: cases/${SLUG}/agreement.yaml`);

    const after = read(root, 'agreement.yaml');
    const frozen = parse(after);
    expect(frozen.model).toBeUndefined();
    // The model's articles, in its order, each with both languages.
    expect(frozen.articles.map((a: { id: string }) => a.id)).toEqual(
      agreementModel('sister-cities').articles.map((a) => a.id),
    );
    for (const a of frozen.articles) expect(Object.keys(a.text)).toEqual(['es', 'en']);
    const coordinators = frozen.articles.find((a: { id: string }) => a.id === 'coordinadores');
    expect(coordinators.text.es).toContain('la Dirección de Asuntos Internacionales y Atención al Migrante');
    // The negotiated article keeps its comment above it, and the versions stay as they were.
    expect(after).toContain(
      '  # Redacción negociada de las áreas (el modelo las toma de case.yaml `areas:`).\n  - id: areas\n',
    );
    expect(frozen.versions).toEqual(parse(before).versions);
    // The comment written for `model:` above the articles is followed by one that says what changed.
    expect(after).toContain(
      '# Texto firmado (2026-11-20), escrito completo por linkage desde el modelo `sister-cities`: ya no lo toma del modelo; cambia sólo por una modificación.\narticles:\n',
    );
    expect(after.startsWith('# yaml-language-server: $schema=../../schemas/agreement.schema.json\n')).toBe(true);

    // check finds the signed text where it was, and the document reads as it did from the model.
    expect(versionFindings(root)).toEqual({ code: 0, found: [] });
    expect(runCli(['generate', 'agreement', SLUG, '--out', 'frozen'], { cwd: root, env: ENV }).code).toBe(0);
    writeFileSync(file(root, 'agreement.yaml'), before);
    expect(runCli(['generate', 'agreement', SLUG, '--out', 'model'], { cwd: root, env: ENV }).code).toBe(0);
    const pdf = `agreement-${SLUG}-es-en.pdf`;
    const text = pdfText(join(root, 'frozen', pdf));
    expect(flat(text)).toContain('Por el Municipio de San Pedro de las Huertas, la Dirección de Asuntos');
    expect(text).toBe(pdfText(join(root, 'model', pdf)));
  });

  it('is written out whole when the answers file records both signatures at once', () => {
    const root = favourable();
    const answers = join(root, 'firmas.yaml');
    writeFileSync(
      answers,
      `${readFileSync(signAnswers(root), 'utf8')}    counterpart:\n      place: { es: "Leamington, Ontario", en: "Leamington, Ontario" }\n      date: 2026-11-25\n`,
    );
    const r = runCli(['next', SLUG, '--answers', answers], { cwd: root, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`El texto firmado quedó completo en cases/${SLUG}/agreement.yaml`);
    expect(parse(read(root, 'agreement.yaml')).model).toBeUndefined();
    expect(versionFindings(root)).toEqual({ code: 0, found: [] });
  });

  it('stays as signed when linkage.yaml changes afterwards; drawn from the model, it would not', () => {
    const frozen = favourable();
    expect(runCli(['next', SLUG, '--answers', signAnswers(frozen)], { cwd: frozen, env: ENV }).code).toBe(0);
    renameLiaison(frozen);
    expect(versionFindings(frozen)).toEqual({ code: 0, found: [] });
    expect(read(frozen, 'agreement.yaml')).not.toContain('Dirección General de Asuntos Internacionales');

    // Signed by hand and never written out: the rename changes the signed text.
    const live = favourable();
    signByHand(live);
    renameLiaison(live);
    const { found } = versionFindings(live);
    expect(found.map((f) => [f.id, f.severity, f.path.join('.')])).toEqual([
      ['rule.agreement-versions.signed', 'warning', 'versions.0.hash'],
      ['rule.agreement-versions.model-signed', 'warning', 'model'],
    ]);
  });

  it('signed by hand, check names the command that writes it out, and that command does', () => {
    const root = favourable();
    signByHand(root);
    const { code, found } = versionFindings(root);
    expect(code).toBe(0);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'rule.agreement-versions.model-signed', severity: 'warning' });
    expect(found[0]?.hint).toContain(`\`linkage next ${SLUG} --step signature\``);

    const r = runCli(['next', SLUG, '--step', 'signature', '--yes'], { cwd: root, env: ENV });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('El texto firmado quedó completo');
    expect(parse(read(root, 'agreement.yaml')).model).toBeUndefined();
    expect(versionFindings(root)).toEqual({ code: 0, found: [] });
  });

  it('is not written out when the model now gives another text: it says so and leaves the file', () => {
    const root = favourable();
    signByHand(root);
    renameLiaison(root);
    const before = read(root, 'agreement.yaml');
    const r = runCli(['next', SLUG, '--step', 'signature', '--yes'], { cwd: root, env: ENV });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(STACK);
    const said = r.stdout.replace(/\s+/g, ' ');
    expect(said).toMatch(
      /El texto que hoy resulta del modelo \(hash [0-9a-f]{12}…\) no es el firmado \(([0-9a-f]{12})…\)/,
    );
    expect(said).toContain(`no es el firmado (${HASH.slice(0, 12)}…)`);
    expect(said.split('no es el firmado')).toHaveLength(2);
    expect(said).toContain(`\`linkage next ${SLUG} --step signature\``);
    expect(said).not.toContain('El texto firmado quedó completo');
    expect(read(root, 'agreement.yaml')).toBe(before);
  });
});
