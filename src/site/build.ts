// The public site as a list of files (path → bytes), built from the workspace without its private
// fields. Pure: no clock, no file system; the same workspace and "today" give the same bytes.
//
// What is public: agreements signed by both parties and not ended (in force), and agreements the
// council has approved in session but not yet signed (in progress; a council session is a public
// act). Cases still being negotiated, declined or withdrawn, and ended agreements are left out, and so
// are Annual Operational Programs not yet approved by the Parties.
import { withoutPrivate } from '../commands/review.js';
import { countryName, dateRange, formatMoney, longDate } from '../intl.js';
import { budgetKey, budgetKeyParts, budgetSums } from '../process/aop.js';
import { deriveCaseStatus, deriveWorkspace } from '../process/status.js';
import { clearingDictamen, signatureDate } from '../process/steps.js';
import { t, type UiLang } from '../ui/i18n.js';
import type { Workspace } from '../workspace/load.js';
import type { AgreementFile, AopFile, CaseFile, LangTextValue, WorkspaceFile } from '../workspace/schema.js';
import { SECTORS } from '../workspace/sectors.js';
import { type IndicatorRow, indicatorFigure } from './chart.js';
import { esc, href, inLang, label, page, type Shell, text } from './html.js';
import { SITE_CSS } from './style.js';

export const SITE_MARKER = '.linkage-site';
const CSS_PATH = 'assets/site.css';

/** Where each language's pages live: Spanish at the root, so the entry is `index.html`. */
const PATHS: Record<UiLang, { home: string; participate: string; cases: string }> = {
  es: { home: 'index.html', participate: 'participa.html', cases: 'acuerdos' },
  en: { home: 'en/index.html', participate: 'en/take-part.html', cases: 'en/agreements' },
};

