import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveAgreement } from '../../src/agreement/effective.js';
import { findForeignJurisdiction, PATTERNS } from '../../src/agreement/jurisdiction.js';
import { agreementModel } from '../../src/agreement/model.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO } from '../helpers.js';

/** Each clause, and the phrase the finding quotes. */
const SPANISH_FLAGGED: [string, string][] = [
  // Mexico's name earlier in the sentence, or New Mexico's, makes no law each Party's own.
  [
    'El Municipio de San Pedro, de los Estados Unidos Mexicanos, resolverá toda controversia conforme a las leyes de Canadá.',
    'conforme a las leyes de',
  ],
  ['Cualquier controversia será resuelta conforme a las leyes del Estado de Nuevo México.', 'conforme a las leyes del'],
  [
    'Para la interpretación y cumplimiento del presente Acuerdo, las Partes se someten a la jurisdicción de los tribunales de la ciudad de Chicago.',
    'someten a la jurisdicción',
  ],
  [
    'Cualquier controversia que no pueda resolverse mediante negociaciones directas se someterá a arbitraje conforme a las leyes del Estado de Victoria.',
    'arbitraje',
  ],
  ['El laudo será definitivo y obligatorio para ambas Partes.', 'laudo'],
  [
    'Las controversias se resolverán conforme al Reglamento de Arbitraje de la Cámara de Comercio Internacional.',
    'Arbitraje',
  ],
  ['El presente Acuerdo se regirá por las leyes de la Provincia de Ontario.', 'regirá por las leyes'],
  ['Las Partes renuncian a cualquier otro fuero que pudiera corresponderles por razón de su domicilio.', 'fuero'],
  ['Serán competentes los tribunales federales de los Estados Unidos de América.', 'tribunales federales de los'],
  ['Si no llegan a un acuerdo, la controversia será resuelta por un árbitro único.', 'árbitro'],
  [
    'Las leyes del Estado de Illinois regirán la interpretación de este Acuerdo.',
    'leyes del Estado de Illinois regirán',
  ],
  [
    'El presente Acuerdo será interpretado de conformidad con la legislación de la República Federal de Alemania.',
    'interpretado de conformidad con la legislación de',
  ],
  ['La ley aplicable al presente Acuerdo será la del Japón.', 'ley aplicable al presente'],
  ['Conocerán de cualquier disputa los juzgados de primera instancia de Gießen.', 'juzgados'],
  ['Las diferencias se someterán a la CNUDMI.', 'CNUDMI'],
  ['Se aplicará la legislación de la Provincia de Ontario.', 'aplicará la legislación de'],
  ['Cualquier controversia será resuelta conforme a las leyes de Canadá.', 'conforme a las leyes de'],
  ['Las diferencias se llevarán ante un juez de Ontario.', 'juez de Ontario'],
  [
    'Las controversias serán resueltas por los jueces competentes de Windsor, Ontario.',
    'jueces competentes de Windsor',
  ],
  ['Las Partes se someten a la legislación canadiense.', 'someten a la legislación'],
];

