// Clauses that submit the agreement to courts, arbitration or a jurisdiction, or name a governing
// law other than public international law (Ley sobre la Celebración de Tratados, arts. 2-II, 8 and
// 9): the model settles disputes by direct negotiation. Spanish, English, French and German wording
// (the counterpart's version is equally authentic); a phrase under a negation ("no se someterán a
// ningún tribunal", "shall not be referred to any court") is fine.
import { rememberedByText } from '../workspace/hash.js';

export interface JurisdictionMatch {
  /** The words matched, as written in the text. */
  phrase: string;
  index: number;
}

interface Pattern {
  source: string;
  /**
   * Words (lower case) of which a text must hold one for the expression to match: a text holding none
   * is not searched with it. Each expression's are read off its source (the tests compare the findings
   * with and without them); no anchor begins another, so one scan finds every one a text holds.
   */
  anchors: string[];
  /** Governing-law wording that is fine when the same sentence names international law. */
  internationalOk?: boolean;
  /** Wording (a judge) that submits only in a sentence about disputes or differences. */
  disputes?: boolean;
  /**
   * Wording of acting under a named country's law ("conforme a las leyes de"), which is each Party's
   * own when the sentence goes on to name Mexico's too ("de México y de Canadá").
   */
  mexicoOk?: boolean;
}

// Letters include accents: JavaScript's \b does not, so a word's end is a lookahead, and its start
// is checked on each match (wordBefore): an expression that opens with a lookbehind tries it at
// every position of the text, ≈4× slower over an agreement's articles.
const E = '(?![\\p{L}\\p{N}_])';
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Whether a letter, digit or underscore stands just before `index` (a code point, not half of one). */
function wordBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const unit = text.charCodeAt(index - 1);
  const before = unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? text.codePointAt(index - 2) : unit;
  return WORD_CHAR.test(String.fromCodePoint(before as number));
}
const p = (
  anchors: string[],
  source: string,
  internationalOk = false,
  disputes = false,
  mexicoOk = false,
): Pattern => ({
  source,
  anchors,
  internationalOk,
  disputes,
  mexicoOk,
});

// A law that is each Party's own, or the host country's for visiting staff, is no choice of law.
const OWN_ES = `(?:su|sus|cada|ambas|ambos|(?:el\\s+|la\\s+)?(?:pa[ií]s|parte|estado|ciudad)\\s+(?:receptora?|anfitri\\p{L}*))${E}`;
const OWN_EN = `(?:its|their|each|both|either|the\\s+(?:respective|other)|(?:the\\s+)?(?:host|receiving))${E}`;
const LAW_ES = '(?:leyes|ley|legislaci[oó]n|derecho)';

