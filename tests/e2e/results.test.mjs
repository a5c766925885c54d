// Results a person can read on a phone and print: the scores table reflows
// at 320 px with each band in view, the navigation takes one line, and a
// complete assessment with five plan items prints on at most two A4 pages
// with a header, the plan as text and no controls. Screenshots of each state
// go to test-results/screenshots/ to be looked at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, ready, seedStorage, setUp, statementIds } from './harness.mjs';

const env = setUp();
const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** A partnership with every statement rated, five plan items, notes and two snapshots. */
function completeStore(ids) {
  const t = 1764547200000;
  const answers = Object.fromEntries(ids.map((id, i) => [id, { v: 1 + ((i * 3) % 5), t: t + i }]));
  const weakest = ids.filter((_, i) => 1 + ((i * 3) % 5) <= 2).slice(0, 5);
  const actions = Object.fromEntries(
    weakest.map((id, i) => [id, { v: { note: `Agree a first step for item ${i + 1} at the next partners’ meeting`, role: 'Partnership lead', due: '2027-03-31' }, t }]),
  );
  const notes = Object.fromEntries(weakest.slice(0, 3).map((id, i) => [id, { v: `Why we rated it so, note ${i + 1}.`, t }]));
  const snapshot = (date, shift) => ({ date, answers: Object.fromEntries(ids.map((id, i) => [id, 1 + ((i * 3 + shift) % 5)])) });
  return JSON.stringify({
    app: 'making-collaboration-work',
    schema: 3,
    current: 'p1',
    assessments: [{
      id: 'p1', label: 'Council and university partnership', label_t: t, created: '2026-06-01',
      answers, actions, notes, snapshots: [snapshot('2026-06-01', 1), snapshot('2026-09-01', 2)],
    }],
    deleted: [],
  });
}