const ENGLISH_FLAGGED: [string, string][] = [
  [
    'The courts of Ontario shall have exclusive jurisdiction over any dispute arising from this Agreement.',
    'courts of',
  ],
  ['Any dispute that cannot be settled through direct negotiations shall be submitted to arbitration.', 'arbitration'],
  ['This Agreement shall be governed by the laws of the State of Illinois.', 'governed by the laws of'],
  [
    'This Agreement shall be governed by and construed in accordance with the laws of England and Wales.',
    'governed by and construed in accordance with the laws of',
  ],
  ['The Parties irrevocably submit to the jurisdiction of the courts of Victoria.', 'submit to the jurisdiction'],
  ['Venue for any action arising under this Agreement shall lie in Cook County, Illinois.', 'Venue for any action'],
  ['Disputes shall be finally settled under the Rules of Arbitration of the ICC.', 'Arbitration'],
  ['Any claim shall be resolved under the UNCITRAL Rules.', 'UNCITRAL'],
  ['If the Parties fail to agree, the matter shall be referred to an arbitral tribunal.', 'arbitral'],
  ['The state courts of Texas will have jurisdiction.', 'state courts'],
  ['Governing law: the laws of New South Wales.', 'Governing law'],
  [
    'The laws of the Commonwealth of Massachusetts shall govern this Agreement.',
    'laws of the Commonwealth of Massachusetts shall govern',
  ],
  [
    'Any legal proceedings relating to this Agreement shall be brought exclusively in Toronto.',
    'proceedings relating to this Agreement shall be brought exclusively in',
  ],
  [
    'The Parties submit to the non-exclusive jurisdiction of the High Court.',
    'submit to the non-exclusive jurisdiction',
  ],
  ['Disputes shall be referred to the International Chamber of Commerce.', 'International Chamber of Commerce'],
  ['The laws of the Province of Ontario shall apply.', 'laws of the Province of Ontario shall apply'],
  ['Any dispute shall be resolved in accordance with the laws of Canada.', 'in accordance with the laws of'],
  ['Disputes shall be heard by a judge in Ontario.', 'judge in Ontario'],
  ['The Parties submit to Canadian law.', 'submit to Canadian law'],
  ['This Agreement is subject to Ontario law.', 'subject to Ontario law'],
];

const FRENCH_FLAGGED: [string, string][] = [
  ["Tout différend sera soumis à l'arbitrage de la Chambre de commerce internationale.", 'arbitrage'],
  ['Les Parties se soumettent à la compétence exclusive des tribunaux de Lyon.', 'soumettent à la compétence'],
  ['Les tribunaux compétents de Lyon connaîtront de tout litige.', 'tribunaux compétents de Lyon'],
  ['Le litige relève de la juridiction des tribunaux français.', 'juridiction des tribunaux'],
  ['La sentence arbitrale sera définitive.', 'arbitrale'],
  ['Les différends seront portés devant la Cour internationale de justice.', 'Cour internationale de justice'],
  ['Le présent Accord est régi par le droit français.', 'régi par le droit'],
  [
    "Le présent Accord sera interprété conformément à la loi de l'État du Québec.",
    'interprété conformément à la loi de',
  ],
  ['La loi applicable au présent Accord est la loi française.', 'loi applicable au présent'],
  ['Toute clause attributive de juridiction est réputée écrite.', 'attributive de juridiction'],
  ['Les différends seront réglés selon le règlement de la CNUDCI.', 'CNUDCI'],
  ["Si les Parties ne parviennent pas à un accord, le différend sera soumis à l'arbitrage.", 'arbitrage'],
];

const GERMAN_FLAGGED: [string, string][] = [
  ['Streitigkeiten werden durch ein Schiedsgericht endgültig entschieden.', 'Schiedsgericht'],
  ['Ausschließlicher Gerichtsstand ist Gießen.', 'Ausschließlicher Gerichtsstand'],
  ['Für alle Streitigkeiten ist das Landgericht Gießen zuständig.', 'Landgericht'],
  ['Zuständig sind die Gerichte der Stadt Gießen.', 'Gerichte der'],
  ['Zuständig sind ausschließlich die ordentlichen Gerichte.', 'ordentlichen Gerichte'],
  ['Die Parteien unterwerfen sich der Zuständigkeit der hessischen Gerichte.', 'unterwerfen sich der Zuständigkeit'],
  ['Diese Vereinbarung unterliegt dem Recht der Bundesrepublik Deutschland.', 'unterliegt dem Recht'],
  ['Für diese Vereinbarung gilt deutsches Recht.', 'gilt deutsches Recht'],
  ['Die Vereinbarung ist nach deutschem Recht auszulegen.', 'nach deutschem Recht auszulegen'],
  ['Anwendbares Recht ist das Recht des Landes Hessen.', 'Anwendbares Recht ist'],
  ['Streitigkeiten werden der Internationalen Handelskammer vorgelegt.', 'Internationalen Handelskammer'],
];