const SPANISH: Pattern[] = [
  p(['arbitra'], 'arbitra(?:je|jes|l|les)'),
  p(['árbitro', 'arbitro'], 'árbitros?|arbitros?'),
  p(['laudo'], 'laudos?'),
  p(['fuero'], 'fuero'),
  p(['juzgado'], 'juzgados?'),
  p(['somet'], 'somet\\p{L}*\\s+(?:expresamente\\s+)?(?:a|ante)\\s+(?:la\\s+)?(?:jurisdicci[oó]n|competencia)'),
  p(
    ['jurisdicci', 'competencia'],
    '(?:jurisdicci[oó]n|competencia)\\s+(?:exclusiva\\s+)?de\\s+(?:los|las)\\s+(?:tribunales|cortes|jueces)',
  ),
  p(
    ['tribunal'],
    'tribunal(?:es)?\\s+(?:competentes?\\s+|judiciales?\\s+|federales?\\s+|estatales?\\s+|locales?\\s+|ordinarios?\\s+)?(?:de|del|en)\\s+\\p{L}+',
  ),
  p(
    ['tribunal', 'corte'],
    '(?:tribunal(?:es)?|cortes?)\\s+(?:competentes?|judiciales?|federales?|estatales?|locales?|ordinarios?|nacionales?|extranjer[oa]s?)',
  ),
  p(['corte'], 'cortes?\\s+(?:internacional\\s+)?de\\s+(?:arbitraje|justicia)'),
  p(
    ['cámara', 'camara', 'cci', 'cnudmi', 'ciadi', 'uncitral'],
    'c[aá]mara\\s+de\\s+comercio\\s+internacional|CCI|CNUDMI|CIADI|UNCITRAL',
  ),
  p(
    ['regir', 'regid'],
    'reg(?:ir[aá]n?|ido|ida|idos|idas)\\s+(?:e\\s+interpretar[aá]n?\\s+)?(?:por|conforme\\s+a|de\\s+conformidad\\s+con|bajo)\\s+(?:las?\\s+|el\\s+|los\\s+)?(?:leyes|ley|legislaci[oó]n|derecho|normas?)(?!\\s+internacional)',
  ),
  p(['regir'], '(?:leyes|ley|legislaci[oó]n|derecho)\\s+(?:de|del)\\s[^.;:]{1,60}?\\sregir[aá]n?'),
  p(
    ['interpreta'],
    '(?:interpretar[aá]n?|interpretad[oa]s?)\\s+(?:conforme\\s+a|de\\s+conformidad\\s+con|de\\s+acuerdo\\s+con)\\s+(?:las?\\s+)?(?:leyes|ley|legislaci[oó]n)\\s+(?:de|del)',
  ),
  p(['aplicable'], '(?:ley|derecho|legislaci[oó]n)\\s+aplicable\\s+(?:al\\s+presente|a\\s+este|ser[aá])', true),
  p(
    ['aplicar'],
    `aplicar[aá]n?\\s+(?:las?\\s+|los\\s+|el\\s+)?${LAW_ES}\\s+(?:de|del)(?!\\s+${OWN_ES})`,
    false,
    false,
    true,
  ),
  p(
    ['conform', 'según', 'segun'],
    `(?:conforme\\s+a|de\\s+conformidad\\s+con|seg[uú]n)\\s+(?:las?\\s+|los\\s+|el\\s+)?${LAW_ES}\\s+(?:de|del)(?!\\s+${OWN_ES})`,
    false,
    false,
    true,
  ),
  p(
    ['somet'],
    `somet\\p{L}*\\s+(?:expresamente\\s+)?(?:a|ante)\\s+(?:la|las|los|el)\\s+${LAW_ES}(?!\\s+internacional)(?!\\s+(?:de|del|vigente\\s+en)\\s+${OWN_ES})`,
  ),
  p(
    ['juez', 'jueces'],
    '(?:juez|jueces)\\s+(?:competentes?\\s+|federales?\\s+|estatales?\\s+|locales?\\s+|civiles?\\s+)?(?:de|del|en)\\s+\\p{L}+',
    false,
    true,
  ),
];

