// The meeting, as a facilitator runs it on a projector: a six-partner
// review's agenda one item at a time with the keyboard only (arrow keys,
// Page Up/Down as a presentation remote sends them, Escape; keys typed in a
// field stay in the field), large type at 1280×720 and 1920×1080 in both
// schemes, a quiet clock that tells a screen reader once when an item runs
// over; what was agreed recorded under four items and kept through a
// reload mid-meeting; then the agreed actions printed (two A4 pages at
// most), copied, downloaded as CSV and sent as the agreed-actions link,
// which opens on the partner's page. Stored notes that cannot be read are
// set aside whole and said so. The results are the first six of
// tests/fixtures/review-30.txt.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, setUp } from './harness.mjs';

const HOST = '/intranet/news/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });
const hostUrl = (page) => env.server.origin + HOST + page;
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const SIX = readFileSync(join(ROOT, 'tests/fixtures/review-30.txt'), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 6)
  .map((line) => line.split('\t')[1]);
const NAME = 'Riverside review, spring';

async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

/** Presses Tab until `selector` has focus (a keyboard user's way there). */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const place = (page) => page.locator('.meeting-place').innerText();
const heading = (page) => page.locator('#meeting-item-heading').innerText();
const noOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The meeting's key in localStorage, and what it holds. */
const stored = (page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => /^mcw:default:meeting:[0-9a-f]{16}$/.test(k));
    return key && { key, notes: JSON.parse(localStorage.getItem(key)) };
  });

/** Every text the meeting shows (not the diagram's, which scales as a
 *  picture, nor what only a screen reader hears), with its type size. */
const textSizes = (page) =>
  page.locator('.meeting').evaluate((meeting) => {
    const out = [];
    for (const el of meeting.querySelectorAll(':scope :is(p, li, dt, dd, label, legend, button, input:not([type=checkbox]), textarea, span, h1, h2, h3, bdi)')) {
      if (el.closest('svg, .visually-hidden') || !el.getClientRects().length) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) || el.matches('input:not([type=checkbox]), textarea');
      if (own) out.push({ text: (el.textContent || el.value || el.tagName).trim().slice(0, 30), size: parseFloat(getComputedStyle(el).fontSize), figure: el.matches('.meeting-figure') });
    }
    return out;
  });

async function assertLargeType(page, body, figures) {
  const sizes = await textSizes(page);
  assert.ok(sizes.length > 10, `texts measured: ${sizes.length}`);
  const small = sizes.filter((s) => s.size < (s.figure ? figures : body));
  assert.deepEqual(small, [], `body ≥ ${body} px, figures ≥ ${figures} px`);
  assert.ok(sizes.some((s) => s.figure), 'figures shown');
}

/** The diagram as the room sees it: every box's label at least `px`
 *  pixels (its type scales with the drawing), none faded, and each label
 *  against its box at 4.5:1 or more (axe leaves the SVG out). */
async function assertDiagramLegible(page, px) {
  const seen = await page.evaluate(() => {
    const svg = document.querySelector('.meeting-diagram svg');
    const [, , vw, vh] = svg.getAttribute('viewBox').split(' ').map(Number);
    const box = svg.getBoundingClientRect();
    const scale = Math.min(box.width / vw, box.height / vh);
    // "rgb(r, g, b)", or "color(srgb r g b)" (0 to 1) from a color-mix().
    const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) * (c.startsWith('color(') ? 255 : 1));
    const lum = (c) => {
      const [r, g, b] = rgb(c).map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    return [...svg.querySelectorAll('.node')].map((node) => {
      const text = node.querySelector('.node-text');
      return {
        node: node.dataset.node,
        size: parseFloat(getComputedStyle(text).fontSize) * scale,
        opacity: Number(getComputedStyle(node).opacity),
        contrast: ratio(getComputedStyle(text).fill, getComputedStyle(node.querySelector('.node-shape')).fill),
      };
    });
  });
  assert.ok(seen.length > 3, `boxes: ${seen.length}`);
  assert.deepEqual(seen.filter((n) => n.size < px || n.opacity < 1 || n.contrast < 4.5), [], `labels ≥ ${px} px, unfaded, 4.5:1`);
}

/** The meeting's bar (where it is, the time spent) at the top of the view. */
const barAtTop = (page) => page.locator('.meeting-bar').evaluate((bar) => Math.abs(bar.getBoundingClientRect().top) < 2);

