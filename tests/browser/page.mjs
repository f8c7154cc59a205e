// The self-audit page in a real browser, as a partner uses it: in English, then in a French
// browser (its page and its findings in French) whose partner switches the page to Spanish.
// Driven by tests/tests/serve.rs, which starts the server and passes what the command line
// reports for the same charters:
//
//   node page.mjs '{"url": …, "charter": …, "invalid": …, "shots": …, "expect": {…}}'
//
// Prints one JSON line of what it saw; exits non-zero with a message on the first failure.
import { readFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const config = JSON.parse(process.argv[2]);
const expect = config.expect;
const seen = {};

function check(condition, message) {
  if (!condition) throw new Error(message);
}

mkdirSync(config.shots, { recursive: true });
const profileDirs = [];
/** A browser with a fresh profile directory (Playwright passes it as --user-data-dir). */
async function browser(options = {}) {
  const profileDir = mkdtempSync(join(tmpdir(), 'accord-chromium-'));
  profileDirs.push(profileDir);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: config.chromium || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    timeout: 60_000,
    ...options,
  });
}
const contexts = [];
const context = await browser({ locale: 'en-US' });
contexts.push(context);

try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(20_000);
  const complaints = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') complaints.push(m.text()); });
  page.on('pageerror', (e) => complaints.push(String(e)));
  page.on('requestfailed', (r) => { if (!/abort/i.test(r.failure()?.errorText || '')) complaints.push(`${r.url()}: ${r.failure()?.errorText}`); });

  await page.goto(config.url, { waitUntil: 'load' });
  check((await page.title()).length > 0, 'the page has a title');

  // Paste the troubled charter: the audit appears without pressing anything.
  const text = readFileSync(config.charter, 'utf8');
  await page.focus('#charter');
  await page.keyboard.insertText(text);
  await page.waitForFunction((grade) => document.querySelector('#grade')?.textContent === grade, expect.grade);
  seen.grade = await page.textContent('#grade');
  seen.status = await page.textContent('#status');
  const count = await page.locator('.finding').count();
  check(count === expect.findings, `${count} findings on the page, ${expect.findings} in the CLI's report`);
  seen.findings = count;
  const rules = await page.$$eval('.finding', (items) => items.map((i) => i.dataset.rule));
  check(JSON.stringify([...rules].sort()) === JSON.stringify([...expect.rules].sort()),
    `the page's rules differ from the CLI's: ${rules}`);
  const marked = await page.locator('#marks .mark').count();
  check(marked === expect.lines, `${marked} lines marked, ${expect.lines} lines with findings`);
  // The picture for the README: the marked lines before the one to fix, the grade beside them.
  await page.$eval('#charter', (t, line) => {
    t.scrollTop = (line - 28) * parseFloat(getComputedStyle(t).lineHeight);
    t.dispatchEvent(new Event('scroll'));
  }, expect.fix.line);
  await page.screenshot({ path: join(config.shots, 'serve-page.png') });
  // Clicking a finding puts the caret on its line.
  const caretLine = () => page.$eval('#charter', (t) => t.value.slice(0, t.selectionStart).split('\n').length);
  const target = page.locator(`.finding[data-rule="${expect.fix.rule}"] button.go`);
  await target.click();
  check(await caretLine() === expect.fix.line, `the caret is on line ${await caretLine()}, not ${expect.fix.line}`);
  check((await page.textContent('#cursor')).includes(String(expect.fix.line)), 'the status bar shows the line');
  check(await page.evaluate(() => document.activeElement.id) === 'charter', 'the editor has the focus');
  seen.clicked = { rule: expect.fix.rule, line: await caretLine() };
  await page.screenshot({ path: join(config.shots, 'serve-audit.png') });

  // The keyboard does the same: focus another finding, press Enter.
  const other = page.locator('.finding button.go').first();
  const otherLine = Number(await other.getAttribute('data-line'));
  await other.focus();
  await page.keyboard.press('Enter');
  check(await caretLine() === otherLine, 'Enter on a finding moves the caret to its line');

  // Fix the line: that finding goes, the others stay.
  await page.$eval('#charter', (t, line) => {
    const lines = t.value.split('\n');
    let start = 0;
    for (let i = 0; i < line - 1; i++) start += lines[i].length + 1;
    t.focus();
    t.setSelectionRange(start, start + lines[line - 1].length);
  }, expect.fix.line);
  await page.keyboard.insertText(expect.fix.text);
  await page.waitForFunction((rule) => !document.querySelector(`.finding[data-rule="${rule}"]`), expect.fix.rule);
  const after = await page.locator('.finding').count();
  check(after === count - expect.fix.count, `${after} findings after the fix, expected ${count - expect.fix.count}`);
  seen.after_fix = after;

  // Download the JSON report: the page's own report, as the API gives it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button[name="download"][value="json"]'),
  ]);
  const saved = join(config.shots, 'serve-download.json');
  await download.saveAs(saved);
  const downloaded = JSON.parse(readFileSync(saved, 'utf8'));
  check(downloaded.type === 'report' && downloaded.findings.length === after, 'the downloaded report is the one shown');
  seen.download = download.suggestedFilename();

  // axe-core on the page with a report.
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const axe = async (label, on = page) => {
    await on.evaluate(axeSource);
    const result = await on.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    check(bad.length === 0, `axe (${label}): ${JSON.stringify(bad.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) })))}`);
    return result.violations.map((v) => `${v.id} (${v.impact})`);
  };
  seen.axe_report = await axe('report');

  // Open an invalid charter from a file: its located errors, clickable the same way.
  await page.setInputFiles('#file', config.invalid);
  await page.waitForSelector('.findings.errors .finding');
  const errors = await page.locator('.findings.errors .finding').count();
  check(errors === expect.invalid.errors, `${errors} errors on the page, ${expect.invalid.errors} in the CLI's report`);
  const first = page.locator('.findings.errors .finding button.go').first();
  check(await first.getAttribute('data-line') === String(expect.invalid.line), 'the first error is located as the CLI locates it');
  await first.click();
  check(await caretLine() === expect.invalid.line, 'clicking an error moves the caret to its line');
  seen.invalid = { errors, line: expect.invalid.line };
  await page.screenshot({ path: join(config.shots, 'serve-invalid.png') });
  seen.axe_invalid = await axe('invalid');

  // Drop the charter's file on the editor, as a partner drags it from a folder: the same audit.
  await page.evaluate(([name, body]) => {
    const data = new DataTransfer();
    data.items.add(new File([body], name, { type: 'application/toml' }));
    const editor = document.querySelector('#editor');
    editor.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    editor.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, ['water-programme.toml', text]);
  await page.waitForFunction((grade) => document.querySelector('#grade')?.textContent === grade, expect.grade);
  await page.waitForFunction(() => !document.querySelector('.findings.errors .finding'));
  const dropped = await page.locator('.finding').count();
  check(dropped === expect.findings, `${dropped} findings after the drop, ${expect.findings} in the CLI's report`);
  seen.dropped = dropped;

  // On a phone: nothing wider than the screen, the editor and the report one above the other.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the page is ${overflow}px wider than a phone's screen`);
  const stacked = await page.evaluate(() => {
    const editor = document.querySelector('.editor-pane').getBoundingClientRect();
    const report = document.querySelector('.report-pane').getBoundingClientRect();
    return report.top >= editor.bottom;
  });
  check(stacked, 'on a phone the report comes below the editor');
  await page.screenshot({ path: join(config.shots, 'serve-phone.png'), fullPage: true });

  // A French browser: the page and its findings in French, from Accept-Language alone.
  const frenchContext = await browser({ locale: 'fr-FR' });
  contexts.push(frenchContext);
  const fr = frenchContext.pages()[0] || await frenchContext.newPage();
  fr.setDefaultTimeout(20_000);
  fr.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') complaints.push(m.text()); });
  fr.on('pageerror', (e) => complaints.push(String(e)));
  await fr.goto(config.url, { waitUntil: 'load' });
  check(await fr.evaluate(() => document.documentElement.lang) === 'fr', 'a French browser gets <html lang="fr">');
  check(await fr.title() === expect.fr.title, `the French title, not ${await fr.title()}`);
  check(await fr.$eval('#lang', (s) => s.value) === 'fr', 'the picker shows French');
  check(await fr.$eval('#language-apply', (b) => b.hidden), 'with a script, the picker needs no button');
  await fr.focus('#charter');
  await fr.keyboard.insertText(text);
  await fr.waitForFunction((grade) => document.querySelector('#grade')?.textContent === grade, expect.grade);
  /** The findings' messages as the page shows them (code spans lose their backticks). */
  const messages = (p) => p.$$eval('.finding .message', (items) => items.map((i) => i.textContent).sort());
  const plain = (list) => list.map((m) => m.replaceAll('`', '')).sort();
  const frenchMessages = await messages(fr);
  check(JSON.stringify(frenchMessages) === JSON.stringify(plain(expect.fr.messages)),
    `the page's French findings differ from the CLI's: ${frenchMessages.join(' | ')}`);
  const status = await fr.textContent('#status');
  check(status.startsWith(expect.fr.grade), `the French status: ${status}`);
  seen.french = { title: await fr.title(), status, findings: frenchMessages.length };
  await fr.screenshot({ path: join(config.shots, 'serve-page-fr.png') });
  seen.axe_french = await axe('French', fr);

  // The partner switches to Spanish: every text and every finding, the charter kept.
  await fr.selectOption('#lang', 'es');
  await fr.waitForFunction((title) => document.title === title, expect.es.title);
  check(await fr.evaluate(() => document.documentElement.lang) === 'es', '<html lang="es"> after the switch');
  check(new URL(fr.url()).searchParams.get('lang') === 'es', `the address keeps the choice: ${fr.url()}`);
  check(await fr.$eval('#form-lang', (i) => i.value) === 'es', 'the form carries the language');
  check(await fr.$eval('#charter', (t) => t.value) === text, 'the charter is kept');
  const spanish = plain(expect.es.messages);
  await fr.waitForFunction((wanted) => {
    const shown = [...document.querySelectorAll('.finding .message')].map((i) => i.textContent).sort();
    return JSON.stringify(shown) === JSON.stringify(wanted);
  }, spanish);
  check((await fr.textContent('#status')).startsWith(expect.es.grade), 'the Spanish status');
  check(await fr.textContent('h1') === expect.es.title, 'the heading in Spanish');
  seen.spanish = { title: await fr.title(), address: fr.url() };
  // Reloading the address keeps Spanish, whatever the browser prefers.
  await fr.reload({ waitUntil: 'load' });
  check(await fr.evaluate(() => document.documentElement.lang) === 'es', 'reloaded in Spanish');
  await fr.screenshot({ path: join(config.shots, 'serve-page-es.png') });

  check(complaints.length === 0, `the browser complained: ${complaints.join(' | ')}`);
  console.log(JSON.stringify(seen));
} catch (error) {
  console.error(error.stack || String(error));
  process.exitCode = 1;
} finally {
  for (const c of contexts) await c.close();
  for (const dir of profileDirs) rmSync(dir, { recursive: true, force: true });
}
