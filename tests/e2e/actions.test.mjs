// A meeting's agreed actions, after the meeting: a partner on a phone opens
// the link and adds two of three actions to a partnership of their choice,
// with the keyboard only; a reload keeps them, and their plan says which
// review each came from. Then the next round's comparison, given the
// actions link beside the earlier round's, lists each action beside what
// changed. The link is the fixture line "A-three"
// (tests/fixtures/share-formats.txt); the results, tests/fixtures/review-30.txt.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, seedStorage, setUp } from './harness.mjs';

const env = setUp();
const DATA_KEY = 'mcw:default:data';
const RESULTS = readFileSync(join(ROOT, 'tests/fixtures/review-30.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t')[1]);
const THREE = readFileSync(join(ROOT, 'tests/fixtures/share-formats.txt'), 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .find(([, variant]) => variant === 'A-three')[2];

async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

/** A link as a reply leaves it: wrapped at 70 characters, each line quoted. */
const quoted = (link) => link.match(/.{1,70}/g).map((line) => `> ${line}`).join('\n');

/** Text without the isolates that keep a name's direction its own. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/** Two partnerships: the schema-5 fixture's, and one the partner reviews with Riverside. */
function twoPartnerships() {
  const store = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/store-v5.json'), 'utf8'));
  store.assessments.push({
    id: 'p2', label: 'Riverside Partnership', label_t: 0, link_label: '', link_label_t: 0, created: '2026-11-20',
    answers: {}, actions: {}, notes: {}, agreed: [], snapshots: [],
  });
  return JSON.stringify(store);
}

/** Presses Tab until `selector` has focus (a keyboard user's way there). */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

describe('agreed actions', () => {
  test('a partner on a phone adds two of three actions to a chosen partnership, keyboard only; a reload keeps them', async () => {
    const { page, problems } = await openPage(env.browser, env.server.origin, { width: 320, height: 720 });
    await seedStorage(page, DATA_KEY, twoPartnerships());
    await page.goto(`${env.server.url}#/actions/${THREE}`);
    const page_ = page.locator('.agreed-actions');
    await page_.locator('h1', { hasText: 'Agreed actions' }).waitFor();
    assert.match(plain(await page_.innerText()), /Agreed at “Riverside Partnership review, spring” on 12 March 2027\./);
    const about = await page_.locator('.agreed-list .hint').allInnerTexts();
    assert.deepEqual(about.map(plain), [
      'For: The topic as a whole: Trust. Led by the council. By end of June 2027.',
      'For: We set aside time specifically to build trust. Led by Voluntary sector forum. By 15 July 2027.',
      'For: We have checks and balances so that no one partner dominates. Led by Hospital trust.',
    ]);
    // Opening it wrote nothing, and nothing is ticked.
    assert.equal(await page.locator('.agreed-list input:checked').count(), 0);
    const stored = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), DATA_KEY);
    assert.deepEqual((await stored()).assessments[1].agreed, []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'nothing wider than the phone');
    await axe(page, 'opened');

    // Keyboard only: the first and the third, into Riverside's plan.
    await tabTo(page, '#agreed-0');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'agreed-2');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'agreed-partnership');
    assert.equal(await page.locator('#agreed-partnership').inputValue(), 'p1', 'the open partnership at first');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#agreed-partnership').inputValue(), 'p2');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Add the 2 ticked actions to this plan');
    await axe(page, 'two ticked');
    await page.keyboard.press('Enter');

    const notice = page.locator('.notice', { hasText: 'agreed actions' });
    await notice.waitFor();
    assert.match(plain(await notice.innerText()), /Added 2 agreed actions to the action plan of “Riverside Partnership”, now the partnership you are working on\./);
    await page.locator('.agreed-list .hint', { hasText: 'Already in this plan.' }).nth(1).waitFor();
    assert.deepEqual(await page.locator('.agreed-list input').evaluateAll((boxes) => boxes.map((b) => b.disabled)), [true, false, true]);
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).assessments[1].agreed.length === 2, DATA_KEY);
    const saved = await stored();
    assert.deepEqual(saved.assessments[1].agreed.map((a) => a.what), ['Monthly steering call', 'Rotate the chair at each meeting']);
    assert.equal(saved.current, 'p2');
    assert.equal(saved.assessments[0].agreed.length, 3, 'the other partnership untouched');
    await axe(page, 'added');

    // A reload keeps them; the plan says which review each came from.
    await page.reload();
    await page.locator('.agreed-list .hint', { hasText: 'Already in this plan.' }).nth(1).waitFor();
    await page.goto(`${env.server.url}#/results`);
    const plan = page.locator('.action-plan');
    await plan.locator('.plan-agreed').nth(1).waitFor();
    assert.equal(await plan.locator('.plan-agreed').count(), 2);
    const sources = await plan.locator('.plan-source').allInnerTexts();
    assert.deepEqual(sources.map(plain), Array(2).fill('Agreed at the review “Riverside Partnership review, spring” on 12 March 2027.'));
    assert.equal(await plan.locator('.plan-agreed .plan-statement').first().innerText(), 'The topic as a whole: Trust');
    // Theirs to change, as their own items are.
    const lead = plan.locator('.plan-agreed').first().getByLabel(/Who leads it/);
    assert.equal(await lead.inputValue(), 'the council');
    await lead.fill('Council partnerships team');
    await lead.press('Tab');
    await page.waitForFunction((k) => localStorage.getItem(k).includes('Council partnerships team'), DATA_KEY);
    await axe(page, 'plan');
    assert.deepEqual(problems, []);
  });

  test('the next round’s comparison, given the actions link beside the earlier round, lists each beside its change', async () => {
    const { page, problems } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/compare/${RESULTS.slice(6, 12).join('.')}`);
    await page.locator('.group-summary').waitFor();
    const round1 = `${env.server.url}#/compare/${RESULTS.slice(0, 6).join('.')}`;
    const actions = `${env.server.url}#/actions/${THREE}`;
    await page.getByLabel(/^Earlier round/).fill(`Spring:\n${quoted(round1)}\n\nWhat we agreed:\n${quoted(actions)}\nThanks`);
    await page.getByRole('button', { name: 'Add the earlier round' }).click();
    const agreed = page.locator('.agreed-changes');
    await agreed.waitFor();
    const lines = (await agreed.locator('li').allInnerTexts()).map(plain);
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^Agreed at “Riverside Partnership review, spring” on 12 March 2027: Monthly steering call, led by the council, by end of June 2027 — Trust: median (\d\.\d → \d\.\d, (better|worse)|unchanged at \d\.\d)\.$/);
    assert.match(lines[1], /A shared away day before the summer, led by Voluntary sector forum, by 15 July 2027 — “We set aside time specifically to build trust\.” Median /);
    assert.match(lines[2], /Rotate the chair at each meeting, led by Hospital trust — “We have checks and balances so that no one partner dominates\.” Median /);
    assert.match(await agreed.innerText(), /kept in this tab only, not in this comparison’s link/);
    await axe(page, 'with agreed actions');
    // On a phone and a narrow sidebar: the lines wrap, nothing sideways.
    for (const width of [375, 320]) {
      await page.setViewportSize({ width, height: 740 });
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scrolling at ${width} px`);
      assert.ok(await agreed.evaluate((list) => list.getBoundingClientRect().right <= window.innerWidth), `the actions within ${width} px`);
    }
    await axe(page, 'with agreed actions, 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Kept for the tab: a reload shows them again.
    await page.reload();
    await page.locator('.agreed-changes li').nth(2).waitFor();
    // Removed, the box for them comes back, and takes them alone.
    await page.getByRole('button', { name: 'Remove the agreed actions' }).click();
    await page.getByLabel(/^Agreed actions: paste/).fill(quoted(actions));
    await page.getByRole('button', { name: 'Add the agreed actions' }).click();
    await page.locator('.agreed-changes li').nth(2).waitFor();
    await axe(page, 'added again');
    assert.deepEqual(problems, []);
  });
});
