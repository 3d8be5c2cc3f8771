// Drives the explorer in headless Chromium (Debian's, through playwright-core; never a browser download) as a
// journalist would, checks every page type with axe-core (WCAG 2 A/AA), and writes screenshots at phone and
// desktop widths under target/screenshots. Usage: node explore-check.mjs http://127.0.0.1:PORT OUTDIR
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const base = process.argv[2];
const out = process.argv[3];
mkdirSync(out, { recursive: true });
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ExcelJS = require('exceljs');

/** The first sheet of a workbook as rows of cell texts, read back by a spreadsheet library. */
async function sheetRows(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows = [];
  wb.worksheets[0].eachRow(row => rows.push(row.values.slice(1).map(v => (v == null ? '' : String(v)))));
  return rows;
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
         '--disable-component-update', '--disable-sync'],
});
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };

async function newPage(width, height) {
  // bypassCSP only so that axe can be injected: the pages' own CSP allows no inline script (tested server-side)
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  page.consoleErrors = [];
  page.on('console', m => { if (m.type() === 'error') page.consoleErrors.push(m.text()); });
  page.on('pageerror', e => page.consoleErrors.push(String(e)));
  page.externalRequests = [];
  page.on('request', r => { if (!r.url().startsWith(base)) page.externalRequests.push(r.url()); });
  return page;
}

async function axe(page, name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const v = result.violations.map(x => `${x.id} (${x.nodes.length})`);
  check(v.length === 0, `${name}: no WCAG 2 A/AA violation${v.length ? ': ' + v.join(', ') : ''}`);
}

const desktop = await newPage(1280, 900);
const p = desktop;

// search in Chinese, pinyin and traditional script, by the box
for (const [q, label] of [['雪龙', 'Chinese'], ['xuelong', 'pinyin'], ['雪龍', 'traditional script']]) {
  await p.goto(`${base}/explore`);
  await p.fill('#q', q);
  await Promise.all([p.waitForNavigation(), p.click('button[type=submit]')]);
  const found = await p.locator('a[href*="/explore/achievements/xuelong-2"]').count();
  check(found > 0, `search in ${label} (${q}) finds Xuelong 2`);
}
await axe(p, 'search page');
await p.screenshot({ path: `${out}/search-desktop.png`, fullPage: true });

// a facet: the URL and the counts change; a reload gives the same view; back returns
await p.goto(`${base}/explore?lang=en`);
const before = await p.locator('#sentence').innerText();
const drug = p.locator('[data-facet=category] a', { hasText: 'Drug' }).first();
const drugCount = Number(await drug.locator('.count').innerText());
await Promise.all([p.waitForNavigation(), drug.click()]);
check(p.url().includes('category=drug'), `the facet is in the URL (${p.url()})`);
const after = await p.locator('#sentence').innerText();
check(after !== before && after.startsWith(`${drugCount} achievements`), `the sentence and the counts change (${after})`);
const rows = await p.locator('tbody tr').count();
check(rows === Math.min(drugCount, 20), `the list shows the facet's count (${rows} rows for ${drugCount})`);
const url = p.url();
await p.reload();
check(p.url() === url && (await p.locator('#sentence').innerText()) === after, 'a reload gives the same view');
await p.goBack();
check(!p.url().includes('category=drug'), 'back returns to the view before');
await p.goForward();
check(p.url().includes('category=drug'), 'forward returns to the filtered view');

// a record and its source
await p.goto(`${base}/explore/achievements/c919?lang=zh-Hans`);
check((await p.locator('blockquote').count()) > 0, 'the record page shows the quotes');
check((await p.locator('html').getAttribute('lang')) === 'zh-Hans', 'lang on <html>');
await axe(p, 'achievement page');
await p.screenshot({ path: `${out}/achievement-desktop.png`, fullPage: true });
await Promise.all([p.waitForNavigation(), p.locator('cite a').first().click()]);
check(p.url().includes('/explore/sources/'), `a source link leads to its page (${p.url()})`);
await axe(p, 'source page');
await p.screenshot({ path: `${out}/source-desktop.png`, fullPage: true });

// indicators and an institution
await p.goto(`${base}/explore/indicators?lang=zh-Hant`);
check((await p.locator('svg.chart').count()) > 0, 'the indicators page draws its series');
await axe(p, 'indicators page');
await p.screenshot({ path: `${out}/indicators-desktop.png`, fullPage: true });
await p.goto(`${base}/explore/institutions/simm?lang=en`);
check((await p.locator('a[href*="/explore/achievements/"]').count()) > 0, 'an institution page lists its achievements');
await axe(p, 'institution page');
await p.screenshot({ path: `${out}/institution-desktop.png`, fullPage: true });

await p.goto(`${base}/explore/releases?lang=en`);
check((await p.locator('h2', { hasText: 'Release' }).count()) > 0, 'the what-changed page lists the releases');
await axe(p, 'releases page');
await p.screenshot({ path: `${out}/releases-desktop.png` });

