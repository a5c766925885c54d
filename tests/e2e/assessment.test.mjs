// The self-assessment as people use it: answering by keyboard, results that
// survive a reload, two tabs in step, damaged or refused storage, a hostile
// import, and deleting everything.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { openPage, ready, seedStorage, setUp } from './harness.mjs';

const DATA_KEY = 'mcw:default:data';

const env = setUp();

const checkedValues = (page, scope) =>
  page.locator(`${scope} fieldset.rating`).evaluateAll((sets) =>
    sets.map((set) => set.querySelector('input:checked')?.value ?? null),
  );

describe('self-assessment', () => {
  test('answer a whole spread by keyboard; answers and results survive a reload', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/power`);
    await ready(page);
    const count = await page.locator('.questionnaire fieldset.rating').count();
    assert.equal(count, 8);
    // Keyboard only: Tab into the first group, Space picks "Not at all",
    // ArrowRight moves up the scale.
    await page.locator('.questionnaire h2').evaluate((h) => h.setAttribute('tabindex', '-1'));
    await page.locator('.questionnaire h2').focus();
    const wanted = [5, 4, 4, 3, 2, 5, 4, 1];
    for (const rating of wanted) {
      await page.keyboard.press('Tab');
      // Tab passes what lies between two groups (a "Clear answer" button and
      // the note's disclosure, or at first the progress bar's neighbours).
      while (!(await page.evaluate(() => document.activeElement?.type === 'radio'))) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let k = 1; k < rating; k++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab'); // to "Clear answer"
    }
    assert.deepEqual(await checkedValues(page, '.questionnaire'), wanted.map(String));
    // The spread's running score: (5+4+4+3+2+5+4+1) / 8 = 3.5, a developing
    // band (shown a frame after the last answer's radio).
    await page.locator('.questionnaire .progress', { hasText: /8 of 8 answered · score 3\.5 · ◆ Developing/ }).waitFor();

    await page.reload();
    await ready(page);
    assert.deepEqual(await checkedValues(page, '.questionnaire'), wanted.map(String));
    // The diagram shows each rating as a number.
    assert.equal(await page.locator('svg [data-node="power.roles"] .rating-badge text').textContent(), '5');

    await page.getByRole('link', { name: 'Your results' }).first().click();
    await page.waitForFunction(() => location.hash === '#/results');
    const powerRow = page.locator('.score-table tr', { hasText: 'Power' }).first();
    assert.match(await powerRow.innerText(), /8 of 8/);
    assert.match(await powerRow.innerText(), /3\.5/);
    assert.match(await powerRow.innerText(), /Developing/);
    assert.match(await page.locator('.next-list').innerText(), /Rated 1 of 5/);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => v.id), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('answering moves nothing below the statement, on a phone: its Clear button keeps its room', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${env.server.url}#/trust`);
    await ready(page);
    const first = page.locator('.questionnaire fieldset.rating').first();
    const next = page.locator('.questionnaire fieldset.rating').nth(1);
    const clear = first.getByRole('button', { name: /^Clear answer/ });
    // Unanswered: nothing to clear, for the keyboard or a screen reader.
    assert.equal(await clear.count(), 0);
    // Where the next statement sits in the page (clicks scroll the window).
    const place = () => next.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await place();
    await first.locator('.rating-choice').nth(3).click();
    assert.equal(await clear.count(), 1);
    assert.equal(await place(), before, 'the next statement stays where it was');
    await clear.click();
    assert.equal(await first.locator('input:checked').count(), 0);
    // The keyboard's place stays in the statement: on its first choice.
    assert.equal(await first.locator('input[type="radio"]').first().evaluate((el) => el === document.activeElement), true);
    assert.equal(await clear.count(), 0);
    assert.equal(await place(), before);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the panel and the questionnaire edit the same answer', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/trust/roles`);
    await page.locator('.node-panel fieldset.rating').waitFor();
    // The other copy, the progress line and the diagram's badge show an
    // answer one frame after the radio clicked does.
    const shows = (selector, value) => page.waitForFunction(([s, v]) => document.querySelector(s)?.value === v, [selector, value]);
    await page.locator('.node-panel').getByLabel('Largely').check();
    await shows('.questionnaire [data-statement="trust.roles"] input:checked', '4');
    await page.locator('.questionnaire [data-statement="trust.roles"]').getByLabel('Don’t know / not applicable').check();
    await shows('.node-panel input:checked', '0');
    await page.waitForFunction(() => document.querySelector('svg [data-node="trust.roles"] .rating-badge text')?.textContent === '?');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('two open tabs stay in step', async () => {
    const context = await env.browser.newContext();
    const a = await openPage(env.browser, env.server.origin, { context });
    const b = await openPage(env.browser, env.server.origin, { context });
    for (const { page } of [a, b]) {
      await page.goto(`${env.server.url}#/goals`);
      await ready(page);
    }
    await a.page.locator('[data-statement="goals.who"]').first().getByLabel('Fully').check();
    await b.page.waitForFunction(() => document.querySelector('[data-statement="goals.who"] input:checked')?.value === '5');
    await b.page.locator('[data-statement="goals.vision"]').first().getByLabel('A little').check();
    await a.page.waitForFunction(() => document.querySelector('[data-statement="goals.vision"] input:checked')?.value === '2');
    // Neither tab lost the other's edit.
    const stored = JSON.parse(await a.page.evaluate((k) => localStorage.getItem(k), DATA_KEY));
    const answers = stored.assessments[0].answers;
    assert.equal(answers['goals.who'].v, 5);
    assert.equal(answers['goals.vision'].v, 2);
    assert.deepEqual([...a.problems, ...b.problems], []);
    await context.close();
  });

  test('unreadable saved data is kept byte for byte, explained, and offered for download', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    const junk = '{"app":"making-collaboration-work","schema":1,"current":"x", <broken> ✂';
    await seedStorage(page, DATA_KEY, junk);
    await page.goto(env.server.url);
    await ready(page);
    const notice = page.locator('.notice');
    assert.match(await notice.innerText(), /could not read/);
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('mcw:default:backup:')).map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(backups, [junk]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the kept data' }).click(),
    ]);
    const saved = await download.createReadStream();
    let text = '';
    for await (const chunk of saved) text += chunk;
    assert.equal(text, junk);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('data from a newer release is left untouched and never overwritten', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    const newer = '{"app":"making-collaboration-work","schema":99,"future":true}';
    await seedStorage(page, DATA_KEY, newer);
    await page.goto(`${env.server.url}#/trust`);
    await ready(page);
    assert.match(await page.locator('.notice').innerText(), /newer version/);
    await page.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), DATA_KEY), newer);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('at the partnership limit, adding is replaced by a hint and saved data still reads back', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    const assessments = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, label: `Partnership ${i + 1}`, created: '2026-11-01' }));
    await seedStorage(page, DATA_KEY, JSON.stringify({ app: 'making-collaboration-work', schema: 1, current: 'p0', assessments, deleted: [] }));
    await page.goto(`${env.server.url}#/results`);
    await page.locator('.partnership').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add another partnership' }).count(), 0);
    assert.match(await page.locator('.partnership').innerText(), /50 partnerships is the most this tool keeps/);
    // Still fully usable: an answer saves, and the saved data reads back after a reload.
    await page.goto(`${env.server.url}#/trust`);
    await ready(page);
    await page.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Largely').check();
    await page.waitForFunction((k) => localStorage.getItem(k).includes('trust.time'), DATA_KEY);
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('.questionnaire [data-statement="trust.time"] input:checked').getAttribute('value'), '4');
    assert.equal(await page.locator('.notice').count(), 0, 'no "could not read" notice');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with storage refused the app works in memory and says so', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(`${env.server.url}#/evaluate`);
    await ready(page);
    assert.match(await page.locator('.notice').innerText(), /not letting the page save/);
    await page.locator('.questionnaire [data-statement="evaluate.stop"]').getByLabel('Fully').check();
    await page.locator('.questionnaire .progress', { hasText: /1 of 7 answered/ }).waitFor();
    assert.match(await page.locator('.save-status').innerText(), /Not saved/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a hostile import is refused with a reason and changes nothing', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    const input = page.locator('#import-file');
    const files = [
      ['markup.json', '<script>alert(1)</script>', /not valid JSON/],
      ['stranger.json', '{"hello":"world"}', /not a file saved by this app/],
      ['deep.json', '['.repeat(5000) + ']'.repeat(5000), /could not be imported/],
      [
        'evil-label.json',
        JSON.stringify({
          app: 'making-collaboration-work', schema: 1, current: 'e',
          assessments: [{ id: 'e', label: '<img src=x onerror=alert(1)>', created: '2026-01-01', answers: { 'x.y': { v: 3, t: 1 } } }],
        }),
        /statements this app does not know/,
      ],
    ];
    for (const [name, body, expected] of files) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const message = page.locator('.form-error');
      await message.waitFor();
      assert.match(await message.innerText(), expected);
      assert.match(await message.innerText(), /Nothing was changed/);
    }
    // A valid file with markup in its label imports as plain text.
    const good = JSON.stringify({
      app: 'making-collaboration-work', schema: 1, current: 'g',
      assessments: [{ id: 'g', label: '<b>Imported</b>', created: '2026-01-01', answers: { 'trust.time': { v: 3, t: 1 } } }],
    });
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await page.locator('.form-message:not(.form-error)').waitFor();
    assert.equal(await page.locator('b', { hasText: 'Imported' }).count(), 0, 'no markup interpreted');
    // The untouched local placeholder gives way to the imported assessment.
    assert.equal(await page.locator('#partnership-name').inputValue(), '<b>Imported</b>');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('deleting everything in one tab clears the other open tab too', async () => {
    const context = await env.browser.newContext();
    const a = await openPage(env.browser, env.server.origin, { context });
    const b = await openPage(env.browser, env.server.origin, { context });
    await a.page.goto(`${env.server.url}#/power`);
    await ready(a.page);
    await a.page.locator('.questionnaire [data-statement="power.team"]').getByLabel('Fully').check();
    await b.page.goto(`${env.server.url}#/results`);
    await ready(b.page);
    await a.page.waitForFunction(() => localStorage.length > 0);
    b.page.once('dialog', (d) => d.accept());
    await b.page.getByRole('button', { name: 'Delete all my data' }).click();
    await a.page.locator('.notice', { hasText: 'deleted in another tab' }).waitFor();
    assert.match(await a.page.locator('.questionnaire .progress').innerText(), /0 of 8 answered/);
    // A later edit in that tab starts afresh instead of restoring the deleted data.
    await a.page.locator('.questionnaire [data-statement="power.checks"]').getByLabel('Partly').check();
    await a.page.waitForFunction(() => localStorage.getItem('mcw:default:data')?.includes('power.checks'));
    const stored = await a.page.evaluate(() => localStorage.getItem('mcw:default:data'));
    assert.doesNotMatch(stored, /power\.team/);
    assert.deepEqual([...a.problems, ...b.problems], []);
    await context.close();
  });

  test('delete all my data leaves no key behind', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/partners`);
    await ready(page);
    await page.locator('.questionnaire [data-statement="partners.why"]').getByLabel('Largely').check();
    await page.evaluate(() => localStorage.setItem('unrelated-site-key', 'keep me'));
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.locator('.notice', { hasText: 'deleted' }).waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys, ['unrelated-site-key']);
    assert.match(await page.locator('.progress').first().innerText(), /0 of 42 answered/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