const ENGLISH: Pattern[] = [
  p(['arbitra'], 'arbitra(?:tion|tions|l|tor|tors|te|ted|ting)'),
  p(['court'], 'courts?\\s+of'),
  p(['court'], '(?:competent|state|federal|national|foreign|local|domestic|provincial|county|municipal)\\s+courts?'),
  p(['court'], 'courts?\\s+(?:located|sitting|situated|having\\s+jurisdiction)'),
  p(['jurisdiction'], 'jurisdiction\\s+of\\s+(?:the\\s+|any\\s+)?(?:\\p{L}+\\s+)?(?:courts?|tribunals?)'),
  p(['jurisdiction'], '(?:exclusive|non-exclusive|nonexclusive)\\s+jurisdiction'),
  p(['jurisdiction'], '(?:shall|will)\\s+have\\s+(?:\\p{L}+\\s+)?jurisdiction'),
  p(
    ['submit'],
    'submit\\p{L}*\\s+(?:itself\\s+|themselves\\s+|irrevocably\\s+)?to\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:jurisdiction|courts?|tribunals?)',
  ),
  p(
    ['govern'],
    'governed\\s+by\\s+(?:and\\s+(?:construed|interpreted)\\s+in\\s+accordance\\s+with\\s+)?(?:the\\s+)?(?:laws?|legislation|statutes)\\s+of',
  ),
  p(
    ['construed', 'interpreted'],
    '(?:construed|interpreted)\\s+(?:in\\s+accordance\\s+with|under)\\s+(?:the\\s+)?laws?\\s+of',
  ),
  p(['govern'], 'laws?\\s+of\\s[^.;:]{1,60}?\\sshall\\s+govern'),
  p(['govern'], 'governing\\s+law', true),
  p(['applicable'], 'applicable\\s+law\\s+(?:shall|will)\\s+be', true),
  p(['choice'], 'choice\\s+of\\s+(?:law|forum)'),
  p(['venue'], '(?:exclusive|proper|sole)\\s+venue'),
  p(['venue'], 'venue\\s+(?:for|of)\\s+(?:any\\s+)?(?:actions?|suits?|proceedings?|litigation|disputes?|claims?)'),
  p(['venue'], 'venue\\s+(?:shall|will)\\s+(?:be|lie)\\s+(?:exclusively\\s+)?in'),
  p(
    ['brought', 'filed', 'commenced', 'instituted'],
    '(?:proceedings?|actions?|suits?|claims?)\\s+(?:\\p{L}+\\s+){0,6}?(?:shall|must|will)\\s+be\\s+(?:brought|filed|commenced|instituted)\\s+(?:exclusively\\s+)?(?:in|before)',
  ),
  p(['apply'], `laws?\\s+of\\s(?!${OWN_EN})[^.;:]{1,60}?\\s(?:shall|will)\\s+apply`, false, false, true),
  p(
    ['accordance', 'pursuant'],
    `(?:in\\s+accordance\\s+with|pursuant\\s+to)\\s+(?:the\\s+)?laws?\\s+of(?!\\s+${OWN_EN})`,
    false,
    false,
    true,
  ),
  p(
    ['submit', 'subject'],
    `(?:submit\\p{L}*|subject(?:ed)?)\\s+(?:itself\\s+|themselves\\s+|irrevocably\\s+)?to\\s+(?:the\\s+)?(?:(?!${OWN_EN}|(?:domestic|national|internal|applicable|international|public)${E})[\\p{L}-]+\\s+){0,2}?(?:laws?|legislation)(?!(?:\\s+and\\s+regulations)?(?:\\s+(?:in\\s+force|applicable))?\\s+(?:of|in)\\s+${OWN_EN})`,
    true,
    false,
    true,
  ),
  p(['judge'], 'judges?\\s+(?:of|in|at|sitting\\s+in)\\s+\\p{L}+', false, true),
  p(
    ['chamber', 'icc', 'uncitral', 'lcia', 'icsid', 'jams', 'cietac', 'siac'],
    'international\\s+chamber\\s+of\\s+commerce|ICC|UNCITRAL|LCIA|ICSID|JAMS|CIETAC|SIAC',
  ),
];

const FRENCH: Pattern[] = [
  p(['arbitra', 'arbitre'], 'arbitr(?:age|ages|al|ale|ales|aux|e|es)'),
  p(
    ['soum'],
    "soum(?:et|is)\\p{L}*\\s+(?:expressément\\s+|irrévocablement\\s+)?(?:à|au|aux)\\s+(?:la\\s+|les\\s+|l['’]\\s*)?(?:[\\p{L}-]+\\s+){0,2}?(?:juridictions?|compétence|tribuna(?:l|ux)|cours)",
  ),
  p(
    ['juridiction', 'compétence', 'competence'],
    '(?:juridiction|comp[ée]tence)\\s+(?:exclusive\\s+)?(?:des|du)\\s+(?:tribuna(?:l|ux)|cours|juges?)',
  ),
  p(
    ['tribunal', 'tribunaux'],
    "tribuna(?:l|ux)\\s+(?:compétents?\\s+|judiciaires?\\s+|administratifs?\\s+)?(?:de|du|des|d['’]|en)\\s*\\p{L}+",
  ),
  p(
    ['tribunal', 'tribunaux'],
    'tribuna(?:l|ux)\\s+(?:compétents?|judiciaires?|administratifs?|civils?|fédéra(?:l|ux)|nationa(?:l|ux)|loca(?:l|ux)|ordinaires?|étrangers?|français)',
  ),
  p(['arbitra', 'justice'], "cours?\\s+(?:internationale\\s+)?(?:d['’]\\s*arbitrage|de\\s+justice)"),
  p(['attributi'], 'attributi(?:ve|on)\\s+de\\s+(?:juridiction|compétence)'),
  p(['chambre', 'cnudci', 'cirdi'], 'chambre\\s+de\\s+commerce\\s+internationale|CNUDCI|CIRDI'),
  p(
    ['régi'],
    "régi(?:e|s|es|ra|ront)?\\s+(?:et\\s+interprétée?s?\\s+)?(?:par|selon|conformément\\s+(?:au|à\\s+la|aux))\\s+(?:le\\s+|la\\s+|les\\s+|l['’]\\s*)?(?:droit|lois?|législation)(?!\\s+international)",
  ),
  p(
    ['interprét'],
    "interprét\\p{L}*\\s+(?:conformément\\s+(?:au|à\\s+la|aux)|selon\\s+(?:le|la|les))\\s+(?:droit|lois?|législation)\\s+(?:de|du|des|d['’])",
  ),
  p(
    ['applicable'],
    '(?:droit|loi|législation)\\s+applicable\\s+(?:au\\s+présent|à\\s+(?:cet|ce|la\\s+présente)|sera|est)',
    true,
  ),
];