describe('results on phones and on paper', () => {
  test('at 320 px the scores need no sideways scrolling and every band is in view; light and dark', async () => {
    const ids = await statementIds(env.browser, env.server.url);
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [320, 375, 1280]) {
        const context = await env.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const { page, problems } = await openPage(env.browser, env.server.origin, { context });
        await seedStorage(page, 'mcw:default:data', completeStore(ids));
        await page.goto(`${env.server.url}#/results`);
        await ready(page);
        const table = page.locator('.scores-layout .score-table');
        const fits = await table.evaluate((el) => el.scrollWidth <= el.parentElement.clientWidth + 1);
        assert.ok(fits, `the scores table fits at ${width} px`);
        for (const band of await table.locator('.band').all()) {
          const box = await band.boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= width, `a band is in view at ${width} px`);
        }
        // The navigation takes one line.
        const rows = await page.locator('.site-nav li').evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size);
        assert.equal(rows, 1, `navigation on one line at ${width} px`);
        const current = await page.locator('.site-nav a[aria-current="page"]').boundingBox();
        assert.ok(current.x >= 0 && current.x + current.width <= width, `the current view is in sight in the navigation at ${width} px`);
        // The change since the last snapshot, in words, and a chart per topic with its table.
        assert.match(await page.locator('.trend-changes').innerText(), /Trust 2\.9 → 3\.1 since 1 September 2026/);
        assert.equal(await page.locator('.trend svg[role="img"]').count(), 5);
        assert.match(await page.locator('.trend svg').nth(2).getAttribute('aria-label'), /^Trust: 3\.0 on 1 June 2026, 3\.1 now$/);
        assert.equal(await page.locator('.trend-table tbody tr').count(), 3, 'two snapshots and now');
        await page.screenshot({ path: join(SHOTS, `results-${width}-${colorScheme}.png`), fullPage: true });
        const { violations } = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe at ${width} px, ${colorScheme}`);
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });

  test('a complete assessment with five plan items prints on at most two A4 pages, as text', async () => {
    const ids = await statementIds(env.browser, env.server.url);
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await seedStorage(page, 'mcw:default:data', completeStore(ids));
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.results').innerText();
    assert.match(printed, /Council and university partnership · printed \d{1,2} \w+ 20\d\d · 42 of 42 statements answered/);
    assert.match(printed, /What we will do: Agree a first step for item 1/);
    assert.match(printed, /Target date: 31 March 2027/);
    assert.match(printed, /Why we rated it so, note 1\./);
    // Advice in whole sentences: a prompt with its stage.
    assert.match(printed, /The guide advises: Agree on vision\s*\n\s*Invite challenge/);
    assert.doesNotMatch(printed, /›/, "no breadcrumb: a stage and its prompt are laid out");
    for (const absent of [/Copy link/, /Print your results/, /Save today’s snapshot/, /Export all data/, /Add another partnership/, /yyyy/]) {
      assert.doesNotMatch(printed, absent);
    }
    assert.equal(await page.locator('.results input:visible, .results textarea:visible, .results button:visible').count(), 0, 'no controls on paper');
    const pdf = await page.pdf({ path: join(SHOTS, 'results-print.pdf'), format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;
    assert.ok(pages <= 2, `${pages} pages`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('“Compare with mine” needs an answer, then adds your results as “You”, never under your partnership’s name', async () => {
    const sender = await openPage(env.browser, env.server.origin);
    await sender.page.goto(`${env.server.url}#/trust`);
    await ready(sender.page);
    await sender.page.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    await sender.page.goto(`${env.server.url}#/results`);
    await ready(sender.page);
    const bare = await sender.page.locator('#share-link').inputValue();
    await sender.page.locator('#share-label').fill('Health trust');
    await sender.page.locator('#share-label').press('Tab');
    await sender.page.waitForFunction((old) => document.querySelector('#share-link').value !== old, bare);
    const link = await sender.page.locator('#share-link').inputValue();
    assert.match(await sender.page.locator('.share').innerText(), /holds your one rating and the label “\u2068Health trust\u2069”/);

    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(link);
    await ready(page);
    const compare = page.getByRole('button', { name: 'Compare with mine' });
    assert.equal(await compare.isDisabled(), true);
    assert.match(await page.locator('#compare-mine-hint').innerText(), /first answer at least one statement yourself/);
    await page.goto(`${env.server.url}#/power`);
    await page.locator('.questionnaire [data-statement="power.team"]').getByLabel('Largely').check();
    await page.goto(`${env.server.url}#/results`);
    await page.locator('#partnership-name').fill('Council');
    await page.locator('#partnership-name').press('Tab');
    await page.goto(link);
    await ready(page);
    await page.getByRole('button', { name: 'Compare with mine' }).click();
    await page.locator('.compare-links').waitFor();
    assert.deepEqual(await page.locator('.compare-links bdi').allInnerTexts(), ['Health trust', 'You']);
    assert.ok(!decodeURIComponent(page.url()).includes('Council'), 'the partnership’s name is not in the address');
    assert.deepEqual([...sender.problems, ...problems], []);
    await sender.context.close();
    await context.close();
  });

  test('home leads with one first step, which opens the first topic, and says how long the rest takes', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 375, height: 800 });
    await page.goto(env.server.url);
    await ready(page);
    const start = page.locator('.first-step a');
    assert.equal(await start.innerText(), 'Start with topic 1: Find partners');
    assert.match(await page.locator('.first-step').innerText(), /42 statements to rate, about 14 minutes in all\./);
    await start.click();
    await page.locator('h1', { hasText: 'How to find collaborative partners' }).waitFor();
    await page.locator('.questionnaire [data-statement]').first().getByLabel('Largely').check();
    await page.goto(env.server.url);
    await ready(page);
    assert.equal(await page.locator('.first-step a').innerText(), 'Carry on: Find partners');
    assert.match(await page.locator('.first-step').innerText(), /41 statements left to rate/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
