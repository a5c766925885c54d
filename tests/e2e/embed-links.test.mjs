// Links that come back to the widget: a widget marked `open-links`, whose
// `share-base` is its own page, opens the `#/share/…` and `#/compare/…`
// links of that page's address in place, so a reader compares with the
// answers they gave in that widget (over its views, said so). It only reads
// the fragment, reacts to its own two prefixes only (the page routes its
// tabs by the fragment too), and the comparison module loads only when a
// comparison opens. The page's other widget is not affected. On the
// standalone page, a reader with nothing answered is told where answers
// given in a widget are kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { frames, openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/links/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

/** Rates trust.time `choice` in the linked widget and returns its results link. */
async function resultsLink(page, choice) {
  const linked = page.locator('#linked');
  await linked.locator('.questionnaire [data-statement="trust.time"]').getByLabel(choice).check();
  await linked.locator('.site-nav').getByRole('link', { name: 'Your results' }).click();
  await title(linked, 'Your results').waitFor();
  return linked.locator('#share-link').inputValue();
}

describe('links that come back to the widget', () => {
  test('a results link opens in the widget of its page, compared with that widget\'s answers', async () => {
    // A partner, in a browser of their own, sends their results link.
    const partner = await openPage(env.browser, env.server.origin);
    await partner.page.goto(env.server.origin + HOST + 'links.html');
    const link = await resultsLink(partner.page, 'Fully');
    assert.ok(link.startsWith(`${env.server.origin}${HOST}links.html#/share/`), link);
    await partner.context.close();

    // The reader rated in the same widget on the same page before.
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(env.server.origin + HOST + 'links.html');
    const own = await resultsLink(page, 'Partly');

    // They follow the partner's link (a new page load): the widget opens it in place.
    await page.goto('about:blank');
    await page.goto(link);
    const linked = page.locator('#linked');
    await title(linked, 'Shared results').waitFor();
    assert.match(await title(page.locator('#other')).innerText(), /power dynamic/, 'the other widget is untouched');
    assert.match(await linked.locator('.shared').innerText(), /compares your answers in Trust only/);
    assert.ok(!requested.some((u) => u.includes('collaboration-compare')), 'no comparison module yet');
    await linked.getByRole('button', { name: 'Compare with mine' }).click();
    await title(linked, 'Compare partners').waitFor();
    await linked.locator('#compare-results-heading').waitFor();
    assert.match(await linked.locator('#compare-results-heading').innerText(), /\(2 of/);
    assert.ok(requested.some((u) => u.includes('collaboration-compare')), 'the comparison module, now');
    // Its invitation form offers the widget's topics only.
    const topics = await linked.locator('.invite-form fieldset label').allInnerTexts();
    assert.deepEqual(topics.map((t) => t.trim()), ['Trust']);
    const compared = await linked.locator('.compare').innerText();
    console.log(compared.slice(0, 1500));

    // The page's fragment is the link's, as it was: the widget never wrote it.
    assert.equal(await page.evaluate(() => location.href), link);
    // The host's own tabs by fragment: the widget does not react to them.
    await page.locator('#host-tabs a[href="#events"]').click();
    await page.locator('#events').waitFor();
    assert.ok(await linked.locator('#compare-results-heading').isVisible(), 'still the comparison');
    // Back from the host's tab: the fragment is the link the widget opened,
    // and the reader stays where they went from it.
    await page.goBack();
    await page.waitForFunction((hash) => location.hash === hash, new URL(link).hash);
    await frames(page);
    assert.ok(await linked.locator('#compare-results-heading').isVisible(), 'still the comparison after Back');
    // Another link in the fragment: it opens.
    await page.evaluate((hash) => { location.hash = hash; }, new URL(own).hash);
    await title(linked, 'Shared results').waitFor();
    assert.deepEqual(await page.evaluate(() => window.hashes), [new URL(link).hash, '#events', new URL(link).hash, new URL(own).hash], 'only the host and the test set the fragment');

    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#linked').include('#other').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });

  test('on the standalone page, with nothing answered, the reader is told where widget answers are kept', async () => {
    const partner = await openPage(env.browser, env.server.origin);
    await partner.page.goto(env.server.origin + HOST + 'links.html');
    const link = await resultsLink(partner.page, 'Fully');
    await partner.context.close();
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.url + new URL(link).hash);
    await title(page, 'Shared results').waitFor();
    const hint = page.locator('#compare-mine-hint');
    assert.match(await hint.innerText(), /you have not answered any on this page yet\. Answers given in the tool on another page \(an intranet page, say\) are kept with that page: to compare with them, open the link there\./);
    const button = page.getByRole('button', { name: 'Compare with mine' });
    assert.equal(await button.isDisabled(), true);
    assert.equal(await button.evaluate((b) => getComputedStyle(b).cursor), 'not-allowed', 'looks unusable');
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => v.id), []);
    await context.close();
  });
});