const NOT_FLAGGED: string[] = [
  // The model's own dispute clause, and the whole model in both variants (checked below).
  'Cualquier diferencia derivada de la interpretación o aplicación del presente Acuerdo será resuelta por las Partes de común acuerdo, mediante negociaciones directas.',
  'Las controversias se resolverán mediante negociaciones directas entre las Partes y no se someterán a ningún tribunal nacional o extranjero ni a arbitraje.',
  'Las Partes resolverán sus diferencias sin someterse a la jurisdicción de tribunales extranjeros.',
  'El presente Acuerdo se regirá por el derecho internacional público.',
  'Cada Parte actuará en el ámbito de sus respectivas jurisdicciones y de conformidad con la legislación aplicable de cada Parte.',
  // Each Party's own law, the host country's law for visiting staff, and judges that are no court.
  'Las Partes cooperarán de conformidad con las leyes de sus respectivos países.',
  'El personal de cada Parte se someterá a la legislación del país receptor durante su estancia.',
  'Se aplicará la legislación de cada Parte a su propio personal.',
  'Las Partes organizarán un concurso de pintura con jueces de ambas ciudades.',
  'Each Party shall act in accordance with the laws of its own country.',
  'Visiting personnel shall be subject to the laws of the host country.',
  'The laws of each Party shall apply to its own personnel.',
  'Each Party shall act subject to its domestic law.',
  'The judges of the youth art contest shall come from both cities.',
  'Any difference shall be settled by direct negotiations and shall not be referred to any court, tribunal or arbitration.',
  'This Agreement shall be governed by public international law.',
  'The governing law of this Agreement is public international law.',
  'The Parties shall settle their differences amicably, without recourse to arbitration or to the courts of either Party.',
  'The venue of the annual meeting shall alternate between the two cities.',
  'The Parties may create awards for outstanding students in each city.',
  'Never foreign courts: differences are settled by negotiation.',
  'Les Parties règleront leurs différends par la négociation directe.',
  'Tout différend sera réglé à l’amiable, par voie de négociation directe entre les Parties.',
  "Les différends seront réglés par règlement à l'amiable et ne seront soumis à aucun tribunal national ou étranger ni à l'arbitrage.",
  'Les Parties règlent leurs différends sans recours à un tribunal ou à l’arbitrage.',
  'Le présent Accord est régi par le droit international public.',
  'Chaque Partie agit conformément à la législation applicable de chaque Partie, dans le cadre de ses compétences.',
  'Meinungsverschiedenheiten über die Auslegung oder Anwendung dieser Vereinbarung legen die Parteien einvernehmlich durch unmittelbare Verhandlungen bei.',
  'Meinungsverschiedenheiten werden weder einem staatlichen Gericht noch einem Schiedsgericht vorgelegt.',
  'Die Parteien arbeiten mit Bildungseinrichtungen, Kammern und Unternehmen zusammen, am Bedarf der Unternehmen ausgerichtet.',
  'Diese Vereinbarung unterliegt dem Völkerrecht.',
  'Diese Vereinbarung tritt mit ihrer Unterzeichnung in Kraft und gilt für fünf (5) Jahre.',
  // Both Parties' laws named, and each country's laws in force: each Party's own law (ac8a8e6 took them).
  'Este Acuerdo se ejecutará conforme a las leyes de los Estados Unidos Mexicanos y de la República Federal de Alemania.',
  'Las Partes aplicarán las leyes de Canadá y de México a sus respectivos programas.',
  'The Parties shall cooperate in accordance with the laws of Mexico and Canada.',
  'The laws of Canada and Mexico shall apply to the personnel of each Party.',
  'Activities shall be subject to the laws and regulations in force in each country.',
  'Exchanges are subject to the legislation applicable in each country.',
];

