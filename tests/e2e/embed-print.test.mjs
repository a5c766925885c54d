// Printing from a widget prints the widget, not the intranet page round it:
// EMBEDDING.md's sidebar snippet, 300 px wide beside an article, prints its
// results alone at the page's width; the host page prints as it did once
// the print is over, and a print the reader starts from the browser's own
// menu is the host page's as ever. The standalone page prints itself.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/long/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });
const HOST_PARTS = ['#host-title', '#above', '#below', '#article', '#next-box', 'table'];

/** What shows when the page prints: the host parts laid out, and the
 *  widget's width. */
async function printed(page) {
  await page.emulateMedia({ media: 'print' });
  const seen = await page.evaluate((parts) => ({
    host: parts.filter((s) => document.querySelector(s).getClientRects().length > 0),
    side: Math.round(document.querySelector('#side').getBoundingClientRect().width),
    page: document.documentElement.clientWidth,
  }), HOST_PARTS);
  await page.emulateMedia({ media: 'screen' });
  return seen;
}

describe('printing from a widget', () => {
  test('the sidebar widget’s “Print your results” prints the widget alone, then the host page is as it was', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
    // The browser's dialogue cannot open headless: count the calls, and end
    // each print as the browser does, with `afterprint`, when the test says.
    await page.addInitScript(() => {
      window.__prints = 0;
      window.print = () => window.__prints++;
    });
    await page.goto(env.server.origin + HOST + 'sidebar.html');
    const side = page.locator('#side');
    await side.locator('.fold-questionnaire > summary').click();
    await side.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    await side.locator('.site-nav').getByRole('link', { name: 'Your results' }).evaluate((a) => a.click());
    await title(side, 'Your results').waitFor();

    const before = await printed(page);
    assert.deepEqual(before.host, HOST_PARTS, 'the host page prints whole from its own menu');

    await side.locator('#print-results').click();
    assert.equal(await page.evaluate(() => window.__prints), 1, 'one print dialogue');
    const during = await printed(page);
    assert.deepEqual(during.host, [], 'nothing of the host page prints beside the widget');
    assert.ok(during.side >= during.page - 40, `the widget takes the page’s width: ${during.side} of ${during.page} px`);
    await page.emulateMedia({ media: 'print' });
    assert.match(await side.locator('.results').innerText(), /Trust/, 'the results print');
    await page.emulateMedia({ media: 'screen' });

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const after = await printed(page);
    assert.deepEqual(after.host, HOST_PARTS, 'after the print, the host page prints whole again');
    assert.equal(await page.locator('[data-mcw-printing]').count(), 0, 'no marker left in the host page');
    assert.ok(after.side < 400, 'the sidebar is its own width again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the standalone page’s print button opens the browser’s print dialogue', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.addInitScript(() => {
      window.__prints = 0;
      window.print = () => window.__prints++;
    });
    await page.goto(`${env.server.url}#/results`);
    await page.locator('#print-results').click();
    assert.equal(await page.evaluate(() => window.__prints), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