// German courts are mostly compounds (Landgericht, Schiedsgericht): they are named by their parts.
// "gerichtet" (directed) is no court: the word must end after the court's endings.
const GERMAN: Pattern[] = [
  p(['schieds'], 'schieds\\p{L}*'),
  p(['gericht'], 'gerichts(?:stand|stands|standes|barkeit)'),
  p(['gericht'], '(?:land|amts|oberlandes|verwaltungs|bundes|handels|bezirks|ober)gericht(?:e|en|s|es)?'),
  p(['gericht'], 'gericht(?:e|en|s|es)?\\s+(?:der|des|in|im|von|am|zu)'),
  p(
    ['gericht'],
    '(?:zuständig|ordentlich|staatlich|deutsch|ausländisch|örtlich|national|inländisch)\\p{L}{0,3}\\s+gericht(?:e|en|s|es)?',
  ),
  p(
    ['unterw'],
    'unterw[eio]rf\\p{L}*\\s+(?:sich\\s+)?(?:hiermit\\s+|ausdrücklich\\s+|unwiderruflich\\s+)?(?:der|den|dem)\\s+(?:\\p{L}+\\s+){0,2}?(?:gerichtsbarkeit|zuständigkeit|gerichten?)',
  ),
  p(['ausschlie'], 'ausschlie(?:ß|ss)lich\\p{L}*\\s+(?:gerichtsstand|zuständigkeit|gerichtsbarkeit)'),
  p(['handelskammer'], 'internationalen?\\s+handelskammer'),
  p(
    ['unterlieg'],
    'unterlieg\\p{L}*\\s+(?:ausschlie(?:ß|ss)lich\\s+)?(?:dem\\s+|den\\s+)?(?:(?!internationale|völker)\\p{L}+\\s+)?(?:recht|gesetzen)',
  ),
  p(
    ['gilt'],
    'gilt\\s+(?:ausschlie(?:ß|ss)lich\\s+)?(?:das\\s+)?(?:(?!internationales|völker)\\p{L}+es\\s+recht|recht\\s+(?:der|des|von))',
  ),
  p(
    ['auszulegen', 'ausgelegt'],
    '(?:nach|gemäß)\\s+(?:dem\\s+)?(?:(?!internationale|völker)\\p{L}+\\s+)?(?:recht|gesetzen)\\s+(?:\\p{L}+\\s+){0,4}?(?:auszulegen|ausgelegt)|(?:auszulegen|ausgelegt)\\s+(?:nach|gemäß)\\s+(?:dem\\s+)?(?:(?!internationale|völker)\\p{L}+\\s+)?(?:recht|gesetzen)',
  ),
  p(['anwendbar', 'anzuwenden'], '(?:anwendbare|anzuwendende)s?\\s+recht\\s+(?:ist|sind)', true),
];

/** The languages whose wording the expressions cover; a text in another is searched all the same. */
export const SCANNED_LANGUAGES: readonly string[] = ['es', 'en', 'fr', 'de'];

