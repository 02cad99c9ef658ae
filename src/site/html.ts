// HTML building blocks of the public site: escaping, text in the page's language, the page shell.
// Every value from the workspace goes through `esc` (or `text`, which calls it); markup is only ever
// built here and in pages.ts from those escaped pieces.
import { posix } from 'node:path';
import type { Params } from '../errors.js';
import { t, type UiLang } from '../ui/i18n.js';
import { langMap } from '../workspace/hash.js';
import type { LangTextValue } from '../workspace/schema.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute value. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);

/** A catalog label in the page's language, escaped (its parameters are raw text). */
export const label = (lang: UiLang, id: string, params: Params = {}): string => esc(t(lang, id, params));

/**
 * A language map in the page's language, escaped. Without that language it falls back to Spanish (or
 * the first language given), marked with its own `lang` so a screen reader pronounces it right.
 */
export function text(value: LangTextValue | undefined, lang: UiLang): string {
  if (value === undefined) return '';
  const [used, s] = inLang(value, lang);
  return used === lang ? esc(s) : `<span lang="${esc(used)}">${esc(s)}</span>`;
}

/**
 * The same as raw text (for a page title, where no markup may go): the language used and the text,
 * in the order of inLanguage (workspace/hash.ts), which does not say which language it took.
 */
export function inLang(value: LangTextValue, lang: UiLang): [string, string] {
  const map = langMap(value);
  const own = map[lang];
  if (own !== undefined) return [lang, own];
  return map.es !== undefined ? ['es', map.es] : (Object.entries(map)[0] ?? [lang, '']);
}

/** The path from one site file to another, both site-relative with `/`. */
export const href = (from: string, to: string): string => posix.relative(posix.dirname(from), to) || '.';

/** What `page` needs; `title` and `description` are escaped text, `motto` and `body` are HTML. */
export interface Shell {
  lang: UiLang;
  /** This page's site-relative path. */
  path: string;
  title: string;
  /** What the page holds, in a sentence or two: for search results and shared links. */
  description: string;
  /** The same page in the other language, when the site has it. */
  alternate?: { lang: UiLang; path: string };
  /** Site-relative paths of the home and participation pages of this language. */
  home: string;
  participate: string;
  current: 'home' | 'participate' | 'case';
  municipality: string;
  motto: string;
  coat?: { path: string; width: number; height: number };
  updated: string;
  css: string;
  body: string;
}

/** A whole page: skip link, header with the coat of arms and the navigation, main, footer. */
export function page(s: Shell): string {
  const to = (p: string) => esc(href(s.path, p));
  const here = (which: Shell['current']) => (s.current === which ? ' aria-current="page"' : '');
  const nav = [
    `<li><a href="${to(s.home)}"${here('home')}>${label(s.lang, 'site.nav.home')}</a></li>`,
    `<li><a href="${to(s.participate)}"${here('participate')}>${label(s.lang, 'site.nav.participate')}</a></li>`,
    s.alternate
      ? `<li><a href="${to(s.alternate.path)}" hreflang="${s.alternate.lang}" lang="${s.alternate.lang}">${label(s.alternate.lang, 'site.switch')}</a></li>`
      : '',
  ].join('');
  const muni = { municipality: s.municipality };
  const coat = s.coat
    ? `<img class="coat" src="${to(s.coat.path)}" width="${s.coat.width}" height="${s.coat.height}" alt="${label(s.lang, 'site.coat-alt', muni)}">`
    : '';
  return `<!DOCTYPE html>
<html lang="${s.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.title}</title>
<meta name="description" content="${s.description}">
<link rel="stylesheet" href="${to(s.css)}">
${s.alternate ? `<link rel="alternate" hreflang="${s.alternate.lang}" href="${to(s.alternate.path)}">\n` : ''}</head>
<body>
<a class="skip" href="#main">${label(s.lang, 'site.skip')}</a>
<header class="top">
<div class="brand">${coat}<div><p class="council">${label(s.lang, 'site.council', muni)}</p>${s.motto ? `<p class="motto">${s.motto}</p>` : ''}</div></div>
<nav aria-label="${label(s.lang, 'site.nav')}"><ul>${nav}</ul></nav>
</header>
<main id="main">
${s.body}
</main>
<footer class="foot">
<p>${label(s.lang, 'site.updated', { date: s.updated })}</p>
<p>${label(s.lang, 'site.footer', muni)}</p>
</footer>
</body>
</html>
`;
}
