// The public site in a real browser (Debian's chromium, driven by playwright-core): layout, images,
// links, no request outside file://, and axe-core with zero violations on every page. Screenshots go
// to a temp folder (printed) for a person to look at; CI installs chromium, so this only skips where
// /usr/bin/chromium is missing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace, REPO, tempDir } from '../helpers.js';
import { htmlFiles, publish } from './site.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const AXE = readFileSync(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

describe.skipIf(!existsSync(CHROMIUM))(`the public site in ${CHROMIUM} (skipped when it is not installed)`, () => {
  let browser: Browser;
  let site: string;
  let pages: string[];
  const shots = process.env.LINKAGE_SHOTS ?? tempDir('linkage-site-shots-');
  const requests: string[] = [];
  const url = (file: string) => pathToFileURL(join(site, file)).href;

  async function open(file: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('request', (r) => {
      requests.push(r.url());
    });
    const response = await page.goto(url(file));
    expect(response?.ok(), file).toBe(true);
    return page;
  }

  beforeAll(async () => {
    site = publish(copyWorkspace('demo'));
    pages = htmlFiles(site);
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('lays out the home page: headings, the country grid and the coat of arms', async () => {
    const page = await open('index.html');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Vínculos internacionales');
    expect(await page.getByRole('heading', { name: 'Acuerdos vigentes' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Por país' }).isVisible()).toBe(true);
    expect(await page.locator('.grid > .card').count()).toBe(4);
    const box = await page.locator('.grid').boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    const coat = page.locator('img.coat');
    expect(await coat.isVisible()).toBe(true);
    expect(await coat.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // The stylesheet applied: the grid lays cards side by side.
    const tops = await page
      .locator('.grid > .card')
      .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await page.screenshot({ path: join(shots, 'desktop-index.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('draws the AOP charts with their table on a partner page', async () => {
    const page = await open('acuerdos/aurora-us.html');
    const chart = page.locator('figure.chart').first();
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('svg.bars').count()).toBeGreaterThan(2);
    const bar = await chart.locator('svg.bars rect.actual').first().boundingBox();
    expect(bar?.width).toBeGreaterThan(100);
    expect(await chart.getByRole('table').isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'desktop-aurora.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('fits a phone screen without sideways scrolling', async () => {
    for (const file of ['index.html', 'acuerdos/aurora-us.html', 'en/take-part.html']) {
      const page = await open(file, 390);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, file).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(shots, `mobile-${file.replace(/\//g, '_')}.png`), fullPage: true });
      await page.close();
    }
  }, 60_000);

  it('keeps every chart label on a 320 px screen, long figures included', async () => {
    // WCAG 1.4.10 (reflow) measures at 320 CSS px: a label drawn beside a long bar ran off the screen.
    const root = copyWorkspace('demo');
    const aop = join(root, 'cases/aurora-us/aop/2026.yaml');
    const yaml = readFileSync(aop, 'utf8');
    expect(yaml).toContain('target: 800');
    writeFileSync(aop, yaml.replace('target: 800', 'target: 1200000').replace('actual: 861', 'actual: 1250000'));
    const other = publish(root);
    for (const file of ['acuerdos/aurora-us.html', 'en/agreements/aurora-us.html']) {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      await page.goto(pathToFileURL(join(other, file)).href);
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('svg.bars text')].flatMap((t) => {
          const box = t.getBoundingClientRect();
          const svg = (t.closest('svg') as SVGSVGElement).getBoundingClientRect();
          return box.left < svg.left - 1 || box.right > svg.right + 1 ? [t.textContent] : [];
        }),
      );
      expect(outside, file).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('follows every link of every page to a page that loads', async () => {
    const seen = new Set<string>();
    for (const file of pages) {
      const page = await open(file);
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links) {
        const clean = link.split('#')[0] as string;
        if (seen.has(clean)) continue;
        seen.add(clean);
        const response = await page.goto(clean);
        expect(response?.ok(), `${file} → ${link}`).toBe(true);
        expect(await page.getByRole('heading', { level: 1 }).isVisible(), link).toBe(true);
      }
      await page.close();
    }
    expect([...seen].sort()).toEqual(pages.map(url).sort());
  }, 120_000);

  it('has no accessibility violations (axe-core) on any page', async () => {
    for (const file of pages) {
      for (const width of [1280, 390]) {
        const page = await open(file, width);
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } })
            .axe;
          const result = await axe.run(document);
          return result.violations;
        });
        expect(violations, `${file} at ${width}px`).toEqual([]);
        await page.close();
      }
    }
  }, 120_000);

  it('made no request outside the file system', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((r) => !r.startsWith('file://'))).toEqual([]);
    console.log(`site screenshots: ${shots}`);
  });
});