describe('findForeignJurisdiction', () => {
  it.each(SPANISH_FLAGGED)('flags Spanish wording: %s', (text, phrase) => {
    expect(findForeignJurisdiction(text)?.phrase).toBe(phrase);
  });

  it.each(ENGLISH_FLAGGED)('flags English wording: %s', (text, phrase) => {
    expect(findForeignJurisdiction(text)?.phrase).toBe(phrase);
  });

  it.each(FRENCH_FLAGGED)('flags French wording: %s', (text, phrase) => {
    expect(findForeignJurisdiction(text)?.phrase).toBe(phrase);
  });

  it.each(GERMAN_FLAGGED)('flags German wording: %s', (text, phrase) => {
    expect(findForeignJurisdiction(text)?.phrase).toBe(phrase);
  });

  it.each(NOT_FLAGGED)('leaves alone: %s', (text) => {
    expect(findForeignJurisdiction(text)).toBeUndefined();
  });

  it('takes a phrase at the start of a word only, and goes on to one further along', () => {
    // «sub-arbitraje» glued into one word, and an astral letter (𝐀, U+1D400) before «arbitraje».
    expect(findForeignJurisdiction('Un subarbitraje interno de la Comisión.')).toBeUndefined();
    expect(findForeignJurisdiction('Nota 𝐀arbitraje.')).toBeUndefined();
    expect(findForeignJurisdiction('Sin subarbitraje previo, toda controversia irá a arbitraje.')?.phrase).toBe(
      'arbitraje',
    );
    expect(findForeignJurisdiction('«arbitraje» entre las Partes.')?.phrase).toBe('arbitraje');
  });

  it('leaves alone every article of both models, in both languages', () => {
    for (const variant of ['sister-cities', 'cooperation'] as const) {
      for (const a of agreementModel(variant).articles) {
        for (const text of Object.values(a.text))
          expect(findForeignJurisdiction(text), `${a.id}: ${text}`).toBeUndefined();
      }
    }
  });

  it('leaves alone every article of the demo’s German agreement (giessen-de), in its three languages', () => {
    const demo = loadWorkspace(REPO, { cache: false });
    const bundle = demo.cases.find((c) => c.slug === 'giessen-de');
    const eff = effectiveAgreement(demo.config, bundle as NonNullable<typeof bundle>);
    expect(eff.articles.filter((a) => a.text.de).length).toBe(eff.articles.length);
    for (const a of eff.articles) {
      for (const text of Object.values(a.text))
        expect(findForeignJurisdiction(text), `${a.id}: ${text}`).toBeUndefined();
    }
  });

  it('has anchor words in lower case, none the beginning of another (one scan finds them all)', () => {
    const anchors = [...new Set(PATTERNS.flatMap((p) => p.anchors))];
    for (const a of anchors) {
      expect(a).toBe(a.toLowerCase());
      for (const b of anchors) if (a !== b) expect(b.startsWith(a), `${a} begins ${b}`).toBe(false);
    }
  });

  it('finds the same with and without its anchor words, whatever the case and the mix of clauses', () => {
    const clauses = [
      ...[...SPANISH_FLAGGED, ...ENGLISH_FLAGGED, ...FRENCH_FLAGGED, ...GERMAN_FLAGGED].map(([t]) => t),
      ...NOT_FLAGGED,
    ];
    const words = clauses.flatMap((c) => c.split(/\s+/));
    // Upper case, title case, the long s and the Kelvin sign (both fold to ASCII letters under /iu).
    const recase = (text: string, how: number) =>
      how === 0
        ? text
        : how === 1
          ? text.toUpperCase()
          : how === 2
            ? text.replace(/s/g, 'ſ')
            : how === 3
              ? text.replace(/k/g, '\u212A')
              : text.replace(/\p{L}+/gu, (w) => w[0]?.toUpperCase() + w.slice(1));
    const text = fc.tuple(
      fc.array(fc.oneof(fc.constantFrom(...clauses), fc.constantFrom(...words)), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 4 }),
    );
    let found = 0;
    fc.assert(
      fc.property(text, ([parts, how]) => {
        const t = recase(parts.join(' '), how);
        const full = findForeignJurisdiction(t, { anchors: false });
        if (full) found++;
        expect(findForeignJurisdiction(t)).toEqual(full);
      }),
      { seed: 20261128, numRuns: 1000 },
    );
    // The texts are not all clean or all flagged: both ways were compared.
    expect(found).toBeGreaterThan(100);
    expect(found).toBeLessThan(1000);
  });

  it('reports the earliest phrase of a text', () => {
    expect(
      findForeignJurisdiction('El laudo arbitral será obligatorio y la ley aplicable será la de Ontario.')?.phrase,
    ).toBe('laudo');
  });
});