export interface CoatImage {
  data: Uint8Array;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

interface Partner {
  slug: string;
  c: CaseFile;
  agreement: AgreementFile | null;
  aops: { year: number; data: AopFile }[];
  state: 'in-force' | 'in-progress';
  signed?: string;
  /** A termination notified and not yet in effect: the day it ends, and the notice's date. */
  ending?: { date: string; notice?: string };
}

export interface SitePlan {
  files: { path: string; data: string | Uint8Array }[];
  langs: UiLang[];
  pages: number;
  inForce: string[];
  inProgress: string[];
  notPublic: number;
  invalidCases: string[];
  invalidAops: string[];
}

interface Site {
  config: WorkspaceFile;
  langs: UiLang[];
  partners: Partner[];
  priorities: Map<string, LangTextValue>;
  today: string;
  coat?: { path: string; width: number; height: number };
}

export function buildSite(ws: Workspace, today: string, coat?: CoatImage): SitePlan {
  const config = withoutPrivate(ws.config, 'workspace') as WorkspaceFile;
  const shared = deriveWorkspace(ws, today);
  const partners: Partner[] = [];
  const invalidCases: string[] = [];
  const invalidAops: string[] = [];
  let notPublic = 0;
  for (const bundle of ws.cases) {
    if (!bundle.case) {
      invalidCases.push(bundle.slug);
      continue;
    }
    const status = deriveCaseStatus(ws, bundle, today, shared);
    const signed = signatureDate(bundle.case);
    const inForce = !status.closed && signed !== undefined && signed <= today;
    const approved = status.steps.find((s) => s.id === 'council')?.state === 'done';
    if (!inForce && (status.closed || !approved)) {
      notPublic++;
      continue;
    }
    for (const a of bundle.aops) if (!a.data) invalidAops.push(a.file);
    partners.push({
      slug: bundle.slug,
      c: withoutPrivate(bundle.case, 'case') as CaseFile,
      agreement: bundle.agreement ? (withoutPrivate(bundle.agreement, 'agreement') as AgreementFile) : null,
      // A program the Parties have not approved yet is still being negotiated, as an agreement before
      // its council session: not published.
      aops: bundle.aops
        .flatMap((a) =>
          a.data?.approved !== undefined && a.data.approved <= today
            ? [{ year: a.year, data: withoutPrivate(a.data, 'aop') as AopFile }]
            : [],
        )
        .sort((a, b) => b.year - a.year),
      state: inForce ? 'in-force' : 'in-progress',
      ...(inForce ? { signed } : {}),
      ...(inForce && status.ending ? { ending: status.ending } : {}),
    });
  }

  const priorities = new Map<string, LangTextValue>();
  for (const admin of config.administrations)
    for (const p of admin.pmd?.priorities ?? []) if (!priorities.has(p.id)) priorities.set(p.id, p.title);
  const langs: UiLang[] = config.settings?.languages?.includes('en') ? ['es', 'en'] : ['es'];
  const coatPath = coat ? `assets/escudo.${coat.format === 'png' ? 'png' : 'jpg'}` : undefined;
  const site: Site = {
    config,
    langs,
    partners,
    priorities,
    today,
    ...(coat && coatPath ? { coat: { path: coatPath, width: coat.width, height: coat.height } } : {}),
  };

  const files: SitePlan['files'] = [
    { path: SITE_MARKER, data: 'linkage publish\n' },
    { path: CSS_PATH, data: SITE_CSS },
  ];
  if (coat && coatPath) files.push({ path: coatPath, data: coat.data });
  let pages = 0;
  for (const lang of langs) {
    const sorted = sortPartners(partners, lang);
    files.push({ path: PATHS[lang].home, data: homePage(site, lang, sorted) });
    files.push({ path: PATHS[lang].participate, data: participatePage(site, lang) });
    pages += 2;
    for (const p of sorted) {
      if (p.state !== 'in-force') continue;
      files.push({ path: casePath(lang, p.slug), data: casePage(site, lang, p) });
      pages++;
    }
  }
  return {
    files,
    langs,
    pages,
    inForce: partners.filter((p) => p.state === 'in-force').map((p) => p.slug),
    inProgress: partners.filter((p) => p.state === 'in-progress').map((p) => p.slug),
    notPublic,
    invalidCases,
    invalidAops,
  };
}

const casePath = (lang: UiLang, slug: string) => `${PATHS[lang].cases}/${slug}.html`;

const collators = new Map<UiLang, Intl.Collator>();
function collator(lang: UiLang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'es' ? 'es-MX' : 'en-US', { sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}

const cityOf = (p: Partner, lang: UiLang) => inLang(p.c.counterpart.city, lang)[1];

function sortPartners(partners: Partner[], lang: UiLang): Partner[] {
  const by = collator(lang);
  return [...partners].sort((a, b) => by.compare(cityOf(a, lang), cityOf(b, lang)) || (a.slug < b.slug ? -1 : 1));
}

function shell(
  site: Site,
  lang: UiLang,
  path: string,
  current: Shell['current'],
  title: string,
  description: string,
  body: string,
  alternate?: (l: UiLang) => string,
): string {
  const other = site.langs.find((l) => l !== lang);
  const motto = site.config.settings?.letterhead?.motto;
  return page({
    lang,
    path,
    title,
    description,
    ...(other && alternate ? { alternate: { lang: other, path: alternate(other) } } : {}),
    home: PATHS[lang].home,
    participate: PATHS[lang].participate,
    current,
    municipality: site.config.municipality.name,
    motto: motto ? text(motto, lang) : '',
    ...(site.coat ? { coat: site.coat } : {}),
    updated: longDate(site.today, lang),
    css: CSS_PATH,
    body,
  });
}

// ── Pieces ──────────────────────────────────────────────────────────────────────────────────────

function where(c: CaseFile, lang: UiLang): string {
  const country = esc(countryName(c.counterpart.country, lang));
  return c.counterpart.region ? `${text(c.counterpart.region, lang)}, ${country}` : country;
}

/** "Sister cities"; "Cooperation agreement on {topic}", as the agreement's title names it (not the prompt's choice). */
function kindLine(c: CaseFile, lang: UiLang): string {
  return c.kind === 'cooperation' && c.topic
    ? `${label(lang, 'site.kind.on-topic')} ${text(c.topic, lang)}`
    : label(lang, `enum.kind.${c.kind}`);
}

function areaList(site: Site, c: CaseFile, lang: UiLang, withPriority: boolean): string {
  const items = (c.areas ?? []).map((a) => {
    const priority = site.priorities.get(a.priority);
    const pmd =
      withPriority && priority
        ? ` <span class="pmd">${sentence(lang, 'site.case.priority', {}, { priority: text(priority, lang) })}</span>`
        : '';
    return `<li>${text(a.title, lang)}${pmd}</li>`;
  });
  return items.length > 0 ? `<ul class="areas">${items.join('')}</ul>` : '';
}

/** A catalog sentence with one HTML piece (a language-marked text) in place of `{name}`. */
function sentence(lang: UiLang, id: string, params: Record<string, string>, html: Record<string, string>): string {
  const marks = Object.fromEntries(Object.keys(html).map((k, i) => [k, `\u0000${i}\u0000`]));
  let out = esc(t(lang, id, { ...params, ...marks }));
  Object.values(html).forEach((h, i) => {
    out = out.replace(`\u0000${i}\u0000`, h);
  });
  return out;
}

/** "termination notified on {notice}: it ends on {date}", as a phrase (`site.ending`) or a sentence (`site.case.ending`). */
function endingLine(p: Partner, lang: UiLang, id: 'site.ending' | 'site.case.ending'): string {
  if (!p.ending) return '';
  const end = { date: longDate(p.ending.date, lang) };
  return p.ending.notice
    ? label(lang, `${id}.notice`, { ...end, notice: longDate(p.ending.notice, lang) })
    : label(lang, id, end);
}

function contactList(
  lang: UiLang,
  office: { email?: string; phone?: string; address?: string; web?: string } | undefined,
): string {
  if (!office) return '';
  const rows = (['email', 'phone', 'address', 'web'] as const)
    .filter((k) => office[k] !== undefined)
    .map((k) => `<dt>${label(lang, `site.contact.${k}`)}</dt><dd>${esc(office[k] as string)}</dd>`);
  return rows.length > 0 ? `<dl class="contact">${rows.join('')}</dl>` : '';
}

// ── Home ────────────────────────────────────────────────────────────────────────────────────────

function homePage(site: Site, lang: UiLang, partners: Partner[]): string {
  const path = PATHS[lang].home;
  const m = site.config.municipality;
  const inForce = partners.filter((p) => p.state === 'in-force');
  const inProgress = partners.filter((p) => p.state === 'in-progress');
  const link = (p: Partner) =>
    p.state === 'in-force'
      ? `<a href="${esc(href(path, casePath(lang, p.slug)))}">${text(p.c.counterpart.city, lang)}</a>`
      : `<a href="#p-${p.slug}">${text(p.c.counterpart.city, lang)}</a>`;

  const forceItems = inForce.map(
    (p) =>
      `<li class="partner"><h3>${link(p)}</h3><p class="where">${where(p.c, lang)}</p>` +
      `<p>${kindLine(p.c, lang)} · ${label(lang, 'site.signed', { date: longDate(p.signed as string, lang) })}${p.ending ? ` · ${endingLine(p, lang, 'site.ending')}` : ''}</p>` +
      `${p.c.areas?.length ? `<p class="label">${label(lang, 'site.areas')}</p>${areaList(site, p.c, lang, false)}` : ''}</li>`,
  );

  const byCountry = new Map<string, Partner[]>();
  for (const p of partners)
    byCountry.set(p.c.counterpart.country, [...(byCountry.get(p.c.counterpart.country) ?? []), p]);
  const by = collator(lang);
  const countries = [...byCountry.entries()]
    .map(([code, list]) => ({ code, name: countryName(code, lang), list }))
    .sort((a, b) => by.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
  const cards = countries.map(
    ({ code, name, list }) =>
      `<li class="card"><h3><span class="cc" aria-hidden="true">${esc(code)}</span> ${esc(name)}</h3>` +
      `<p class="count">${list.length === 1 ? label(lang, 'site.grid.city') : label(lang, 'site.grid.cities', { count: list.length })}</p>` +
      `<ul>${list.map((p) => `<li>${link(p)} <span class="state ${p.state}">${label(lang, `site.grid.${p.state}`)}</span>${p.ending ? ` <span class="ending">${endingLine(p, lang, 'site.ending')}</span>` : ''}</li>`).join('')}</ul></li>`,
  );

  const progressItems = inProgress.map((p) => {
    const council = p.c.steps?.council?.date;
    const dictamen = clearingDictamen(p.c);
    const stage = [
      council ? label(lang, 'site.progress.council', { date: longDate(council, lang) }) : '',
      dictamen?.date
        ? label(
            lang,
            dictamen.outcome === 'not-required' ? 'site.progress.sre-not-required' : 'site.progress.sre-done',
            {
              date: longDate(dictamen.date, lang),
            },
          )
        : label(lang, 'site.progress.sre-pending'),
    ]
      .filter(Boolean)
      .join(' ');
    return (
      `<li class="partner" id="p-${p.slug}"><h3>${text(p.c.counterpart.city, lang)}</h3><p class="where">${where(p.c, lang)}</p>` +
      `<p>${kindLine(p.c, lang)}</p><p>${stage}</p>` +
      `${p.c.areas?.length ? `<p class="label">${label(lang, 'site.areas')}</p>${areaList(site, p.c, lang, false)}` : ''}</li>`
    );
  });

  const title = label(lang, 'site.title', { municipality: m.name });
  const lead = label(lang, 'site.lead', { municipality: m.name, state: m.state });
  const body = `<h1>${title}</h1>
<p class="lead">${lead}</p>
<section aria-labelledby="in-force"><h2 id="in-force">${label(lang, 'site.in-force.heading')}</h2>
${forceItems.length > 0 ? `<ul class="partners">\n${forceItems.join('\n')}\n</ul>` : `<p>${label(lang, 'site.in-force.none')}</p>`}
</section>
${
  cards.length > 0
    ? `<section aria-labelledby="by-country"><h2 id="by-country">${label(lang, 'site.grid.heading')}</h2>
<ul class="grid">\n${cards.join('\n')}\n</ul>
</section>`
    : ''
}
${
  progressItems.length > 0
    ? `<section aria-labelledby="in-progress"><h2 id="in-progress">${label(lang, 'site.progress.heading')}</h2>
<p>${label(lang, 'site.progress.lead')}</p>
<ul class="partners">\n${progressItems.join('\n')}\n</ul>
</section>`
    : ''
}
<section aria-labelledby="take-part"><h2 id="take-part">${label(lang, 'site.nav.participate')}</h2>
<p>${label(lang, 'site.participate.teaser')} <a href="${esc(href(path, PATHS[lang].participate))}">${label(lang, 'site.nav.participate')}</a></p>
</section>
<section aria-labelledby="scope"><h2 id="scope">${label(lang, 'site.scope.heading')}</h2>
<p>${label(lang, 'site.scope.text')}</p>
</section>`;
  return shell(site, lang, path, 'home', title, lead, body, (l) => PATHS[l].home);
}

// ── How to take part ────────────────────────────────────────────────────────────────────────────

function participatePage(site: Site, lang: UiLang): string {
  const path = PATHS[lang].participate;
  const { liaison, participation, municipality } = site.config;
  const office = liaison
    ? `<section aria-labelledby="office"><h2 id="office">${label(lang, 'site.participate.office')}</h2>
<p class="office-name">${text(liaison.area, lang)}</p>
<p>${esc(liaison.person.name)}${liaison.person.title ? `, ${text(liaison.person.title, lang)}` : ''}</p>
${contactList(lang, liaison.office)}
</section>`
    : '';
  const groups = SECTORS.map((sector) => {
    // Organisations only: a participant who is a person (`kind: person`) is not published by name.
    const people = (participation ?? []).filter((p) => p.sector === sector && p.kind !== 'person');
    if (people.length === 0) return '';
    const items = people.map(
      (p) =>
        `<li><p><strong>${esc(p.name)}</strong>${p.since ? ` <span class="since">(${label(lang, 'site.participate.since', { date: longDate(p.since, lang) })})</span>` : ''}</p>` +
        `${p.role ? `<p>${text(p.role, lang)}</p>` : ''}${contactList(lang, p.office)}</li>`,
    );
    return `<h3>${label(lang, `enum.sector.${sector}`)}</h3>\n<ul class="people">${items.join('\n')}</ul>`;
  }).filter(Boolean);
  const title = label(lang, 'site.nav.participate');
  const lead = label(lang, 'site.participate.lead');
  const body = `<h1>${title}</h1>
<p class="lead">${lead}</p>
${office}
<section aria-labelledby="who"><h2 id="who">${label(lang, 'site.participate.who')}</h2>
${groups.length > 0 ? groups.join('\n') : `<p>${label(lang, 'site.participate.none')}</p>`}
</section>
${
  municipality.office
    ? `<section aria-labelledby="municipality"><h2 id="municipality">${label(lang, 'site.participate.municipality')}</h2>
${contactList(lang, municipality.office)}
</section>`
    : ''
}`;
  return shell(
    site,
    lang,
    path,
    'participate',
    `${title} · ${label(lang, 'site.title', { municipality: municipality.name })}`,
    lead,
    body,
    (l) => PATHS[l].participate,
  );
}

// ── A partner ───────────────────────────────────────────────────────────────────────────────────

function casePage(site: Site, lang: UiLang, p: Partner): string {
  const path = casePath(lang, p.slug);
  const c = p.c;
  const s = c.steps ?? {};
  const date = (d: string) => longDate(d, lang);
  const facts: string[] = [];
  if (s.council?.date) facts.push(label(lang, 'site.case.council', { date: date(s.council.date) }));
  const dictamen = clearingDictamen(c);
  if (dictamen?.date) {
    const id = dictamen.outcome === 'not-required' ? 'site.case.sre-not-required' : 'site.case.sre';
    facts.push(label(lang, id, { date: date(dictamen.date) }));
  }
  const signers: string[] = [];
  const sides = [s.signature?.municipality, s.signature?.counterpart];
  const [ours, theirs] = sides;
  // Signed together (same day and place): one line, as the agreement's closing formula says it.
  const together =
    ours?.date !== undefined && ours.date === theirs?.date && text(ours.place, lang) === text(theirs.place, lang);
  for (const side of together ? [ours] : sides) {
    if (!side?.date) continue;
    const at = together ? 'site.case.signed-both-at' : 'site.case.signed-at';
    const on = together ? 'site.case.signed-both-on' : 'site.case.signed-on';
    facts.push(
      side.place
        ? sentence(lang, at, { date: date(side.date) }, { place: text(side.place, lang) })
        : label(lang, on, { date: date(side.date) }),
    );
  }
  for (const side of sides)
    for (const signer of side?.date ? (side.signers ?? []) : [])
      signers.push(`<li>${esc(signer.name)}${signer.title ? `, ${text(signer.title, lang)}` : ''}</li>`);
  if (s.registration?.date) facts.push(label(lang, 'site.case.registered', { date: date(s.registration.date) }));
  if (s.registration?.registryNumber)
    facts.push(label(lang, 'site.case.registry', { number: s.registration.registryNumber }));

  const areaTitle = new Map((c.areas ?? []).map((a) => [a.id, a.title]));
  const aops = p.aops.map((a) => aopSection(a.data, lang, areaTitle, p.slug));
  const missions = (c.missions ?? []).map(
    (mi) =>
      `<li><p><strong>${text(mi.place, lang)}</strong>, ${esc(dateRange(mi.start, mi.end, lang, 'long'))} · ${label(lang, `enum.direction.${mi.direction}`)}</p>` +
      `<p>${text(mi.purpose, lang)}</p>${mi.results ? `<p>${text(mi.results, lang)}</p>` : ''}</li>`,
  );
  const told = (s.communication ?? []).map(
    (e) =>
      `<li><p><strong>${esc(date(e.date))}</strong> · ${text(e.channel, lang)}</p><p>${text(e.summary, lang)}</p>` +
      `${e.url ? `<p class="url">${label(lang, 'site.case.link-text', { url: e.url })}</p>` : ''}</li>`,
  );
  const reasons = (c.reasons ?? []).map((r) => `<li>${text(r.text, lang)}</li>`);
  const section = (id: string, heading: string, inner: string) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>\n${inner}\n</section>`;

  const city = inLang(c.counterpart.city, lang)[1];
  const body = [
    `<h1>${text(c.counterpart.city, lang)} <span class="where">${where(c, lang)}</span></h1>`,
    `<p class="kind">${kindLine(c, lang)}</p>`,
    `<p class="status">${label(lang, 'site.case.status', { date: date(p.signed as string) })}${p.ending ? ` ${endingLine(p, lang, 'site.case.ending')}` : ''}</p>`,
    section(
      'agreement',
      label(lang, 'site.case.agreement'),
      `${p.agreement?.title ? `<p class="agreement-title">${text(p.agreement.title, lang)}</p>` : ''}
<ul class="facts">${facts.map((f) => `<li>${f}</li>`).join('')}</ul>
${signers.length > 0 ? `<h3>${label(lang, 'site.case.signers')}</h3><ul>${signers.join('')}</ul>` : ''}`,
    ),
    c.areas?.length ? section('areas', label(lang, 'site.areas'), areaList(site, c, lang, true)) : '',
    reasons.length > 0 ? section('reasons', label(lang, 'site.case.reasons'), `<ul>${reasons.join('')}</ul>`) : '',
    section(
      'aop',
      label(lang, 'site.case.aop.heading'),
      aops.length > 0 ? aops.join('\n') : `<p>${label(lang, 'site.case.aop.none')}</p>`,
    ),
    missions.length > 0
      ? section('missions', label(lang, 'site.case.missions'), `<ul class="events">${missions.join('\n')}</ul>`)
      : '',
    told.length > 0
      ? section('told', label(lang, 'site.case.communication'), `<ul class="events">${told.join('\n')}</ul>`)
      : '',
  ]
    .filter(Boolean)
    .join('\n');
  return shell(
    site,
    lang,
    path,
    'case',
    `${esc(city)} · ${label(lang, 'site.title', { municipality: site.config.municipality.name })}`,
    label(lang, 'site.case.description', {
      municipality: site.config.municipality.name,
      city,
      country: countryName(c.counterpart.country, lang),
    }),
    body,
    (l) => casePath(l, p.slug),
  );
}

function aopSection(aop: AopFile, lang: UiLang, areaTitle: Map<string, LangTextValue>, slug: string): string {
  const year = aop.year;
  const id = `aop-${year}`;
  const date = (d: string) => longDate(d, lang);
  const when = [
    aop.approved ? label(lang, 'site.case.aop.approved', { date: date(aop.approved) }) : '',
    aop.results?.evaluated ? label(lang, 'site.case.aop.evaluated', { date: date(aop.results.evaluated) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const activities = aop.activities.map((a) => {
    const area = areaTitle.get(a.area);
    return (
      `<tr><th scope="row">${text(a.title, lang)}</th><td>${area ? text(area, lang) : esc(a.area)}</td>` +
      `<td>${esc(dateRange(a.start, a.end, lang, 'long'))}</td><td>${label(lang, `enum.activity-status.${a.status}`)}</td></tr>`
    );
  });
  const rows: IndicatorRow[] = aop.activities.flatMap((a) =>
    (a.indicators ?? []).map((i) => ({
      name: text(i.name, lang),
      unit: text(i.unit, lang),
      target: i.target,
      ...(i.baseline !== undefined ? { baseline: i.baseline } : {}),
      ...(i.actual !== undefined ? { actual: i.actual } : {}),
    })),
  );
  const evaluated = aop.results?.evaluated !== undefined || rows.some((r) => r.actual !== undefined);
  const results = aop.results?.narrative
    ? `<h4>${label(lang, 'site.case.aop.results')}</h4><p>${text(aop.results.narrative, lang)}</p>${
        aop.results.nextSteps
          ? `<h4>${label(lang, 'site.case.aop.next')}</h4><p>${text(aop.results.nextSteps, lang)}</p>`
          : ''
      }`
    : '';
  const tableLabel = label(lang, 'site.case.aop.activities', { year });
  // What each source gives in each currency, summed from the activities' lines; what was executed
  // only where some line records it.
  const executed = budgetSums(aop, (line) => line.executed ?? 0);
  const recorded = new Set(
    aop.activities.flatMap((a) =>
      (a.budget ?? []).filter((l) => l.executed !== undefined).map((l) => budgetKey(l.source, l.currency)),
    ),
  );
  const budgetRows = [...budgetSums(aop)].map(([key, amount]) => {
    const { source, currency } = budgetKeyParts(key);
    const spent = recorded.has(key) ? formatMoney(executed.get(key) ?? 0, currency, lang) : '—';
    return `<tr><th scope="row">${label(lang, `enum.source.${source}`)}</th><td class="n">${esc(formatMoney(amount, currency, lang))}</td><td class="n">${esc(spent)}</td></tr>`;
  });
  const budgetLabel = label(lang, 'site.case.aop.budget', { year });
  const budget =
    budgetRows.length > 0
      ? `<div class="table-wrap" role="region" tabindex="0" aria-label="${budgetLabel}"><table>
<caption>${budgetLabel}</caption>
<thead><tr><th scope="col">${label(lang, 'site.case.aop.budget.source')}</th><th scope="col">${label(lang, 'site.case.aop.budget.planned')}</th><th scope="col">${label(lang, 'site.case.aop.budget.executed')}</th></tr></thead>
<tbody>
${budgetRows.join('\n')}
</tbody>
</table></div>`
      : '';
  return `<section class="aop" aria-labelledby="${id}"><h3 id="${id}">${label(lang, 'site.case.aop.year', { year })}</h3>
${when ? `<p>${when}</p>` : ''}
<h4>${label(lang, 'site.case.aop.objectives')}</h4>
<ul>${aop.objectives.map((o) => `<li>${text(o, lang)}</li>`).join('')}</ul>
${
  activities.length > 0
    ? `<div class="table-wrap" role="region" tabindex="0" aria-label="${tableLabel}"><table>
<caption>${tableLabel}</caption>
<thead><tr><th scope="col">${label(lang, 'site.case.aop.activity')}</th><th scope="col">${label(lang, 'site.case.aop.area')}</th><th scope="col">${label(lang, 'site.case.aop.dates')}</th><th scope="col">${label(lang, 'site.case.aop.state')}</th></tr></thead>
<tbody>
${activities.join('\n')}
</tbody>
</table></div>`
    : `<p>${label(lang, 'site.case.aop.no-activities')}</p>`
}
${budget}
${evaluated && rows.length > 0 ? indicatorFigure(rows, year, lang, `ind-${slug}-${year}`) : ''}
${results || (evaluated ? '' : `<p>${label(lang, 'site.case.aop.pending')}</p>`)}
</section>`;
}