export const PATTERNS: readonly Pattern[] = [...SPANISH, ...ENGLISH, ...FRENCH, ...GERMAN];

type Compiled = Pattern & { re?: RegExp };
let regExps: { patterns: Compiled[]; anchors: RegExp } | undefined;

/** The anchors' expression, built on first use (most commands never search). */
const compiled = () =>
  (regExps ??= {
    patterns: PATTERNS.map((pattern) => ({ ...pattern })),
    anchors: new RegExp([...new Set(PATTERNS.flatMap((p) => p.anchors))].join('|'), 'g'),
  });

/**
 * A pattern's expression, made the first time a text holds one of its anchors: making all ≈70
 * Unicode-aware expressions costs ≈15 ms on each thread, and a workspace's texts need a few.
 */
const expression = (pattern: Compiled): RegExp => (pattern.re ??= new RegExp(`(?:${pattern.source})${E}`, 'giu'));

/** The anchor words a lower-cased text holds: one scan, restarted one past each find so none hides another. */
function anchorsIn(lower: string, anchors: RegExp): Set<string> {
  const found = new Set<string>();
  anchors.lastIndex = 0;
  for (let m = anchors.exec(lower); m !== null; m = anchors.exec(lower)) {
    found.add(m[0]);
    anchors.lastIndex = m.index + 1;
  }
  return found;
}

const NEGATION = new Set([
  // Spanish
  'no',
  'ni',
  'ningún',
  'ningun',
  'ninguna',
  'ninguno',
  'nunca',
  'jamás',
  'jamas',
  'sin',
  'tampoco',
  'excluye',
  'excluyen',
  'excluyendo',
  // English
  'not',
  'no',
  'never',
  'nor',
  'without',
  'neither',
  'cannot',
  'exclude',
  'excludes',
  'excluding',
  'instead',
  // French ("n'est" below)
  'ne',
  'pas',
  'aucun',
  'aucune',
  'sans',
  'jamais',
  'nullement',
  'non',
  'exclut',
  'excluent',
  'excluant',
  // German
  'nicht',
  'kein',
  'keine',
  'keinem',
  'keinen',
  'keiner',
  'keines',
  'ohne',
  'weder',
  'nie',
  'niemals',
  'ausschluss',
]);

/**
 * Words that may stand between a negation and the phrase it negates: articles, prepositions,
 * auxiliaries, verbs of submitting, and the names of courts themselves ("no se someterán a ningún
 * tribunal nacional o extranjero ni a arbitraje"), in the four languages. Any other word ends the negation's reach, so
 * "si no llegan a un acuerdo, se someterá a arbitraje" is still found.
 */
const BRIDGE =
  /^(?:se|a|al|ante|la|las|el|los|lo|de|del|o|u|y|e|otro|otra|otros|otras|algún|alguno|alguna|cualquier|cualquiera|ellas|ellos|somet\p{L}*|podr[aá]n?|deber[aá]n?|ser[aá]n?|recurr\p{L}*|recurso|acud\p{L}*|mediante|tribunal(?:es)?|cortes?|juzgados?|jurisdicci[oó]n(?:es)?|instancias?|nacional(?:es)?|extranjer[oa]s?|judicial(?:es)?|internacional(?:es)?|arbitra(?:je|l)|be|been|shall|will|may|can|could|should|must|to|the|a|an|any|other|or|and|of|either|before|by|for|in|it|them|foreign|national|domestic|international|courts?|tribunals?|jurisdictions?|judicial|arbitration|arbitral|submit\p{L}*|refer\p{L}*|recourse|resort\p{L}*|subject(?:ed)?|brought|taken|party|parties|state|states|[ldsj]['’]|qu['’]|un|une|le|les|du|des|au|aux|à|ou|et|sera|seront|être|été|est|sont|peut|peuvent|pourra|pourront|doit|doivent|devra|devront|soum\p{L}*|port[ée]e?s?|recour\p{L}*|devant|tribuna(?:l|ux)|cours?|juridictions?|instances?|nationa(?:l|le|les|ux)|étrang[eè]re?s?|judiciaires?|internationa(?:l|le|les|ux)|arbitra(?:ge|l|le)|autres?|quelconque|partie|état|états|ils|der|die|das|den|dem|des|ein|eine|einem|einen|einer|eines|sich|wird|werden|sein|kann|können|darf|dürfen|soll|sollen|muss|müssen|oder|und|noch|an|vor|zu|zur|zum|irgendein\p{L}*|andere[rsmn]?|jeweiligen|\p{L}*gericht\p{L}*|schieds\p{L}*|staatlichen?|ordentlichen?|deutschen?|ausländischen?|nationalen?|internationalen?|zuständigkeit|unterw\p{L}*|vorgelegt|angerufen|partei|parteien)$/iu;

