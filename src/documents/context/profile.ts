import { countryName, formatNumber, longDate } from '../../intl.js';
import { administrationOn } from '../../process/administrations.js';
import { signatureDate } from '../../process/steps.js';
import type { CaseBundle, Workspace } from '../../workspace/load.js';
import type { ProfileData, WorkspaceFile } from '../../workspace/schema.js';
import { type CommonContext, escapeMarkdown, label, pick, pickOrNull, plain, raw } from './common.js';
import { areasContext, cityName } from './letter.js';
import type { ProfileContextData } from './schema.js';

export const SECTORS: Record<string, { es: string; en: string }> = {
  business: { es: 'Sector empresarial', en: 'Business' },
  academia: { es: 'Academia', en: 'Academia' },
  'social-club': { es: 'Clubes sociales', en: 'Social clubs' },
  union: { es: 'Sindicatos', en: 'Unions' },
  'migrant-association': { es: 'Asociaciones de migrantes', en: 'Migrant associations' },
  'civil-society': { es: 'Sociedad civil', en: 'Civil society' },
  other: { es: 'Otros', en: 'Other' },
};

export const KINDS: Record<string, { es: string; en: string }> = {
  'sister-cities': { es: 'Hermanamiento', en: 'Sister-city agreement' },
  cooperation: { es: 'Acuerdo de cooperación', en: 'Cooperation agreement' },
};

/**
 * The year and source of the population figure as cited: "2020, INEGI", or the source alone when it
 * names the year ("INEGI, Censo de Población y Vivienda 2020"), not "2020, … 2020".
 */
function populationCitation({ year, source }: { year: number; source?: string }): string {
  if (source === undefined) return String(year);
  return new RegExp(`(?<!\\d)${year}(?!\\d)`).test(source) ? source : `${year}, ${source}`;
}

export function profileContext(
  common: CommonContext,
  ws: Workspace,
  focus: CaseBundle | undefined,
  lang: string,
): ProfileContextData {
  const config = ws.config as WorkspaceFile;
  const p: ProfileData = ws.profile ?? {};
  const file = ws.profileFile;
  const base = file === 'linkage.yaml' ? ['profile'] : [];
  const at = (...path: (string | number)[]) => ({ file, path: [...base, ...path] });
  const list = (key: 'sectors' | 'strengths' | 'potential') => (p[key] ?? []).map((t, i) => pick(t, lang, at(key, i)));
  // A profile for a case is the one that went with its letter: the administration, its plan, the
  // participants and the agreements in force on the letter's date. Undated, it is the profile as it stands.
  const on = common.document.date ?? '9999-12-31';
  const { admin, index } = administrationOn(config, on);
  const adminPath = ['administrations', index, 'pmd'];

  return {
    ...common,
    profile: {
      location: pickOrNull(p.location, lang, at('location')),
      geography: pickOrNull(p.geography, lang, at('geography')),
      population: p.population
        ? {
            total: formatNumber(p.population.total, lang),
            year: String(p.population.year),
            source: plain(p.population.source),
            citation: escapeMarkdown(populationCitation(p.population)),
          }
        : null,
      economy: pickOrNull(p.economy, lang, at('economy')),
      sectors: list('sectors'),
      strengths: list('strengths'),
      potential: list('potential'),
      internationalExperience: pickOrNull(p.internationalExperience, lang, at('internationalExperience')),
      migrantCommunities: (p.migrantCommunities ?? []).map((m, i) => ({
        place: escapeMarkdown(m.place),
        country: escapeMarkdown(countryName(m.country, lang)),
        population: m.population === undefined ? null : formatNumber(m.population, lang),
        description: pickOrNull(m.description, lang, at('migrantCommunities', i, 'description')),
      })),
      keyFigures: (p.keyFigures ?? []).map((f, i) => ({
        label: pick(f.label, lang, at('keyFigures', i, 'label')),
        value: formatNumber(f.value, lang),
        unit: pickOrNull(f.unit, lang, at('keyFigures', i, 'unit')),
        year: f.year === undefined ? null : String(f.year),
        source: plain(f.source),
      })),
      charts: (p.series ?? []).map((s, i) => {
        // Chart data are numbers and labels drawn by the layout, not Markdown: no escaping inside.
        const title = raw(s.title, lang, at('series', i, 'title'));
        const unit = s.unit ? raw(s.unit, lang, at('series', i, 'unit')) : undefined;
        const spec = { type: 'bar', title, ...(unit ? { unit } : {}), locale: lang, points: s.points };
        return { title: escapeMarkdown(title), block: `:::chart\n${JSON.stringify(spec)}\n:::` };
      }),
    },
    priorities: {
      plan: admin.pmd?.title
        ? pick(admin.pmd.title, lang, { file: 'linkage.yaml', path: [...adminPath, 'title'] })
        : null,
      items: (admin.pmd?.priorities ?? []).map((pr, i) => ({
        id: escapeMarkdown(pr.id),
        title: pick(pr.title, lang, { file: 'linkage.yaml', path: [...adminPath, 'priorities', i, 'title'] }),
        strategies: (pr.strategies ?? []).map((s, si) =>
          pick(s, lang, { file: 'linkage.yaml', path: [...adminPath, 'priorities', i, 'strategies', si] }),
        ),
      })),
    },
    participation: (config.participation ?? []).flatMap((pt, i) =>
      pt.since !== undefined && pt.since > on
        ? []
        : [
            {
              name: escapeMarkdown(pt.name),
              sector: escapeMarkdown(label(SECTORS, pt.sector, lang)),
              role: pickOrNull(pt.role, lang, { file: 'linkage.yaml', path: ['participation', i, 'role'] }),
            },
          ],
    ),
    linkages: ws.cases
      .filter((b) => {
        const signed = signatureDate(b.case ?? null);
        return signed !== undefined && signed <= on && !(b.case?.end && b.case.end.date <= on);
      })
      .map((b) => ({
        city: cityName(b, lang),
        country: escapeMarkdown(countryName(b.case?.counterpart.country ?? '', lang)),
        kind: escapeMarkdown(label(KINDS, b.case?.kind ?? '', lang)),
        stage: escapeMarkdown(longDate(signatureDate(b.case ?? null) as string, lang)),
      })),
    focus: focus?.case
      ? {
          city: cityName(focus, lang),
          country: escapeMarkdown(countryName(focus.case.counterpart.country, lang)),
          areas: areasContext(config, focus, lang),
        }
      : null,
  };
}