describe('the meeting', () => {
  test('run with the keyboard only: what was agreed on four items survives a reload; print, copy, CSV and the actions link', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 720, reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await page.clock.install();
    await page.goto(`${env.server.url}#/compare/${SIX.join('.')}`);
    const agendaIds = () => page.locator('.agenda-list > li').evaluateAll((els) => els.map((e) => e.dataset.statement ?? e.dataset.topic));
    await page.locator('.agenda-list > li').first().waitFor();
    // The review's name, typed (it goes on the agreed actions, and keys the notes).
    await page.locator('#review-name').fill(NAME);
    await page.locator('#review-name').press('Tab');
    await page.waitForFunction(() => location.hash.length > 0 && document.querySelector('.agenda') !== null);
    const items = await agendaIds();
    assert.ok(items.length >= 5, items.join(' '));
    const texts = await page.locator('.agenda-list > li .agenda-statement strong').allInnerTexts();

    // Keyboard: from the agenda's time, Tab to "Run the meeting", Enter.
    await page.locator('#agenda-minutes').focus();
    await tabTo(page, '#agenda-run');
    await page.keyboard.press('Enter');
    await page.locator('.meeting').waitFor();
    assert.equal(await focused(page), 'meeting-item-heading', 'the item’s heading takes focus');
    assert.equal(await place(page), `Item 1 of ${items.length}`);
    assert.equal(await heading(page), texts[0]);
    assert.match(await page.locator('.meeting-clock').innerText(), /^Time spent 0 of 10 minutes$/);
    assert.equal(await page.locator('.meeting-clock [aria-live="polite"]').innerText(), '', 'nothing said while on time');
    assert.equal(await page.locator('.meeting-diagram .node.is-selected').getAttribute('data-node'), items[0], 'the item on its diagram');
    await assertLargeType(page, 28, 40);
    assert.ok(await barAtTop(page), 'the meeting starts at the top of the screen');
    await assertDiagramLegible(page, 18);
    assert.ok(await noOverflow(page));
    await page.screenshot({ path: join(SHOTS, 'meeting-1280-light.png') });
    await axe(page, 'first item, light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await assertDiagramLegible(page, 18);
    await page.screenshot({ path: join(SHOTS, 'meeting-1280-dark.png') });
    await axe(page, 'first item, dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // A remote's keys: next, next, back, back.
    for (const [key, n] of [['ArrowRight', 2], ['PageDown', 3], ['ArrowLeft', 2], ['PageUp', 1], ['PageUp', 1]]) {
      await page.keyboard.press(key);
      assert.equal(await place(page), `Item ${n} of ${items.length}`, key);
      assert.equal(await heading(page), texts[n - 1], key);
      assert.equal(await focused(page), 'meeting-item-heading', `${key}: focus on the item`);
      assert.ok(await barAtTop(page), `${key}: the item from the top`);
    }

    // The clock runs over: said once, politely, to a screen reader.
    await page.clock.fastForward('10:05');
    await page.locator('.meeting-clock.is-over').waitFor();
    assert.equal(await page.locator('.meeting-clock [aria-live="polite"]').innerText(), 'This item has run over its 10 minutes.');
    assert.match(await page.locator('.meeting-clock').innerText(), /^Time spent 10 of 10 minutes · over time/);
    await axe(page, 'over time');

    /** Records actions under the item shown: [what, who leads, by when]. */
    const record = async (actions) => {
      for (const [i, [what, lead, by]] of actions.entries()) {
        await tabTo(page, '#meeting-add-action');
        await page.keyboard.press('Enter');
        await page.waitForFunction((id) => document.activeElement?.id === id, `meeting-what-${i}`);
        await page.keyboard.type(what);
        // Keys for the meeting stay in the field while typing.
        for (const key of ['ArrowRight', 'PageDown', 'ArrowLeft', 'Escape']) await page.keyboard.press(key);
        assert.equal(await focused(page), `meeting-what-${i}`);
        await page.keyboard.press('Tab');
        assert.equal(await focused(page), `meeting-lead-${i}`);
        await page.keyboard.type(lead);
        if (by) await page.locator(`#meeting-by-${i}`).fill(by);
      }
    };
    await record([
      ['Hold a monthly steering call open to every partner', 'Council partnerships team', '2027-03-31'],
      ['Agree the goals together at the next away day', 'Voluntary sector forum', ''],
    ]);
    assert.match(await place(page), /^Item 1 of /, 'typing moved nothing');
    assert.equal(await page.locator('#meeting-by-0-hint').count(), 0, 'a date by when is no warning');
    assert.match(await page.locator('#meeting-lead-0-hint').innerText(), /never a person’s name/);
    await axe(page, 'item 1 with two actions');
    await tabTo(page, '#meeting-add-action');
    await page.keyboard.press('ArrowRight');
    assert.equal(await place(page), `Item 2 of ${items.length}`);
    await record([['Share the minutes within a week', 'Health trust', '2027-02-15']]);
    await tabTo(page, '#meeting-add-action');
    await page.keyboard.press('PageDown');
    assert.equal(await place(page), `Item 3 of ${items.length}`);
    await record([['Name a lead partner for each goal', 'The council', '']]);
    await tabTo(page, '#meeting-add-action');
    await page.keyboard.press('ArrowRight');
    assert.equal(await place(page), `Item 4 of ${items.length}`);
    // Item 4: discussed, no action, with a note.
    await tabTo(page, '.meeting-no-action input');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'meeting-note');
    await page.keyboard.type('Views differ for good reasons; revisit next round.');
    await page.keyboard.press('PageDown');
    assert.equal(await place(page), `Item 4 of ${items.length}`, 'Page Down in the note moves nothing');
    await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('revisit next round')));

    // A reload mid-meeting: the same item, and everything typed.
    await page.reload();
    await page.locator('.meeting').waitFor();
    assert.equal(await place(page), `Item 4 of ${items.length}`);
    assert.equal(await page.locator('#meeting-note').inputValue(), 'Views differ for good reasons; revisit next round.');
    assert.ok(await page.locator('.meeting-no-action input').isChecked());
    assert.equal(await focused(page), 'meeting-item-heading');
    assert.ok(await barAtTop(page), 'after a reload, the meeting at the top, not the site’s header');
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
    assert.equal(await place(page), `Item 1 of ${items.length}`);
    assert.equal(await page.locator('#meeting-what-1').inputValue(), 'Agree the goals together at the next away day');
    assert.equal(await page.locator('#meeting-by-0').inputValue(), '2027-03-31');
    const { notes } = await stored(page);
    assert.equal(notes.version, 1);
    assert.equal(notes.items.find((o) => o.subject === items[0]).spent_s >= 600, true, 'the time spent is kept too');

    // After the last item, the agreed actions.
    for (let i = 1; i < items.length; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await place(page), `Item ${items.length} of ${items.length}`);
    await page.keyboard.press('ArrowRight');
    const agreed = page.locator('.meeting-agreed');
    await agreed.waitFor();
    assert.equal(await focused(page), 'meeting-agreed-heading');
    assert.match(await agreed.locator('.meeting-agreed-meta').innerText(), new RegExp(`^${NAME} · \\d{1,2} \\w+ \\d{4}$`));
    assert.equal(await agreed.locator('> p').nth(1).innerText(), '4 actions agreed on 3 items; 1 item discussed, with no action.');
    const groups = await agreed.locator('.meeting-agreed-list > li').evaluateAll((lis) => lis.map((li) => [li.dataset.subject, [...li.querySelectorAll('ul li')].map((l) => l.textContent)]));
    assert.deepEqual(groups, [
      [items[0], ['Hold a monthly steering call open to every partner. Led by: Council partnerships team. By 31 March 2027.', 'Agree the goals together at the next away day. Led by: Voluntary sector forum.']],
      [items[1], ['Share the minutes within a week. Led by: Health trust. By 15 February 2027.']],
      [items[2], ['Name a lead partner for each goal. Led by: The council.']],
      [items[3], ['Discussed, no action.', 'Note: Views differ for good reasons; revisit next round.']],
    ]);
    await axe(page, 'agreed actions');

    // Copied as text.
    await agreed.getByRole('button', { name: 'Copy the agreed actions' }).focus();
    await page.keyboard.press('Enter');
    await agreed.locator('.copy-status', { hasText: 'Copied.' }).first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.startsWith(`Partnership review: agreed actions\n${NAME}\n`), copied);
    assert.match(copied, /\n4\. .*\n {3}- Discussed, no action\.\n {3}- Note: Views differ for good reasons; revisit next round\.\n$/);

    // The CSV, named after the review and the date.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      agreed.getByRole('button', { name: 'Download the agreed actions (CSV)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^Riverside-review-spring-actions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith(`\uFEFFreview,"${NAME}"\r\ndate,`), csv.slice(0, 80));
    assert.match(csv, /\r\nitem,id,statement or topic,action,who leads,by when,note\r\n/);
    assert.equal(csv.trim().split('\r\n').length, 4 + 5, 'the opening rows, the header, five rows');

    // The agreed-actions link: its length said, and it opens on the partner's page.
    const link = await agreed.locator('#meeting-agreed-link').inputValue();
    assert.ok(link.startsWith(`${env.server.url}#/actions/A`), link);
    assert.equal(await agreed.locator('.meeting-agreed-link-length').innerText(), `The agreed-actions link is ${link.length.toLocaleString('en-GB')} characters long.`);
    assert.match(await agreed.locator('#meeting-agreed-link-says').innerText(), /no partner’s name, no ratings and no notes/);
    const mailto = await agreed.getByRole('link', { name: 'Email the link' }).getAttribute('href');
    assert.ok(mailto.startsWith('mailto:?subject=Agreed%20actions%3A%20Riverside%20review%2C%20spring&body='), mailto);
    assert.ok(decodeURIComponent(mailto).includes(link));
    const partner = await context.newPage();
    await partner.goto(link);
    await partner.locator('.agreed-actions h1', { hasText: 'Agreed actions' }).waitFor();
    const offered = await partner.locator('.agreed-list label').allInnerTexts();
    assert.deepEqual(offered, [
      'Hold a monthly steering call open to every partner',
      'Agree the goals together at the next away day',
      'Share the minutes within a week',
      'Name a lead partner for each goal',
    ]);
    await partner.close();
    await page.bringToFront();

    // Printed: the agreed actions alone, with the name and date, within two A4 pages.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.meeting-bar').isVisible(), false);
    assert.equal(await agreed.locator('.meeting-agreed-meta').isVisible(), true);
    assert.equal(await agreed.getByRole('button', { name: 'Print the agreed actions' }).isVisible(), false);
    await page.screenshot({ path: join(SHOTS, 'meeting-agreed-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(SHOTS, 'meeting-agreed-actions.pdf'), format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    await page.emulateMedia({ media: 'screen' });

    // Wide and narrow: no sideways scrolling; type grows with the screen.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await agreed.locator('#meeting-agreed-heading').focus();
    await page.keyboard.press('ArrowLeft');
    await page.locator('#meeting-item-heading').waitFor();
    await assertLargeType(page, 40, 58);
    await assertDiagramLegible(page, 26);
    assert.ok(await noOverflow(page), 'no overflow at 1920 px');
    await page.screenshot({ path: join(SHOTS, 'meeting-1920.png') });
    await page.setViewportSize({ width: 320, height: 720 });
    assert.ok(await noOverflow(page), 'no overflow at 320 px (an item)');
    await axe(page, 'an item at 320 px');
    // A long action reads whole in its box on a phone, not cut at the edge.
    for (let i = 1; i < items.length; i++) await page.keyboard.press('PageUp');
    assert.equal(await place(page), `Item 1 of ${items.length}`);
    const what = page.locator('#meeting-what-0');
    assert.equal(await what.inputValue(), 'Hold a monthly steering call open to every partner');
    assert.ok(await what.evaluate((box) => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1), 'the action shows whole at 320 px');
    for (let i = 1; i < items.length; i++) await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await agreed.waitFor();
    assert.ok(await noOverflow(page), 'no overflow at 320 px (the agreed actions)');
    await page.setViewportSize({ width: 1280, height: 720 });

    // Escape leaves, back to the agenda's "Run the meeting".
    await page.keyboard.press('Escape');
    await page.locator('.agenda').waitFor();
    assert.equal(await focused(page), 'agenda-run');
    assert.equal(await page.locator('.meeting').count(), 0);
    // Running it again picks up where it was, everything kept.
    await page.keyboard.press('Enter');
    await agreed.waitFor();
    assert.equal(await agreed.locator('.meeting-agreed-list > li').count(), 4);

    // Cleared, after a confirmation.
    page.once('dialog', (dialog) => dialog.accept());
    await agreed.getByRole('button', { name: 'Clear this meeting’s notes' }).click();
    await agreed.locator('[role="status"]', { hasText: 'This meeting’s notes were cleared from this browser.' }).waitFor();
    assert.equal(await agreed.locator('.meeting-agreed-list').count(), 0);
    assert.equal(await stored(page), undefined, 'nothing left in this browser');
    await axe(page, 'cleared');
    assert.deepEqual(problems, []);
  });

  test('notes that cannot be read are set aside whole, said so, and offered; the meeting goes on', async () => {
    const { page, problems } = await openPage(env.browser, env.server.origin, { width: 1280, height: 720 });
    await page.goto(`${env.server.url}#/compare/${SIX.join('.')}`);
    await page.getByRole('button', { name: 'Run the meeting' }).click();
    await page.locator('.meeting').waitFor();
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.locator('#meeting-what-0').fill('Something to keep');
    await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Something to keep')));
    const { key } = await stored(page);
    const hostile = '{"version":1,"items":[{"subject":"<img src=x onerror=alert(1)>","actions":"x"}';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, hostile]);
    await page.reload();
    await page.locator('.meeting').waitFor();
    const said = page.locator('.meeting .form-error');
    assert.match(await said.innerText(), /^The notes kept for this meeting in this browser could not be read\. They are kept aside in this browser, untouched/);
    assert.equal(await page.evaluate((k) => localStorage.getItem(`${k}:set-aside`), key), hostile, 'set aside byte for byte');
    const [download] = await Promise.all([page.waitForEvent('download'), said.getByRole('button', { name: 'Download the notes that could not be read' }).click()]);
    assert.equal(readFileSync(await download.path(), 'utf8'), hostile);
    await axe(page, 'unreadable notes');
    // New notes are kept as usual.
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.locator('#meeting-what-0').fill('A fresh start');
    await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('A fresh start'), key);
    assert.deepEqual(problems, []);
  });

  test('eighteen actions go in two links, each opening whole; the agreed actions opened mid-meeting lead back to their item', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 720 });
    await page.goto(`${env.server.url}#/compare/${SIX.join('.')}`);
    await page.getByRole('button', { name: 'Run the meeting' }).click();
    await page.locator('.meeting').waitFor();
    await page.keyboard.press('ArrowRight');
    // Eighty characters each, of words that do not repeat (so no link
    // squeezes them smaller than a real meeting's would be).
    const WORDS = 'agree shared calendar steering group terms review budget invite youth forum health trust council partners report quarterly minutes chair rotate venue'.split(' ');
    const whats = Array.from({ length: 18 }, (_, i) =>
      `${i + 1} ${Array.from({ length: 14 }, (_, w) => WORDS[(i * 7 + w * 5) % WORDS.length]).join(' ')}`.slice(0, 80).trim());
    // Nine on item 2, nine on item 3 (ten at most on one item).
    for (const [n, what] of whats.entries()) {
      if (n === 9) await page.keyboard.press('PageDown');
      const i = n % 9;
      await page.getByRole('button', { name: i ? 'Add another action' : 'Add an action' }).click();
      await page.locator(`#meeting-what-${i}`).fill(what);
      await page.locator(`#meeting-lead-${i}`).fill('Council partnerships team');
      await page.locator('#meeting-item-heading').focus();
    }
    // From item 3, the bar's "Agreed actions", and back to item 3.
    await page.getByRole('button', { name: 'Agreed actions', exact: true }).click();
    const agreed = page.locator('.meeting-agreed');
    await agreed.waitFor();
    assert.match(await place(page), /^Agreed actions, from \d+ items$/);
    assert.match(await agreed.locator('.meeting-agreed-link-parts').innerText(), /^These actions need 2 links/);
    const links = [await agreed.locator('#meeting-agreed-link-1').inputValue(), await agreed.locator('#meeting-agreed-link-2').inputValue()];
    for (const [i, link] of links.entries()) {
      assert.ok(link.length <= 2000 + env.server.url.length, `link ${i + 1}: ${link.length}`);
      const mailto = await agreed.getByRole('link', { name: `Email link ${i + 1}` }).getAttribute('href');
      assert.ok(decodeURIComponent(mailto).includes(link), `link ${i + 1} whole in its email`);
      assert.match(decodeURIComponent(mailto), new RegExp(`This is link ${i + 1} of 2\\.`));
    }
    assert.equal(await agreed.locator('.meeting-agreed-link .form-error li').count(), 0, 'nothing refused');
    await axe(page, 'two links');
    // Each opens on the partner's page; together they hold every action, in order.
    const partner = await context.newPage();
    const offered = [];
    for (const link of links) {
      await partner.goto('about:blank');
      await partner.goto(link);
      await partner.locator('.agreed-list label').first().waitFor();
      offered.push(...(await partner.locator('.agreed-list label').allInnerTexts()));
    }
    assert.deepEqual(offered, whats.map((w) => w.trim()));
    await partner.close();
    await page.getByRole('button', { name: '← Back to item 3' }).click();
    assert.match(await place(page), /^Item 3 of \d+$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a meeting left by the site’s navigation does not follow the tab into another review', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 720 });
    // Another review: five of the six, so other figures.
    const others = SIX.slice(0, 5);
    await page.goto(`${env.server.url}#/compare/${SIX.join('.')}`);
    await page.getByRole('button', { name: 'Run the meeting' }).click();
    await page.locator('.meeting').waitFor();
    await page.locator('.site-nav').getByRole('link', { name: 'Overview' }).click();
    await page.locator('.meeting').waitFor({ state: 'detached' });
    await page.goto(`${env.server.url}#/compare/${others.join('.')}`);
    await page.locator('.agenda').waitFor();
    assert.equal(await page.locator('.meeting').count(), 0, 'another review opens on its comparison');
    // Its own review, opened again in the tab (and reloaded), goes back into its meeting.
    await page.goto(`${env.server.url}#/compare/${SIX.join('.')}`);
    await page.reload();
    await page.locator('.meeting').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('in a widget: full screen on request, keys within it, notes under its namespace; in a frame that may not, no full screen button', async () => {
    const { page, problems } = await openPage(env.browser, env.server.origin, { width: 1280, height: 720 });
    await page.goto(hostUrl('reviews.html'));
    const east = page.locator('#east');
    await east.getByLabel(/^Paste results links/).fill(SIX.map((p) => `${env.server.url}#/share/${p}`).join('\n'));
    await east.getByRole('button', { name: 'Add links' }).click();
    await east.getByRole('button', { name: 'Run the meeting' }).click();
    await east.locator('.meeting').waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('#east').shadowRoot.activeElement?.id), 'meeting-item-heading');
    await east.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.id === 'east');
    assert.ok(await east.locator('.meeting').evaluate((m) => m.matches(':fullscreen')), 'the meeting alone on the screen');
    await east.getByRole('button', { name: 'Leave full screen' }).waitFor();
    // On the whole screen, the widget's meeting is in the room's type, however
    // narrow its place in the page.
    await assertLargeType(east, 28, 40);
    await page.keyboard.press('PageDown');
    assert.match(await east.locator('.meeting-place').innerText(), /^Item 2 of /);
    // Escape leaves the whole screen, not the meeting.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.fullscreenElement);
    assert.match(await east.locator('.meeting-place').innerText(), /^Item 2 of /, 'still in the meeting');
    await east.getByRole('button', { name: 'Full screen' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.id === 'east');
    await east.getByRole('button', { name: 'Leave full screen' }).click();
    await page.waitForFunction(() => !document.fullscreenElement);
    // (No axe here: on a host page its own script adds inline styles, which
    // the page's policy refuses; the standalone meeting is checked above.)
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await east.getByRole('button', { name: 'Add an action' }).click();
    await east.locator('#meeting-what-0').fill('East’s own action');
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('mcw:embed-east:meeting:')));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#west .meeting').count(), 0, 'the other widget untouched');

    // A frame whose page may not fill the screen: the meeting runs, without the button.
    await page.goto(hostUrl('framed.html'));
    const frame = page.frameLocator('#mcw-frame');
    await frame.locator('.mcw-app h1').first().waitFor();
    await page.locator('#mcw-frame').evaluate((f, hash) => {
      f.setAttribute('allow', "fullscreen 'none'");
      f.src = `../tools/collaboration/?embed&meeting${hash}`;
    }, `#/compare/${SIX.join('.')}`);
    await frame.getByRole('button', { name: 'Run the meeting' }).click();
    await frame.locator('.meeting').waitFor();
    assert.equal(await frame.getByRole('button', { name: 'Full screen' }).count(), 0);
    assert.equal(await frame.getByRole('button', { name: 'Leave the meeting' }).count(), 1);
    assert.deepEqual(problems, []);
  });
});