const isNegation = (word: string) => NEGATION.has(word.toLowerCase()) || /n['’]t$|^n['’]/i.test(word);

/** Whether a negation reaches the match through bridge words only, within its sentence. */
function negated(text: string, index: number): boolean {
  const start = Math.max(...['.', ';', ':', '\n'].map((c) => text.lastIndexOf(c, index - 1))) + 1;
  const words = text.slice(start, index).match(/[\p{L}\p{N}'’]+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (isNegation(word)) return true;
    if (!BRIDGE.test(word)) return false;
  }
  return false;
}

/** Words of a sentence about disputes, in the four languages. */
const DISPUTES =
  /controversi|diferencia|disputa|litigio|conflicto|reclamaci|dispute|difference|claim|litigation|conflict|différend|litige|streit|meinungsverschiedenheit/iu;

/** Mexico named in the four languages (its adjective too: «Estados Unidos Mexicanos»), not New Mexico. */
const MEXICO = /(?<!nuevo\s|new\s|nouveau-|neu-?)(?:m[eé]xic|mexik|mexiq)/iu;

/** The sentence from `index` to its end. */
function sentenceFrom(text: string, index: number): string {
  const ends = ['.', ';', '\n'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return text.slice(index, ends.length ? Math.min(...ends) : text.length);
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(...['.', ';', '\n'].map((c) => text.lastIndexOf(c, index - 1))) + 1;
  return text.slice(start, index) + sentenceFrom(text, index);
}

/**
 * The first phrase of a text that submits to courts, arbitration or a jurisdiction, or names a
 * governing law other than public international law; undefined when there is none. Every language's
 * patterns apply, whatever the text's language, since clauses get pasted across.
 * `anchors: false` searches with every expression (the tests compare both ways).
 */
export function findForeignJurisdiction(text: string, { anchors = true } = {}): JurisdictionMatch | undefined {
  return anchors ? searchRemembered(text) : search(text, false);
}

/** Each text's search, remembered (workspace/hash.ts rememberedByText). */
const searchRemembered = rememberedByText((text: string) => search(text, true));

function search(text: string, anchors: boolean): JurisdictionMatch | undefined {
  const t = text.normalize('NFC');
  // What the expressions' case-insensitive matching sees: the long s (ſ) folds to s, which
  // toLowerCase leaves alone. A text holding none of an expression's anchors is not searched with it
  // (the search costs ≈0.1 ms a text; a check reads every article in every language).
  const { patterns, anchors: anchorWords } = compiled();
  const present = anchors ? anchorsIn(t.toLowerCase().replaceAll('ſ', 's'), anchorWords) : undefined;
  let best: JurisdictionMatch | undefined;
  for (const pattern of patterns) {
    if (present && !pattern.anchors.some((a) => present.has(a))) continue;
    const re = expression(pattern);
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      const index = m.index;
      if (best && index >= best.index) break;
      // Inside a word: the search goes on from the next character, as a lookbehind's would.
      if (wordBefore(t, index)) {
        re.lastIndex = index + 1;
        continue;
      }
      if (negated(t, index)) continue;
      if (
        pattern.internationalOk &&
        /derecho\s+internacional|international\s+law|droit\s+international|völkerrecht|internationalen?\s+rechts?/iu.test(
          sentenceAround(t, index),
        )
      )
        continue;
      if (pattern.disputes && !DISPUTES.test(sentenceAround(t, index))) continue;
      if (pattern.mexicoOk && MEXICO.test(sentenceFrom(t, index))) continue;
      best = { phrase: m[0].replace(/\s+/g, ' '), index };
      break;
    }
  }
  return best;
}
