// Where the host page is when a widget starts: a plain load scrolls nothing
// (not even to a box the widget opens on); a link of the page's address
// that a widget opens brings that widget into sight, results, comparison
// and invitation alike. One widget of a page opens its links: a second one
// marked open-links says so in the console and leaves them alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/arrival/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

/** A released payload of `variant` (tests/fixtures/share-formats.txt). */
function fixture(variant) {
  const lines = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'share-formats.txt'), 'utf8').split('\n');
  return lines.map((l) => l.split('\t')).find((f) => f[1] === variant)[2];
}

const inView = (widget) =>
  widget.evaluate((host) => {
    const heading = host.shadowRoot.activeElement;
    if (!heading) return false;
    const r = heading.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });

describe('where the page is when a widget starts', () => {
  test('a plain load scrolls nothing, and a second open-links widget says it leaves the links alone', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 800 });
    const warnings = [];
    page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
    await page.goto(env.server.origin + HOST + 'arrival.html');
    const first = page.locator('#first');
    await first.locator('.node-panel').waitFor();
    await title(page.locator('#second'), 'power').waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.evaluate(() => scrollY), 0, 'the box the widget opens on does not scroll the page');
    assert.deepEqual(warnings, [
      'Making Collaboration Work: open-links="" is set on an earlier widget of this page too; only that one opens links.',
    ]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [kind, hash, heading] of [
    ['results link', `#/share/${fixture('results')}`, 'Shared results'],
    ['invitation', `#/invite/${fixture('I-all')}`, 'invited'],
    ['comparison', `#/compare/${fixture('H-name-round')}`, 'Compare partners'],
  ]) {
    test(`${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} opened on the page opens in its widget, brought into sight`, async () => {
      const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 375, height: 700 });
      await page.goto(env.server.origin + HOST + 'arrival.html' + hash);
      const first = page.locator('#first');
      await title(first, heading).waitFor();
      await page.waitForFunction(() => document.getElementById('first').shadowRoot.activeElement?.matches('h1, h2, h3, h4, h5, h6'));
      assert.ok(await page.evaluate(() => scrollY) > 1000, 'scrolled down to the widget');
      assert.ok(await inView(first), 'its heading is in sight');
      assert.match(await title(page.locator('#second')).innerText(), /power dynamic/, 'the second widget keeps its view');
      assert.equal(await page.evaluate(() => location.hash), hash, 'the fragment is left as it was');
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(problems, []);
      const { violations } = await new AxeBuilder({ page }).include('#first').include('#second').analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      await context.close();
    });
  }
});
