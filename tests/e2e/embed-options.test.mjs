// Options that say when they are wrong: each invalid or conflicting option
// logs one console warning naming the option, its value and what was used
// instead, and the widget does what the warning says; a view outside
// `views` opens the first allowed one. Correct options log nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/options/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

describe('options that say when they are wrong', () => {
  test('one warning per wrong option, naming it, its value and what was used', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    const warnings = [];
    page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
    await page.goto(env.server.origin + HOST + 'options.html');
    const wrong = page.locator('#wrong');
    const lost = page.locator('#lost');
    const right = page.locator('#right');
    for (const widget of [wrong, lost, right]) await title(widget).waitFor();

    const standalone = `${env.server.origin}/intranet/tools/collaboration/`;
    assert.deepEqual(warnings.sort(), [
      'Making Collaboration Work: chrome="minimal" is not compact, full or none; used compact.',
      'Making Collaboration Work: heading-level="9" is not 1 to 6; used 6.',
      'Making Collaboration Work: namespace="HR team!" may hold only letters, digits and dashes (at most 34); used "HRteam".',
      'Making Collaboration Work: open-links="maybe" is not true or false; used true (the attribute is there).',
      `Making Collaboration Work: share-base="collab/" is not an http(s) address or a path from the site's root; links open ${standalone}.`,
      'Making Collaboration Work: theme="purple" is not auto, light or dark; used auto (the reader\'s system).',
      'Making Collaboration Work: view="power" is not among views="trust,results,bogus"; opened "trust" instead.',
      'Making Collaboration Work: view="power/nonexistent" is not a view; opened "power" instead.',
      'Making Collaboration Work: views="trust,results,bogus" names no view called "bogus"; offered trust,results.',
    ]);

    // Each did what its warning says.
    assert.match(await title(wrong).innerText(), /build trust/, 'the first allowed view, not Power');
    assert.equal(await title(wrong).evaluate((h) => h.tagName), 'H6');
    assert.deepEqual(await wrong.locator('.site-nav a').allInnerTexts(), ['3\nTrust', 'Your results']);
    assert.equal(await wrong.locator('.brand').count(), 0, 'compact chrome');
    await wrong.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    await page.waitForFunction(() => localStorage.getItem('mcw:embed-HRteam:data'));
    assert.match(await title(lost).innerText(), /power dynamic/, 'the topic of the box that is not there');

    // Changing another option does not repeat a warning still standing.
    const before = warnings.length;
    await page.evaluate(() => document.getElementById('wrong').setAttribute('label', 'Renamed check'));
    await wrong.locator('section[aria-label="Renamed check"]').waitFor();
    assert.equal(warnings.length, before);
    // A new wrong value is reported, once.
    const reported = page.waitForEvent('console', (msg) => msg.text().includes('theme="sepia"'));
    await page.evaluate(() => document.getElementById('wrong').setAttribute('theme', 'sepia'));
    await reported;
    assert.equal(warnings.length, before + 1);

    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    // (heading-level="9" made #wrong's title an h6 under the page's h1: the
    // skip is the editor's, and the warning says so.)
    const { violations } = await new AxeBuilder({ page }).include('#wrong').include('#lost').include('#right').disableRules(['heading-order']).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });

  test('widgets with no label are named by the view each starts on, and pass axe side by side', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'unlabelled.html');
    const names = [];
    for (const id of ['#trust', '#power', '#home']) {
      await title(page.locator(id)).waitFor();
      names.push(await page.locator(`${id} section.mcw-app`).getAttribute('aria-label'));
    }
    assert.deepEqual(names, ['Making Collaboration Work: Trust', 'Making Collaboration Work: Power', 'Making Collaboration Work']);
    // The name stays as the reader moves: a landmark does not rename itself.
    await page.locator('#trust .site-nav a[href="#/power"]').evaluate((a) => a.click());
    await title(page.locator('#trust'), 'Power').waitFor();
    assert.equal(await page.locator('#trust section.mcw-app').getAttribute('aria-label'), 'Making Collaboration Work: Trust');
    // (Before axe, whose own inline styles the strict CSP reports.)
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
});
