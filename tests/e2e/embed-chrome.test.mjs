// How much page an embedded widget brings (`chrome`): compact by default (no
// brand header, the navigation on one line), full on request, none for the
// view alone; changed live without losing what was entered. In a 300 px
// sidebar of a hostile host page, under the strict CSP.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openFolds, openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/sidebar/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

describe('chrome', () => {
  test('compact by default, full and none on request, and changed live', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'chrome.html');
    const compact = page.locator('#compact');
    const full = page.locator('#full');
    const bare = page.locator('#bare');
    // In the 300 px sidebar the statements are a tap away.
    for (const widget of [compact, full, bare]) await openFolds(widget);

    assert.equal(await compact.locator('.brand').count(), 0, 'compact: no brand header');
    const rows = await compact.locator('.site-nav li').evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size);
    assert.equal(rows, 1, 'compact: the navigation on one line');
    assert.equal(await full.locator('.brand').count(), 1, 'full: the brand header');
    assert.equal(await bare.locator('.site-header').count(), 0, 'none: the view alone');
    assert.match(await title(bare).innerText(), /goals/);
    // The compact widget's title is near its top: no 170 px header first.
    const top = await compact.evaluate((el) => el.getBoundingClientRect().top);
    const titleTop = await title(compact).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(titleTop - top < 120, `title ${titleTop - top} px below the widget's top`);

    // Live: what was entered stays.
    await compact.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    await page.evaluate(() => document.getElementById('compact').setAttribute('chrome', 'full'));
    await compact.locator('.brand').waitFor();
    assert.equal(await compact.locator('.questionnaire [data-statement="trust.time"] input[value="3"]').isChecked(), true);
    await page.evaluate(() => document.getElementById('compact').setAttribute('chrome', 'none'));
    await page.waitForFunction(() => !document.getElementById('compact').shadowRoot.querySelector('.site-header'));

    // (Before axe, whose own injected styles the policy refuses.)
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#compact').include('#full').include('#bare').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
});
