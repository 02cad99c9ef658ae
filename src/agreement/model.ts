// The built-in model of the agreement (domain.md, "The agreement"): the SRE's Modelo de Acuerdo de
// Hermanamiento de Amplio Alcance and its one-topic variant, as lists of articles with stable ids,
// in Spanish and English. Texts are templates: `{key}` is filled from the case (placeholders.ts).

export type ModelVariant = 'sister-cities' | 'cooperation';
export const MODEL_VARIANTS: readonly ModelVariant[] = ['sister-cities', 'cooperation'];

/** Text per language: `{ es, en }` in the built-in model. */
export type LangMap = Record<string, string>;

export interface ModelArticle {
  id: string;
  heading: LangMap;
  text: LangMap;
}

export interface AgreementModel {
  variant: ModelVariant;
  languages: string[];
  title: LangMap;
  /** The parties clause, "… en adelante denominados «las Partes»". */
  parties: LangMap;
  recitals: LangMap[];
  /** The line that ends the preamble and opens the articles. */
  preambleEnd: LangMap;
  articles: ModelArticle[];
}

const between = {
  es: 'entre el Municipio de {municipality}, Estado de {state}, de los Estados Unidos Mexicanos, y {counterpartFull}',
  en: 'between the Municipality of {municipality}, State of {state}, United Mexican States, and {counterpartFull}',
};

const TITLES: Record<ModelVariant, LangMap> = {
  'sister-cities': { es: `Acuerdo de Hermanamiento ${between.es}`, en: `Sister-City Agreement ${between.en}` },
  cooperation: {
    es: `Acuerdo de Cooperación en materia de {topic} ${between.es}`,
    en: `Cooperation Agreement on {topic} ${between.en}`,
  },
};

const PARTIES: LangMap = {
  es: 'El Municipio de {municipality}, Estado de {state}, de los Estados Unidos Mexicanos, y {counterpartFull}, en adelante denominados «las Partes»;',
  en: 'The Municipality of {municipality}, State of {state}, United Mexican States, and {counterpartFull}, hereinafter referred to as “the Parties”;',
};

const RECOGNIZING: LangMap = {
  es: 'Reconociendo los lazos de amistad y cooperación entre los Estados Unidos Mexicanos y {countryInText};',
  en: 'Recognizing the bonds of friendship and cooperation between the United Mexican States and {countryInText};',
};
const EXPRESSING: Record<ModelVariant, LangMap> = {
  'sister-cities': {
    es: 'Manifestando su voluntad de fortalecer los vínculos entre sus comunidades y de cooperar en áreas de interés común;',
    en: 'Expressing their will to strengthen the ties between their communities and to cooperate in areas of common interest;',
  },
  cooperation: {
    es: 'Manifestando su interés en cooperar en materia de {topicLower};',
    en: 'Expressing their interest in cooperating on {topicLower};',
  },
};
const CONVINCED: LangMap = {
  es: 'Convencidos de que la cooperación entre gobiernos locales contribuye al desarrollo de sus comunidades y al entendimiento entre sus pueblos;',
  en: 'Convinced that cooperation between local governments contributes to the development of their communities and to understanding between their peoples;',
};

const OBJETO: Record<ModelVariant, LangMap> = {
  'sister-cities': {
    es: 'El presente Acuerdo tiene por objeto establecer una relación de ciudades hermanas entre las Partes y sentar las bases de su cooperación, sobre la base de la igualdad, la reciprocidad y el beneficio mutuo, en el ámbito de sus respectivas competencias.',
    en: 'The purpose of this Agreement is to establish a sister-city relationship between the Parties and to lay the foundations for their cooperation, on the basis of equality, reciprocity and mutual benefit, within the scope of their respective powers.',
  },
  cooperation: {
    es: 'El presente Acuerdo tiene por objeto establecer las bases de la cooperación entre las Partes en materia de {topicLower}, sobre la base de la igualdad, la reciprocidad y el beneficio mutuo, en el ámbito de sus respectivas competencias.',
    en: 'The purpose of this Agreement is to establish the basis for cooperation between the Parties on {topicLower}, on the basis of equality, reciprocity and mutual benefit, within the scope of their respective powers.',
  },
};

