// A review across rounds, as a facilitator runs it: round 1 named and
// shared; its named link pasted into a new comparison's paste box and as
// round 2's earlier round (wrapped and quoted by a reply); round 3 against
// round 2; and links made by the build that landed before the one share
// layer, opened and pasted. The results are tests/fixtures/review-30.txt.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, setUp } from './harness.mjs';

const env = setUp();
const RESULTS = readFileSync(join(ROOT, 'tests/fixtures/review-30.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t')[1]);
const FORMATS = readFileSync(join(ROOT, 'tests/fixtures/share-formats.txt'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [build, variant, payload, opens] = line.split('\t');
    return { build, variant, payload, opens: JSON.parse(opens) };
  });

async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

/** A link as a reply leaves it: wrapped at 70 characters, each line quoted. */
const quoted = (link) => link.match(/.{1,70}/g).map((line) => `> ${line}`).join('\n');

/** The comparison's own link, once it is drawn. */
async function comparisonLink(page) {
  await page.locator('#compare-link').waitFor();
  return page.locator('#compare-link').inputValue();
}

async function name(page, text) {
  const before = await page.evaluate(() => location.hash);
  await page.getByLabel(/Name of this review/).fill(text);
  await page.getByLabel(/Name of this review/).press('Tab');
  await page.waitForFunction((before) => location.hash !== before, before);
}