// downloads of the view
await p.goto(`${base}/explore?category=drug`);
for (const format of ['CSV', 'XLSX']) {
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('.downloads a', { hasText: format }).click()]);
  const file = `${out}/download.${format.toLowerCase()}`;
  await download.saveAs(file);
  const bytes = readFileSync(file);
  if (format === 'CSV') {
    const text = bytes.toString('utf8');
    const lines = text.trim().split('\r\n');
    check(text.charCodeAt(0) === 0xfeff && lines.length === drugCount + 1 && text.includes('九期一'),
      `the CSV download has a BOM, a header and ${drugCount} rows with Chinese text (${lines.length - 1} rows)`);
  } else {
    const rows = await sheetRows(file);
    check(rows.length === drugCount + 1 && rows[0][0] === '编号' && rows.slice(1).some(r => r[1].includes('九期一')),
      `the XLSX download reads back with Chinese labels and ${drugCount} rows with Chinese text (${rows.length - 1} rows)`);
  }
}

// every indicator, from the indicators page, as a workbook
await p.goto(`${base}/explore/indicators?lang=en`);
{
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('.downloads a', { hasText: 'XLSX' }).click()]);
  const file = `${out}/indicators.xlsx`;
  await download.saveAs(file);
  const rows = await sheetRows(file);
  const total = (await (await fetch(`${base}/api/v1/indicators?size=1`)).json()).total;
  check(rows.length === total + 1 && rows.slice(1).some(r => /[\u4e00-\u9fff]/.test(r[2])),
    `the indicators download reads back with ${total} rows with Chinese names (${rows.length - 1} rows)`);
}

// a page that fails is a page: a mistyped record address offers a search for it, in the reader's language
const errors = await newPage(1280, 900);
{
  const response = await errors.goto(`${base}/explore/achievements/xuelong-3?lang=en`);
  check(response.status() === 404 && (await errors.locator('h1').textContent()).includes('No page at this address'),
    `a missing record is a 404 page in English (${response.status()})`);
  check((await errors.inputValue('#q')) === 'xuelong 3', 'the page offers a search for what the address was after');
  await axe(errors, 'problem page');
  await errors.screenshot({ path: `${out}/problem-desktop.png` });
  await Promise.all([errors.waitForNavigation(), errors.click('button[type=submit]')]);
  check((await errors.locator('a[href*="/explore/achievements/xuelong-2"]').count()) > 0,
    'and the search finds the record');
  const invalid = await errors.goto(`${base}/explore?page=abc&lang=zh-Hant`);
  check(invalid.status() === 400 && (await errors.locator('.errors code').textContent()) === 'page',
    'a bad parameter is a 400 page that names it');
  await axe(errors, 'problem page (400)');
}

// the keyboard alone: the search box, then a result
await p.goto(`${base}/explore?lang=en`);
await p.keyboard.press('Tab');
let focused = await p.evaluate(() => document.activeElement.tagName + ':' + (document.activeElement.id || ''));
for (let i = 0; i < 8 && !focused.startsWith('INPUT:q'); i++) {
  await p.keyboard.press('Tab');
  focused = await p.evaluate(() => document.activeElement.tagName + ':' + (document.activeElement.id || ''));
}
check(focused === 'INPUT:q', `the search box is reached by keyboard (${focused})`);
await p.keyboard.type('C919');
await Promise.all([p.waitForNavigation(), p.keyboard.press('Enter')]);
check(p.url().includes('q=C919'), 'a search is sent by keyboard');

// the phone width
const phone = await newPage(390, 844);
for (const [path, name] of [['/explore?q=%E5%8D%AB%E6%98%9F', 'search'], ['/explore/achievements/gv-971', 'achievement'],
                            ['/explore/sources/sh-stp-2019', 'source'], ['/explore/indicators', 'indicators'],
                            ['/explore/institutions/simm', 'institution']]) {
  await phone.goto(`${base}${path}`);
  await phone.screenshot({ path: `${out}/${name}-phone.png`, fullPage: true });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  check(!overflow, `no sideways scrolling at phone width: ${name} page`);
}

// a failed page's own status is the one console error a browser logs for it; nothing else may be
errors.consoleErrors = errors.consoleErrors.filter(e => !/the server responded with a status of 40[04]/.test(e));
for (const page of [desktop, phone, errors]) {
  check(page.consoleErrors.length === 0, `no console error${page.consoleErrors.length ? ': ' + page.consoleErrors.join('; ') : ''}`);
  check(page.externalRequests.length === 0, `no external request${page.externalRequests.length ? ': ' + page.externalRequests.join(', ') : ''}`);
}
await browser.close();
console.log(failures.length ? `\n${failures.length} browser checks failed` : '\nevery browser check passed');
process.exit(failures.length ? 1 : 0);
