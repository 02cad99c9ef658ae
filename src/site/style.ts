// The site's one stylesheet, written to assets/site.css: system fonts only (no web fonts), colours
// with at least 7:1 contrast for text, focus always visible, and one column on a phone.
export const SITE_CSS = `:root {
  --ink: #1a1a1a;
  --muted: #4a4a4a;
  --accent: #14487a;
  --line: #c9ced6;
  --soft: #f3f5f8;
  --paper: #ffffff;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0;
  color: var(--ink);
  background: var(--paper);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  line-height: 1.55;
}
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem 1rem; z-index: 1; }
.skip:focus { left: 0.5rem; top: 0.5rem; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
.top, main, .foot { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
.top {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.75rem 1.5rem;
  padding-top: 1rem; padding-bottom: 1rem; border-bottom: 3px solid var(--accent);
}
.brand { display: flex; align-items: center; gap: 0.9rem; }
.coat { height: 4.5rem; width: auto; }
.council { margin: 0; font-weight: 700; font-size: 1.1rem; }
.motto { margin: 0; color: var(--muted); font-style: italic; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
nav a { display: inline-block; padding: 0.35rem 0; font-weight: 600; }
nav a[aria-current="page"] { color: var(--ink); text-decoration-thickness: 3px; }
main { padding-top: 1.25rem; padding-bottom: 2rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
h1 .where { display: block; font-size: 1.1rem; font-weight: 400; color: var(--muted); margin-top: 0.3rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.15rem; margin: 1.25rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
p { margin: 0.3rem 0; }
.lead { font-size: 1.1rem; max-width: 48rem; }
.label { font-weight: 600; margin-top: 0.5rem; }
.where { color: var(--muted); }
.partners { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
.partner { border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 4px; padding: 0.75rem 1rem; }
.partner h3 { margin-top: 0; }
.areas { margin: 0.2rem 0 0; padding-left: 1.25rem; }
.pmd { display: block; color: var(--muted); font-size: 0.92rem; }
.grid { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(13.5rem, 1fr)); gap: 0.9rem; }
.card { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; }
.card h3 { margin: 0 0 0.2rem; display: flex; align-items: center; gap: 0.5rem; }
.card ul { list-style: none; padding: 0; margin: 0.4rem 0 0; }
.card li { margin: 0.2rem 0; }
.cc {
  display: inline-block; min-width: 2.4rem; text-align: center; font-size: 0.85rem; font-weight: 700;
  border: 2px solid var(--ink); border-radius: 3px; padding: 0 0.25rem; background: var(--paper);
}
.count { color: var(--muted); font-size: 0.92rem; }
.state { font-size: 0.85rem; border: 1px solid var(--ink); border-radius: 999px; padding: 0 0.45rem; white-space: nowrap; }
.state.in-force { background: var(--ink); color: var(--paper); }
.card .ending { display: block; color: var(--muted); font-size: 0.85rem; }
.kind { font-size: 1.05rem; }
.status { font-weight: 700; }
.agreement-title { font-style: italic; max-width: 48rem; }
.facts { padding-left: 1.25rem; }
.events, .people { padding-left: 1.25rem; }
.events li, .people li { margin-bottom: 0.75rem; }
.url { word-break: break-all; color: var(--muted); }
.contact { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.3rem 0 0; }
.contact dt { font-weight: 600; }
.contact dd { margin: 0; overflow-wrap: anywhere; }
.office-name { font-weight: 700; }
.aop + .aop { border-top: 1px solid var(--line); margin-top: 1.5rem; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 700; padding: 0.3rem 0; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart { margin: 1rem 0; padding: 0.75rem 1rem; border: 1px solid var(--line); border-radius: 6px; }
.chart figcaption { font-weight: 700; }
.legend { display: flex; align-items: center; gap: 0.4rem; flex-wrap: wrap; margin: 0.4rem 0; }
.key { display: inline-block; width: 1.6rem; height: 0.9rem; border: 1.5px solid var(--ink); }
.key.target { background: var(--paper); }
.key.actual { background: var(--accent); border-color: var(--accent); margin-left: 0.8rem; }
.indicator { margin: 0.6rem 0; }
.indicator p { margin: 0; font-weight: 600; }
.unit { font-weight: 400; color: var(--muted); }
svg.bars { display: block; overflow: visible; }
svg.bars .target { fill: var(--paper); stroke: var(--ink); stroke-width: 1.5; }
svg.bars .actual { fill: var(--accent); }
svg.bars text { fill: var(--ink); font-size: 0.85rem; font-family: inherit; }
.foot { border-top: 1px solid var(--line); padding-top: 1rem; padding-bottom: 2rem; color: var(--muted); font-size: 0.92rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.5rem; }
  .top { flex-direction: column; align-items: flex-start; }
  .coat { height: 3.5rem; }
  th, td { padding: 0.25rem 0.2rem; }
  .chart { border: 0; padding: 0; }
  table { font-size: 0.85rem; }
}
@media print {
  nav, .skip { display: none; }
  .partner, .card, .chart { break-inside: avoid; }
}
`;