describe('a review across rounds', () => {
  test('round 1 named, pasted as results and as round 2’s earlier round; round 3 against round 2', async () => {
    const { page, problems } = await openPage(env.browser, env.server.origin);

    // Round 1: six partners, named.
    await page.goto(`${env.server.url}#/compare/${RESULTS.slice(0, 6).join('.')}`);
    await page.locator('.group-summary').waitFor();
    await name(page, 'Riverside Partnership review, spring');
    const round1 = await comparisonLink(page);
    assert.match(round1, /#\/compare\/H/, 'a named review’s link');
    await axe(page, 'round 1');

    // A new comparison: the named link pasted into the paste box adds its six results.
    await page.goto(`${env.server.url}#/compare`);
    await page.getByLabel(/Paste results links/).fill(`Here is spring’s comparison:\n${quoted(round1)}\nThanks`);
    await page.getByRole('button', { name: 'Add links' }).click();
    await page.locator('.group-summary').waitFor();
    assert.match(await page.locator('.compare-add .form-message').innerText(), /Added 6 results\./);
    assert.equal(await page.locator('.compare-add .broken-links').count(), 0, 'nothing refused');

    // The same link as the earlier round: identical ratings, so nothing changed.
    await page.getByLabel(/^Earlier round/).fill(`Spring:\n${quoted(round1)}`);
    await page.getByRole('button', { name: 'Add the earlier round' }).click();
    const details = page.locator('.review-details', { hasText: 'This is round 2 of the review, compared with round 1 (6 results)' });
    await details.waitFor();
    assert.match(await page.evaluate(() => document.activeElement.textContent), /^This is round 2 of the review/, 'focus follows to what was added');
    assert.equal(await page.getByLabel(/Name of this review/).inputValue(), 'Riverside Partnership review, spring', 'the name carries over');
    const since = await page.locator('.group-summary td[data-label="Since the earlier round"]').allInnerTexts();
    assert.ok(since.length >= 5, since.join(' | '));
    for (const change of since) {
      assert.doesNotMatch(change, /better|worse|closer|further apart|→/, `identical rounds: ${change}`);
    }
    assert.ok(since.some((t) => /median unchanged at \d\.\d/.test(t)), since.join(' | '));
    await page.locator('.agenda').waitFor();
    assert.doesNotMatch(await page.locator('.agenda').innerText(), /better|worse/, 'the agenda follows the same figures');
    await name(page, 'Riverside Partnership review, summer');
    const round2 = await comparisonLink(page);
    await axe(page, 'round 2');

    // Round 3: other partners, round 2's link (named, carrying round 1) as the earlier round.
    await page.goto(`${env.server.url}#/compare/${RESULTS.slice(6, 12).join('.')}`);
    await page.locator('.group-summary').waitFor();
    await page.getByLabel(/^Earlier round/).fill(`Summer’s review:\n${quoted(round2)}`);
    await page.getByRole('button', { name: 'Add the earlier round' }).click();
    await page.locator('.review-details', { hasText: 'This is round 3 of the review, compared with round 2 (6 results)' }).waitFor();
    assert.equal(await page.getByLabel(/Name of this review/).inputValue(), 'Riverside Partnership review, summer');
    await page.locator('.agenda').waitFor();
    await page.getByRole('button', { name: 'Copy the agenda' }).click();
    assert.match(await page.locator('#agenda-text').inputValue(), /Riverside Partnership review, summer/);
    const round3 = await comparisonLink(page);
    await axe(page, 'round 3');

    // Round 3's link, opened fresh, brings all of it back.
    const fresh = await openPage(env.browser, env.server.origin);
    await fresh.page.goto(round3);
    await fresh.page.locator('.review-details', { hasText: 'This is round 3 of the review' }).waitFor();
    assert.deepEqual([...problems, ...fresh.problems], []);
    await fresh.context.close();
    await page.context().close();
  });

  test('links made by the build before the one share layer open, paste and chain', async () => {
    const { page, problems } = await openPage(env.browser, env.server.origin);
    const old = (variant) => FORMATS.find((f) => f.build === 'ced4903' && f.variant === variant);

    // A round-2 link that carries round 1, as that build made it: opened.
    await page.goto(`${env.server.url}#/compare/${old('H-name-round').payload}`);
    await page.locator('.review-details', { hasText: 'This is round 2 of the review, compared with round 1 (6 results)' }).waitFor();
    assert.equal(await page.getByLabel(/Name of this review/).inputValue(), 'Riverside Partnership review, summer');

    // The same link sent as a results link opens as the comparison it is.
    await page.goto(`${env.server.url}#/share/${old('H-name').payload}`);
    await page.locator('.group-summary').waitFor();
    assert.equal(await page.getByLabel(/Name of this review/).inputValue(), 'Riverside Partnership review, spring');

    // Pasted as a later round's earlier round: it becomes round 3's round 2.
    await page.goto(`${env.server.url}#/compare/${RESULTS.slice(12, 18).join('.')}`);
    await page.locator('.group-summary').waitFor();
    await page.getByLabel(/^Earlier round/).fill(quoted(`${env.server.url}#/compare/${old('H-name-round').payload}`));
    await page.getByRole('button', { name: 'Add the earlier round' }).click();
    await page.locator('.review-details', { hasText: 'This is round 3 of the review, compared with round 2 (6 results)' }).waitFor();

    // An invitation pasted among results is named for what it is.
    await page.getByLabel(/Paste results links/).fill(`${env.server.url}#/invite/${old('I-all').payload}`);
    await page.getByRole('button', { name: 'Add links' }).click();
    await page.locator('.broken-links', { hasText: 'This is an invitation to a partnership review, not someone’s results' }).waitFor();
    await axe(page, 'old links');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('side by side on a 320 px phone: long labels wrap, no figure past the edge', async () => {
    const { page, problems } = await openPage(env.browser, env.server.origin, { width: 320, height: 700 });
    await page.goto(`${env.server.url}#/compare/${RESULTS.slice(0, 4).join('.')}`);
    await page.locator('.side-by-side').waitFor();
    const past = await page.evaluate(() =>
      [...document.querySelectorAll('.side-by-side td')].filter((td) => {
        const box = td.getBoundingClientRect();
        const scroll = td.closest('.table-scroll').getBoundingClientRect();
        return box.right > scroll.right + 1 || td.scrollWidth > td.clientWidth + 1;
      }).map((td) => td.textContent));
    assert.deepEqual(past, [], 'every figure within its box');
    assert.ok(await page.evaluate(() => [...document.querySelectorAll('.side-by-side .table-scroll')].every((t) => t.scrollWidth <= t.clientWidth + 1)));
    await axe(page, 'side by side at 320');
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('a name too long for the link is refused with a sentence, and the link keeps its name', async () => {
    const { page, problems } = await openPage(env.browser, env.server.origin, { width: 375, height: 800 });
    await page.goto(`${env.server.url}#/compare/${RESULTS.slice(0, 6).join('.')}`);
    await page.locator('.group-summary').waitFor();
    const fits = 'é'.repeat(60);
    await name(page, fits);
    const before = await page.evaluate(() => location.hash);
    // Forty-one three-byte characters: within 60 characters, over the link's bytes.
    await page.getByLabel(/Name of this review/).fill('語'.repeat(41));
    await page.getByLabel(/Name of this review/).press('Tab');
    await page.locator('#review-name-error', { hasText: 'This name is longer than the comparison’s link can carry' }).waitFor();
    assert.equal(await page.evaluate(() => location.hash), before, 'the link keeps the name it had');
    assert.equal(await page.getByLabel(/Name of this review/).inputValue(), '語'.repeat(41), 'what was typed stays');
    // Eighty Latin letters: refused whole too, never cut to sixty.
    const long = 'Riverside Partnership review of collaboration across the county, spring 2027 ok';
    await page.getByLabel(/Name of this review/).fill(long);
    await page.getByLabel(/Name of this review/).press('Tab');
    assert.equal(await page.getByLabel(/Name of this review/).inputValue(), long);
    await page.locator('#review-name-error').waitFor();
    assert.equal(await page.evaluate(() => location.hash), before);
    await axe(page, 'name refused');

    // Typed and reloaded at once, inside the pause before it joins the link: kept.
    await page.getByLabel(/Name of this review/).fill('');
    await page.getByLabel(/Name of this review/).pressSequentially('Spring review 2027');
    await page.reload();
    await page.locator('.review-details').waitFor();
    await page.waitForFunction(() => document.querySelector('#review-name')?.value === 'Spring review 2027');
    await page.waitForFunction(() => decodeURIComponent(location.hash).startsWith('#/compare/H'));
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
