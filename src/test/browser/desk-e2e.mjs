// End-to-end check of the live desk against a running Sahelwatch (started by DashboardBrowserIT):
// open the dashboard in headless Chromium, wait until it is live, ingest the Kidal article, and
// check that its card and its map marker appear without a reload. Exit code 0 = pass.
// Env: DESK_URL (http://127.0.0.1:PORT/), INGEST (a shell command that ingests the Kidal article),
//      CHROMIUM (default /usr/bin/chromium), SCREENSHOT (PNG path to write), TIMEOUT_MS (default 90000).
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';

const url = process.env.DESK_URL;
const ingest = process.env.INGEST;
const timeout = Number(process.env.TIMEOUT_MS || 90000);
if (!url || !ingest) {
  console.error('DESK_URL and INGEST must be set');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-quic'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  // the desk sends a Content-Security-Policy: anything it blocks (inline script or style, a foreign URL) shows here
  page.on('console', m => { if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) errors.push(m.text()); });
  let navigations = 0;
  page.on('framenavigated', f => { if (f === page.mainFrame()) navigations++; });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('#status')?.textContent.trim() === 'live', null, { timeout });
  const before = await page.locator('article.card').count();
  console.log(`desk live with ${before} card(s); ingesting the Kidal article`);

  execSync(ingest, { stdio: 'inherit' });

  // the Kidal card, not another card that merely names Kidal among its regions (the Timbuktu blockade)
  const card = page.locator('article.card', { hasText: 'Government regains territory in Kidal' }).first();
  await card.waitFor({ state: 'visible', timeout });
  const alertId = await card.getAttribute('data-alert-id');
  const marker = page.locator(`svg#map circle.marker[data-alert-id="${alertId}"]`);
  await marker.waitFor({ state: 'attached', timeout });
  const text = await card.innerText();
  for (const expected of ['Kidal', 'Mali', 'Government regains territory', 'Malian Armed Forces']) {
    if (!text.includes(expected)) throw new Error(`the Kidal card lacks "${expected}": ${text}`);
  }
  if ((await card.locator('mark').count()) === 0) throw new Error('the Kidal card highlights no matched words');
  await marker.click();
  await page.waitForFunction(id => document.querySelector(`article.card[data-alert-id="${id}"]`)?.classList.contains('selected'),
    alertId, { timeout: 10000 });
  if (navigations !== 1) throw new Error(`the page reloaded (${navigations} navigations)`);
  if (errors.length) throw new Error('page errors: ' + errors.join('; '));
  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
  console.log(`PASS: card and marker ${alertId} appeared live; marker click selects the card`);
} catch (e) {
  failed = true;
  console.error('FAIL: ' + e.message);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
