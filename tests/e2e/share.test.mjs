// Sharing results as a link and comparing partners: the link opens in a
// fresh browser with the same scores, comparisons order items by how far
// apart partners are (the group summary's disagreement measure), and broken
// links explain themselves.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, ready, setUp } from './harness.mjs';

const env = setUp();

async function rate(page, slug, ratings) {
  await page.goto(`${env.server.url}#/${slug}`);
  await ready(page);
  for (const [node, value] of Object.entries(ratings)) {
    await page.locator(`.questionnaire [data-statement="${node}"] input[value="${value}"]`).check();
  }
}

async function shareLink(page, label) {
  await page.goto(`${env.server.url}#/results`);
  await ready(page);
  if (label) {
    // The label is kept for the partnership: committed on leaving the field.
    const before = await page.locator('#share-link').inputValue();
    await page.locator('#share-label').fill(label);
    await page.locator('#share-label').press('Tab');
    await page.waitForFunction((old) => document.querySelector('#share-link').value !== old, before);
  }
  return page.locator('#share-link').inputValue();
}

const scoreRows = (page) =>
  page.locator('.score-table').first().locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));

describe('sharing and comparing', () => {
  test('a shared link opens in a fresh browser with the same scores, read-only', async () => {
    const me = await openPage(env.browser, env.server.origin);
    await rate(me.page, 'trust', { 'trust.time': 5, 'trust.roles': 2, 'trust.compromise': 4, 'trust.ground-rules': 1, 'trust.trustworthy': 3 });
    const link = await shareLink(me.page, 'Our council');
    assert.match(link, /#\/share\/1[A-Za-z0-9_-]+$/);
    const payload = link.split('#/share/')[1];
    // 27 characters of ratings, plus the 11-character label.
    assert.ok(payload.length <= 27 + 16, `payload ${payload.length} characters`);
    const mine = await scoreRows(me.page);

    const visitor = await openPage(env.browser, env.server.origin); // a fresh context: no shared storage
    await visitor.page.goto(link);
    await ready(visitor.page);
    assert.equal(await visitor.page.locator('h1').innerText(), 'Our council');
    assert.deepEqual(await scoreRows(visitor.page), mine);
    assert.equal(await visitor.page.evaluate(() => localStorage.length), 0, 'opening a link saves nothing');
    const { violations } = await new AxeBuilder({ page: visitor.page }).analyze();
    assert.deepEqual(violations.map((v) => v.id), []);

    // Save a copy: now it is the visitor's own.
    await visitor.page.getByRole('button', { name: 'Save a copy in this browser' }).click();
    await visitor.page.locator('.notice', { hasText: 'Saved a copy' }).waitFor();
    await visitor.page.waitForFunction(() => localStorage.getItem('mcw:default:data')?.includes('trust.time'));
    assert.deepEqual([...me.problems, ...visitor.problems], []);
    await me.context.close();
    await visitor.context.close();
  });

  test('copy falls back to a selected field when the clipboard is refused', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    // A browser or policy that refuses the clipboard, as some intranets do.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        get: () => ({ writeText: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) }),
      });
    });
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = page.locator('.copy-status', { hasText: /did not let the page copy/ });
    await status.waitFor();
    assert.match(await status.innerText(), /The text is selected: press Ctrl\+C/);
    const selected = await page.evaluate(() => {
      const f = document.activeElement;
      return f.value.slice(f.selectionStart, f.selectionEnd);
    });
    assert.equal(selected, await page.locator('#share-link').inputValue(), 'the whole link, selected');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('copy puts the link on the clipboard where the browser allows it', async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    const { page, problems } = await openPage(env.browser, env.server.origin, { context });
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.copy-status', { hasText: 'Copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#share-link').inputValue());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('comparing three links orders items by divergence and can be shared', async () => {
    const partners = [
      { 'power.team': 5, 'power.checks': 3, 'power.strengths': 4 },
      { 'power.team': 1, 'power.checks': 3, 'power.strengths': 3 },
      { 'power.team': 3, 'power.checks': 4, 'power.strengths': 1 },
    ];
    const links = [];
    for (const [i, ratings] of partners.entries()) {
      const p = await openPage(env.browser, env.server.origin);
      await rate(p.page, 'power', ratings);
      links.push(await shareLink(p.page, `Org ${i + 1}`));
      await p.context.close();
    }
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/compare`);
    await ready(page);
    await page.locator('#compare-paste').fill(links.join('\n'));
    await page.getByRole('button', { name: 'Add links' }).click();
    await page.locator('.divergence').waitFor();
    const order = await page.locator('.divergence tbody tr').evaluateAll((rows) =>
      rows.map((r) => [r.dataset.statement, r.querySelector('.gap').textContent]),
    );
    // Ranked by the group summary's measure: 5,1,3 then 4,3,1 then 3,3,4.
    assert.deepEqual(order, [['power.team', '1.3'], ['power.strengths', '1.0'], ['power.checks', '0.3']]);
    assert.match(await page.locator('.overall').innerText(), /Overall agreement: 33 %/);
    assert.match(await page.locator('.compare .notice').innerText(), /recognise/);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => v.id), []);

    // The comparison travels as one link.
    const whole = await page.locator('#compare-link').inputValue();
    const other = await openPage(env.browser, env.server.origin);
    await other.page.goto(whole);
    await other.page.locator('.divergence').waitFor();
    assert.equal(await other.page.locator('.divergence tbody tr').count(), 3);
    assert.deepEqual([...problems, ...other.problems], []);
    await context.close();
    await other.context.close();
  });

  test('broken links each explain themselves, with no console error', async () => {
    const fixture = readFileSync(join(ROOT, 'tests/fixtures/share-links.txt'), 'utf8')
      .split('\n').filter((l) => l && !l.startsWith('#'))[1].split('\t')[0];
    const cases = [
      ['', /link is empty; it may have been cut short/],
      [fixture.slice(0, 10), /incomplete/],
      [fixture.slice(0, -3) + (fixture.at(-3) === 'A' ? 'B' : 'A') + fixture.slice(-2), /changed or mistyped/],
      ['9' + fixture.slice(1), /not one this version of the tool can read: it may have been mistyped, or made by a newer version/],
      ['1' + 'A'.repeat(400), /far longer/],
      ['1abc$<img src=x onerror=alert(1)>', /characters that a results link never has/],
      ['%3Cscript%3Ealert(1)%3C/script%3E', /not one this version of the tool can read: it may have been mistyped, or made by a newer version/],
    ];
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    for (const [payload, expected] of cases) {
      await page.goto(`${env.server.url}#/share/${payload}`);
      await ready(page);
      assert.equal(await page.locator('h1').innerText(), 'This results link cannot be opened', payload);
      assert.match(await page.locator('.form-error').innerText(), expected, payload);
      assert.equal(await page.locator('img').count(), 0);
    }
    // A comparison names the bad link and still works with the good ones.
    await page.goto(`${env.server.url}#/compare/${fixture}.${fixture.slice(0, 10)}.${fixture}`);
    await page.locator('.compare-links').waitFor();
    assert.match(await page.locator('.compare-links').innerText(), /This link is incomplete/);
    await page.locator('.divergence').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
