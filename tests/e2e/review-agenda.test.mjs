// What a facilitator takes away from a review, checked as they would:
// the agenda keeps every shared weakness before any split and names what
// the time left out (on screen, on paper, in the copied text); the summary
// says who left a statement unanswered; nothing empty can be added; the
// CSV opens right in a spreadsheet; the diagrams' badges hold every figure.
// The results are made here, as format 1 links (src/share/codec.rs), so
// each test has exactly the ratings it needs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, ready, setUp, statementIds } from './harness.mjs';

const env = setUp();
const SHOTS = join(ROOT, 'test-results', 'screenshots');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64url(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b = 0, c = 0] = bytes.slice(i, i + 3);
    const n = (a << 16) | (b << 8) | c;
    const chars = [18, 12, 6, 0].map((shift) => ALPHABET[(n >> shift) & 63]);
    out += chars.slice(0, Math.min(4, bytes.length - i + 1)).join('');
  }
  return out;
}

function crc16(bytes) {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** A results payload: `states` per statement in the guide's order (0
 *  unanswered, 1–5 a rating, 6 don't know), base-7 packed, checked. */
function result(states, label = '') {
  const stateBytes = Math.ceil((states.length * Math.log2(7)) / 8);
  let number = 0n;
  for (let i = states.length - 1; i >= 0; i--) number = number * 7n + BigInt(states[i]);
  const packed = [];
  for (let i = 0; i < stateBytes; i++) {
    packed.unshift(Number(number & 0xffn));
    number >>= 8n;
  }
  const name = [...new TextEncoder().encode(label)];
  const body = [states.length, ...packed, name.length, ...name];
  const check = crc16([0x31, ...body]);
  return `1${base64url([...body, check >> 8, check & 0xff])}`;
}

async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

const RULE =
  'What everyone rates low comes first (the lowest of them whatever the time), then, as time allows, ' +
  'where views differ most, then topics in the priority band';

/** The date in the page, as the app reads it: `YYYY-MM-DD`, and in words. */
const pageDate = (page) =>
  page.evaluate(() => {
    const d = new Date();
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return [iso, `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'long' })} ${d.getFullYear()}`];
  });

describe('a review’s agenda, summary, CSV and diagrams', () => {
  test('five shared lows come before any split; what the time leaves out is named; unanswered counted; nothing empty added; the CSV', async () => {
    const ids = await statementIds(env.browser, env.server.url);
    assert.equal(ids.length, 42);
    // Six partners. Five statements everyone rates low (the first lowest),
    // ten that split them 1 against 5, the rest rated 4. One partner left
    // trust.time unanswered, two evaluate.stop; one said "don't know" to power.team.
    const LOWS = ids.slice(0, 5);
    const SPLITS = ids.slice(6, 16);
    const rows = [0, 1, 2, 3, 4, 5].map((p) =>
      ids.map((id, i) => {
        if (id === 'trust.time' && p === 5) return 0;
        if (id === 'evaluate.stop' && p >= 4) return 0;
        if (id === 'power.team' && p === 0) return 6;
        if (i === 0) return 1 + (p % 2);
        if (LOWS.includes(id)) return 2 + (p % 2);
        if (SPLITS.includes(id)) return p % 2 ? 5 : 1;
        return 4;
      }),
    );
    const six = rows.map((states, p) => result(states, `Partner ${p + 1}`));

    const { page, problems, context } = await openPage(env.browser, env.server.origin, { reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await page.goto(`${env.server.url}#/compare/${six.join('.')}`);
    await page.locator('.group-statements tbody tr').first().waitFor();
    assert.match(await page.locator('#group-heading').innerText(), /Group summary of 6 results/);

    // The summary says, per statement, how many left it unanswered.
    const counts = async (id) => page.locator(`.group-statements tr[data-statement="${id}"] .count-text`).innerText();
    assert.match(await counts('trust.time'), /don’t know: 0, not answered: 1$/);
    assert.match(await counts('evaluate.stop'), /don’t know: 0, not answered: 2$/);
    assert.match(await counts('power.team'), /don’t know: 1, not answered: 0$/);
    const text = async (id) => page.locator(`.group-statements tr[data-statement="${id}"] th`).evaluate((th) => th.firstChild.textContent);

    // The agenda at its default 90 minutes: the five lows (50 minutes),
    // then as many splits as fit; the rest named below it.
    const agenda = page.locator('.agenda');
    await agenda.waitFor();
    const itemIds = () => agenda.locator('.agenda-list > li').evaluateAll((els) => els.map((e) => e.dataset.statement ?? e.dataset.topic));
    let items = await itemIds();
    assert.deepEqual(items.slice(0, 5), LOWS, 'every shared low first, the lowest leading');
    assert.deepEqual(items.slice(5, 7), SPLITS.slice(0, 2), 'then the splits, as time allows');
    assert.ok(items.slice(7).every((id) => !LOWS.includes(id) && !SPLITS.includes(id)), items.join(' '));
    const intro = await agenda.locator('.agenda-intro').innerText();
    const minutes = 50 + 30 + 10 * (items.length - 7);
    assert.equal(intro, `6 results compared. ${RULE}: ${items.length} items, about ${minutes} minutes.`);
    let leftOut = await agenda.locator('.agenda-left-out li').allInnerTexts();
    assert.equal(leftOut.length, 8);
    for (const [i, id] of SPLITS.slice(2).entries()) assert.equal(leftOut[i], `${await text(id)} (views differ)`);
    assert.match(await agenda.locator('.agenda-left-out p').innerText(), /^Left out for time \(8 items, about \d+ more minutes\):$/);

    // Thirty minutes: three of the lows; the other two are named first among what is left out.
    await agenda.getByLabel(/Time for the discussion/).fill('30');
    await agenda.getByLabel(/Time for the discussion/).press('Tab');
    await page.waitForFunction(() => document.querySelectorAll('.agenda-list > li').length === 3);
    items = await itemIds();
    assert.deepEqual(items, LOWS.slice(0, 3));
    assert.equal(await agenda.locator('.agenda-intro').innerText(), `6 results compared. ${RULE}: 3 items, about 30 minutes.`);
    leftOut = await agenda.locator('.agenda-left-out li').allInnerTexts();
    assert.deepEqual(leftOut.slice(0, 2), [`${await text(LOWS[3])} (everyone rates it low)`, `${await text(LOWS[4])} (everyone rates it low)`]);
    assert.deepEqual(leftOut.slice(2, 12), await Promise.all(SPLITS.map(async (id) => `${await text(id)} (views differ)`)));
    await axe(page, 'agenda with items left out for time');

    // The copied text names them too, after the items.
    await agenda.getByRole('button', { name: 'Copy the agenda' }).click();
    await agenda.locator('.copy-status', { hasText: /Copied|selected/ }).waitFor();
    const copied = await agenda.locator('#agenda-text').inputValue();
    assert.ok(copied.includes(`\n6 results compared. ${RULE}: 3 items, about 30 minutes.\n`), copied);
    const named = copied.slice(copied.indexOf('\nLeft out for time ('));
    assert.match(named, /^\nLeft out for time \(\d+ items, about \d+ more minutes\):\n/);
    assert.ok(named.includes(`   - ${await text(LOWS[3])} (everyone rates it low)\n`), named);
    assert.ok(named.includes(`   - ${await text(SPLITS[9])} (views differ)\n`), named);
    assert.equal(copied.match(/Notes:/g).length, 3);
    // And so does the paper.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await agenda.locator('.agenda-left-out').isVisible(), true, 'left out, named on paper');
    await page.emulateMedia({ media: 'screen' });

    // Nothing empty: a fresh browser has answered nothing, so its own
    // results cannot be added, and it says why; a pasted link with no
    // answers is refused with a sentence. Still six.
    const mine = page.getByRole('button', { name: 'Add my own results' });
    assert.equal(await mine.isDisabled(), true);
    assert.equal(
      await page.locator('#compare-mine-why').innerText(),
      'To add your own results, first answer at least one statement: you have not answered any in this browser yet.',
    );
    assert.equal(await mine.getAttribute('aria-describedby'), 'compare-mine-why');
    const empty = result(ids.map(() => 0), 'Nobody yet');
    await page.getByLabel(/^Paste results links/).fill(`Here is mine: ${env.server.url}#/share/${empty}`);
    await page.getByRole('button', { name: 'Add links' }).click();
    const report = page.locator('.compare-add .form-message');
    await report.waitFor();
    assert.match(
      await report.innerText(),
      /This link holds no answers: nothing had been answered when it was made, so there is nothing to compare\./,
    );
    assert.doesNotMatch(await report.innerText(), /Added/);
    assert.match(await page.locator('#group-heading').innerText(), /Group summary of 6 results/);
    assert.match(await page.locator('#compare-results-heading').innerText(), /\(6 of 30\)/);
    assert.equal(await page.getByLabel(/^Paste results links/).inputValue(), `Here is mine: ${env.server.url}#/share/${empty}`, 'the text is kept');
    await axe(page, 'an empty result refused, own results unavailable');

    // The CSV: the last round (five partners who rated everything 3) as the
    // earlier round, and a name, so the file carries both.
    const before = [0, 1, 2, 3, 4].map((p) => result(ids.map(() => 3), `Spring ${p + 1}`));
    const other = await openPage(env.browser, env.server.origin);
    await other.page.goto(`${env.server.url}#/compare/${before.join('.')}`);
    const earlierLink = await other.page.locator('#compare-link').inputValue();
    await other.context.close();
    await page.getByLabel(/^Earlier round/).fill(earlierLink);
    await page.getByRole('button', { name: 'Add the earlier round' }).click();
    await page.locator('.review-details', { hasText: 'compared with round 1 (5 results)' }).waitFor();
    const name = 'Riverside “spring” review: North/South';
    await page.getByLabel(/Name of this review/).fill(name);
    await page.getByLabel(/Name of this review/).press('Tab');
    await page.waitForFunction(() => document.querySelector('.agenda .print-only strong')?.textContent.includes('Riverside'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the summary (CSV)' }).click(),
    ]);
    const [iso, long] = await pageDate(page);
    assert.equal(download.suggestedFilename(), `Riverside-spring-review-North-South-${iso}.csv`);
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
    const csv = bytes.subarray(3).toString('utf8');
    assert.ok(csv.startsWith(`review,${name}\r\ndate,${long}\r\nresults compared,6\r\nresults in the earlier round,5\r\n\r\n`), csv.slice(0, 200));
    const lines = csv.split('\r\n\r\n')[1].trim().split('\r\n');
    assert.equal(lines.length, 1 + 5 + 42);
    assert.match(lines[0], /^kind,id,topic or statement,.*,disagreement,shape,earlier median,earlier disagreement,since the earlier round$/);
    assert.ok(csv.includes('Partners are invited to challenge each other’s ideas.'), 'the guide’s apostrophe, whole');
    const row = lines.find((l) => l.startsWith(`statement,${SPLITS[0]},`));
    assert.match(row, /,3\.0,1,5,2\.0,split: two camps,3\.0,0\.0,"median unchanged at 3\.0; disagreement 0\.0 → 2\.0, further apart"$/);
    const low = lines.find((l) => l.startsWith(`statement,${LOWS[0]},`));
    assert.match(low, /,1\.5,1,2,0\.5,,3\.0,0\.0,"median 3\.0 → 1\.5, worse; disagreement 0\.0 → 0\.5, further apart"$/);
    assert.match(lines.find((l) => l.startsWith('statement,trust.time,')), /^statement,trust\.time,[^,]+,5,0,0,0,5,0,0,1,/, 'one left it unanswered');

    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every badge holds its figure, medians 1 to 5 in halves, from 320 to 1920 px', async () => {
    const ids = await statementIds(env.browser, env.server.url);
    // Thirty partners. Statement i's median is the (i mod 10)th of 1, 1.5,
    // …, 5 (half of them rate the figure below, half the one above), and
    // every tenth splits them 1 against 5 (median 3, marked ▲).
    const HALVES = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];
    const thirty = Array.from({ length: 30 }, (_, p) =>
      result(
        ids.map((_, i) => {
          const k = i % 10;
          if (k === 9) return p < 15 ? 1 : 5;
          const m = HALVES[k];
          return p < 15 ? Math.floor(m) : Math.ceil(m);
        }),
      ),
    );
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { reducedMotion: 'reduce' });
    await page.goto(`${env.server.url}#/compare/${thirty.join('.')}`);
    const section = page.locator('.group-diagrams');
    await section.waitFor();
    mkdirSync(SHOTS, { recursive: true });

    /** Each visible badge's figure and whether its ink stays inside its
     *  shape (a circle or a pill), and its flag outside it. */
    const badges = () =>
      section.locator('svg .rating-badge').evaluateAll((groups) => {
        const ctx = document.createElement('canvas').getContext('2d');
        return groups.map((g) => {
          const shape = g.querySelector('.badge-shape');
          const [text, flag] = [g.querySelector('text:not(.badge-flag)'), g.querySelector('.badge-flag')];
          const at = (el, name) => Number(el.getAttribute(name));
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => at(shape, n));
          // The figure's ink, in the drawing's units (its type size is in them too).
          const ink = (el) => {
            const style = getComputedStyle(el);
            ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            ctx.textAlign = 'center';
            const m = ctx.measureText(el.textContent);
            const [tx, ty] = [at(el, 'x'), at(el, 'y')];
            return { left: tx - m.actualBoundingBoxLeft, right: tx + m.actualBoundingBoxRight, top: ty - m.actualBoundingBoxAscent, bottom: ty + m.actualBoundingBoxDescent };
          };
          const box = ink(text);
          const r = h / 2;
          const [cx, cy] = [x + w / 2, y + h / 2];
          const inside = [box.left, box.right].every((px) =>
            [box.top, box.bottom].every((py) => {
              const [dx, dy] = [Math.abs(px - cx), Math.abs(py - cy)];
              return dy <= r && dx <= w / 2 - r + Math.sqrt(r * r - dy * dy);
            }),
          );
          const clear = !flag || ink(flag).right <= x;
          return { figure: text.textContent, inside, clear, ink: box, shape: { x, y, w, h } };
        });
      });

    const seen = new Set();
    for (const width of [1920, 1280, 768, 640, 375, 320]) {
      await page.setViewportSize({ width, height: 900 });
      for (const topic of ['Find partners', 'Shared goals', 'Trust', 'Power', 'Evaluate success']) {
        await section.getByLabel(topic, { exact: true }).check();
        await section.locator('caption', { hasText: `The group’s ratings in ${topic}` }).waitFor();
        if (!(await section.locator('.diagram-figure').isVisible())) {
          // Narrow: the list replaces the picture and says each median in words.
          assert.ok(width < 600, `the picture shows at ${width} px`);
          assert.match(await section.locator('.outline-mark').first().innerText(), /Group median \d(\.5)?, from \d+ ratings/);
          continue;
        }
        for (const badge of await badges()) {
          seen.add(badge.figure);
          assert.ok(badge.inside, `${topic} at ${width} px: “${badge.figure}” spills out of its badge ${JSON.stringify(badge)}`);
          assert.ok(badge.clear, `${topic} at ${width} px: the flag beside “${badge.figure}” overlaps it`);
        }
      }
      if (width === 1280 || width === 320) {
        await section.getByLabel('Trust', { exact: true }).check();
        await section.screenshot({ path: join(SHOTS, `group-badges-${width}.png`) });
      }
    }
    assert.deepEqual([...seen].sort(), ['1', '1.5', '2', '2.5', '3', '3.5', '4', '4.5', '5'], 'every half from 1 to 5 was checked');
    await page.setViewportSize({ width: 1280, height: 900 });
    await axe(page, 'group diagrams with every median');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