/** The articles after Objeto, the same in both variants. */
const COMMON: ModelArticle[] = [
  {
    id: 'areas',
    heading: { es: 'Áreas de cooperación', en: 'Areas of Cooperation' },
    text: {
      es: 'Las Partes cooperarán en las siguientes áreas:\n{areas}',
      en: 'The Parties shall cooperate in the following areas:\n{areas}',
    },
  },
  {
    id: 'modalidades',
    heading: { es: 'Modalidades de cooperación', en: 'Forms of Cooperation' },
    text: {
      es: [
        'Para el cumplimiento del objeto del presente Acuerdo, las Partes podrán llevar a cabo:',
        'a) intercambio de información, documentación y buenas prácticas;',
        'b) intercambio de expertos, funcionarios y delegaciones;',
        'c) seminarios, talleres y otros encuentros;',
        'd) proyectos conjuntos, y',
        'e) cualquier otra modalidad que las Partes acuerden.',
      ].join('\n'),
      en: [
        'To achieve the purpose of this Agreement, the Parties may carry out:',
        'a) exchanges of information, documentation and good practices;',
        'b) exchanges of experts, officials and delegations;',
        'c) seminars, workshops and other meetings;',
        'd) joint projects, and',
        'e) any other form of cooperation that the Parties agree.',
      ].join('\n'),
    },
  },
  {
    id: 'programas-operativos',
    heading: { es: 'Programas Operativos Anuales', en: 'Annual Operational Programs' },
    text: {
      es: [
        'Las Partes ejecutarán las actividades de cooperación mediante Programas Operativos Anuales, en los que se establecerán:',
        'a) los objetivos y las actividades a desarrollar;',
        'b) el calendario de trabajo;',
        'c) las responsabilidades de cada una de las Partes;',
        'd) los recursos humanos, materiales y financieros;',
        'e) los mecanismos de seguimiento y evaluación, y',
        'f) cualquier otra información que se considere relevante.',
        'Las Partes elaborarán el primer Programa Operativo Anual dentro de los sesenta (60) días siguientes a la firma del presente Acuerdo.',
      ].join('\n'),
      en: [
        'The Parties shall carry out the cooperation activities through Annual Operational Programs, which shall set out:',
        'a) the objectives and the activities to be carried out;',
        'b) the work schedule;',
        'c) the responsibilities of each Party;',
        'd) the human, material and financial resources;',
        'e) the follow-up and evaluation mechanisms, and',
        'f) any other information deemed relevant.',
        'The Parties shall draw up the first Annual Operational Program within sixty (60) days of the signature of this Agreement.',
      ].join('\n'),
    },
  },
  {
    id: 'coordinadores',
    heading: { es: 'Coordinadores', en: 'Coordinators' },
    text: {
      es: 'Cada Parte designará un coordinador responsable de la ejecución del presente Acuerdo. Por el Municipio de {municipality}, {liaison}; por {counterpart}, la oficina que designe su Alcalde. Las Partes se comunicarán por escrito cualquier cambio de coordinador.',
      en: 'Each Party shall designate a coordinator responsible for implementing this Agreement. For the Municipality of {municipality}, {liaison}; for {counterpart}, the office designated by its Mayor. The Parties shall notify each other in writing of any change of coordinator.',
    },
  },
  {
    id: 'seguimiento',
    heading: { es: 'Seguimiento y evaluación', en: 'Follow-up and Evaluation' },
    text: {
      es: 'Las Partes se reunirán una vez al año, de forma presencial o virtual, para evaluar los resultados de la cooperación y acordar nuevas orientaciones. Cada Parte informará de los resultados a su cancillería; por la Parte mexicana, a la Secretaría de Relaciones Exteriores.',
      en: 'The Parties shall meet once a year, in person or virtually, to evaluate the results of the cooperation and agree on new directions. Each Party shall report the results to its foreign ministry; for the Mexican Party, to the Ministry of Foreign Affairs of Mexico (SRE).',
    },
  },
  {
    id: 'financiamiento',
    heading: { es: 'Financiamiento', en: 'Funding' },
    text: {
      es: 'Cada Parte sufragará los gastos que le correspondan por su participación en las actividades del presente Acuerdo, con sujeción a la disponibilidad de sus recursos presupuestarios. Las Partes podrán procurar, de común acuerdo, recursos de terceros.',
      en: 'Each Party shall bear the costs of its own participation in the activities under this Agreement, subject to the availability of its budgetary resources. The Parties may jointly seek resources from third parties.',
    },
  },
  {
    id: 'personal',
    heading: { es: 'Personal', en: 'Personnel' },
    text: {
      es: 'El personal que cada Parte designe para la ejecución del presente Acuerdo continuará bajo la dirección y dependencia de la institución a la que pertenezca, por lo que no se creará relación de carácter laboral alguna con la otra Parte, a la que en ningún caso se considerará patrón solidario o sustituto.',
      en: 'Personnel designated by each Party to implement this Agreement shall remain under the direction and authority of the institution to which they belong; no employment relationship shall therefore arise with the other Party, which shall in no case be deemed a joint or substitute employer.',
    },
  },
  {
    id: 'propiedad-intelectual',
    heading: { es: 'Propiedad intelectual', en: 'Intellectual Property' },
    text: {
      es: 'La titularidad de los derechos de propiedad intelectual que resulten de las actividades del presente Acuerdo se determinará de común acuerdo en cada Programa Operativo Anual. Las publicaciones y materiales conjuntos reconocerán la participación de ambas Partes.',
      en: 'Ownership of any intellectual property rights resulting from activities under this Agreement shall be determined by mutual agreement in each Annual Operational Program. Joint publications and materials shall acknowledge the participation of both Parties.',
    },
  },
  {
    id: 'controversias',
    heading: { es: 'Solución de controversias', en: 'Settlement of Disputes' },
    text: {
      es: 'Cualquier diferencia derivada de la interpretación o aplicación del presente Acuerdo será resuelta por las Partes de común acuerdo, mediante negociaciones directas.',
      en: 'Any difference arising from the interpretation or implementation of this Agreement shall be settled by the Parties by mutual agreement through direct negotiations.',
    },
  },
  {
    id: 'modificaciones',
    heading: { es: 'Modificaciones', en: 'Amendments' },
    text: {
      es: 'El presente Acuerdo podrá modificarse por mutuo consentimiento de las Partes, expresado por escrito. Las modificaciones entrarán en vigor en la fecha que las Partes determinen.',
      en: 'This Agreement may be amended by mutual consent of the Parties, expressed in writing. Amendments shall enter into force on the date determined by the Parties.',
    },
  },
  {
    id: 'vigencia',
    heading: { es: 'Entrada en vigor, duración y terminación', en: 'Entry into Force, Duration and Termination' },
    text: {
      es: 'El presente Acuerdo entrará en vigor en la fecha de su firma y {duration}. Cualquiera de las Partes podrá darlo por terminado mediante comunicación escrita dirigida a la otra Parte con {noticeDays} de anticipación. La terminación no afectará la conclusión de las actividades que se encuentren en ejecución, salvo que las Partes acuerden otra cosa.',
      en: 'This Agreement shall enter into force on the date of its signature and {duration}. Either Party may terminate it by written notice to the other Party {noticeDays} in advance. Termination shall not affect the completion of activities under way, unless the Parties agree otherwise.',
    },
  },
];

/** The built-in model of a variant: a fresh copy, so callers may change it. */
export function agreementModel(variant: ModelVariant): AgreementModel {
  const copy = (m: LangMap): LangMap => ({ ...m });
  return {
    variant,
    languages: ['es', 'en'],
    title: copy(TITLES[variant]),
    parties: copy(PARTIES),
    recitals: [copy(RECOGNIZING), copy(EXPRESSING[variant]), copy(CONVINCED)],
    preambleEnd: { es: 'Han acordado lo siguiente:', en: 'Have agreed as follows:' },
    articles: [
      { id: 'objeto', heading: { es: 'Objeto', en: 'Purpose' }, text: copy(OBJETO[variant]) },
      ...COMMON.map((a) => ({ id: a.id, heading: copy(a.heading), text: copy(a.text) })),
    ],
  };
}

/** "ARTÍCULO 3" / "ARTICLE 3" / "Artikel 3"; undefined in a language whose templates must say it. */
export function articleLabel(number: number, lang: string): string | undefined {
  if (lang === 'es') return `ARTÍCULO ${number}`;
  if (lang === 'en') return `ARTICLE ${number}`;
  if (lang === 'de') return `Artikel ${number}`;
  return undefined;
}
