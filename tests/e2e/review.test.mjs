// A partnership review as a facilitator runs it: thirty partners' links
// taken from an email thread, one anonymous group summary, naming only by
// choice, and a discussion agenda to print or copy. The thirty results are
// the codec's own (tests/fixtures/review-30.txt, checked by tests/share.rs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, ready, setUp } from './harness.mjs';

const env = setUp();
const RESULTS = readFileSync(join(ROOT, 'tests/fixtures/review-30.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));
const SPLIT = [
  'We have worked out why we want to collaborate and looked for others with similar intentions.',
  'We make good use of the networks we already have inside our organisation.',
  'We actively seek out and join new networks to find potential partners.',
];
const CONSENSUS = ['The partners have agreed a shared vision.', 'We thought early on about the barriers and threats we might face.'];
const LOW = ['We created our specific goals together, rather than one partner setting them.'];

/** An email thread as mail clients leave it: quoted replies, links in angle
 *  brackets, wrapped, percent-encoded, one sent twice, one cut short. */
function emailThread(base) {
  const lines = ['From: Facilitator', 'Subject: Re: our partnership check', ''];
  RESULTS.forEach(([label, payload], i) => {
    const link = `${base}#/share/${payload}`;
    if (i % 5 === 0) lines.push(`> ${label} wrote: here is mine <${link}>.`);
    else if (i % 5 === 1) {
      // Wrapped by the mail client in the middle of the payload.
      const cut = link.indexOf('#/share/') + 8 + 10;
      lines.push(`> > Mine: ${link.slice(0, cut)}`, `> > ${link.slice(cut)} thanks!`);
    }
    else if (i % 5 === 2) lines.push(`${base}%23/share/${payload},`);
    else lines.push(`(${link})`);
  });
  lines.push(`Sent again: ${base}#/share/${RESULTS[3][1]}`);
  lines.push(`And one cut short: ${base}#/share/${RESULTS[4][1].slice(0, 20)}`);
  return lines.join('\n');
}

async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

describe('partnership review', () => {
  test('thirty links from an email become one anonymous summary and an agenda, in light and dark', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await page.goto(`${env.server.url}#/compare`);
    await ready(page);
    await page.getByLabel(/Paste results links/).fill(emailThread(env.server.url));
    await page.getByRole('button', { name: 'Add links' }).click();
    await page.locator('.group-summary').waitFor();

    const report = await page.locator('.compare-add .form-message').innerText();
    assert.match(report, /Added 30 results\./);
    assert.match(report, /One result appeared more than once and counts once\./);
    assert.match(report, /This link has been changed or mistyped|This link is incomplete/);
    assert.match(await page.locator('h2', { hasText: 'Results in this comparison' }).innerText(), /30 of 30/);

    // Anonymous: no label anywhere, and no side-by-side on offer at 30.
    const text = await page.locator('.mcw-app').innerText();
    assert.doesNotMatch(text, /Partner organisation/);
    assert.equal(await page.getByLabel(/Side by side/).count(), 0);
    assert.match(await page.locator('#group-heading').innerText(), /Group summary of 30 results/);
    assert.match(text, /Disagreement is the average distance/);
    // Per topic: a chart with a table of the same figures.
    // A dot for every score each topic has (dots that share a score are
    // drawn in layers, one path each, so a shared score shows darker).
    const places = await page.locator('.strip-chart .strip-row').evaluateAll((rows) => rows.map((row) => {
      const [first] = row.querySelectorAll('.strip-dot');
      return first ? first.getAttribute('d').split('M').length - 1 : 0;
    }));
    assert.deepEqual(places.map((n) => n > 0), [true, true, true, true, true], `dots per topic: ${places}`);
    // Split statements first, consensus marked.
    const rows = page.locator('.group-statements tbody tr');
    for (const [i, statement] of SPLIT.entries()) {
      assert.equal(await rows.nth(i).locator('th').evaluate((th) => th.firstChild.textContent), statement);
      assert.match(await rows.nth(i).innerText(), /Views differ/);
    }
    for (const statement of CONSENSUS) {
      assert.match(await page.locator('.group-statements tr', { hasText: statement }).innerText(), /Clear consensus/);
    }
    assert.match(await page.locator('.group-statements tr', { hasText: SPLIT[0] }).innerText(), /1: 15, 2: 0, 3: 0, 4: 0, 5: 15, don’t know: 0/);

    // The agenda: what everyone rates low first (the review that went wrong
    // left it out), then the split statements; never a consensus item.
    const agenda = page.locator('.agenda');
    const items = await agenda.locator('.agenda-statement strong').allInnerTexts();
    assert.equal(items[0], LOW[0], items.join(' | '));
    assert.deepEqual(items.filter((item) => SPLIT.includes(item)), SPLIT, 'the splits, most apart first');
    for (const statement of CONSENSUS) assert.ok(!items.includes(statement));
    assert.match(await agenda.innerText(), /The guide advises: /);
    assert.match(await agenda.innerText(), /Views differ\. Two camps: 15 rated 1, 15 rated 5\./, 'a split says its shape');
    assert.match(await agenda.locator('.agenda-intro').innerText(), /about (\d+) minutes/);
    // Less time on request: the shared lows stay, and what no longer fits is named.
    await agenda.getByLabel(/Time for the discussion/).fill('50');
    await agenda.getByLabel(/Time for the discussion/).press('Tab');
    await page.waitForFunction(() => document.querySelectorAll('.agenda-list li').length === 4);
    assert.match(await agenda.locator('.agenda-intro').innerText(), /^30 results compared\. What everyone rates low comes first .*: 4 items, about 50 minutes\.$/);
    assert.equal(await agenda.locator('.agenda-statement strong').first().innerText(), LOW[0]);
    assert.ok((await agenda.locator('.agenda-left-out li').allInnerTexts()).includes(`${SPLIT[2]} (views differ)`), 'the third split, left out by name');

    // Copied as plain text for a meeting invitation: dated, room for notes.
    await agenda.getByRole('button', { name: 'Copy the agenda' }).click();
    await agenda.locator('.copy-status', { hasText: /Copied|selected/ }).waitFor();
    const copied = await agenda.locator('#agenda-text').inputValue();
    assert.match(copied, /^Partnership review: discussion agenda\n\d{1,2} [A-Z][a-z]+ \d{4}\n30 results compared\. What everyone rates low comes first [^\n]*: 4 items, about 50 minutes\.\n/);
    assert.ok(copied.includes(`\nLeft out for time (`) && copied.includes(`   - ${SPLIT[2]} (views differ)\n`), copied);
    assert.equal(copied.match(/Notes:/g).length, 4);
    assert.ok(copied.includes(SPLIT[0]) && copied.includes('The guide advises: '));
    assert.doesNotMatch(copied, /Partner organisation/);

    // The summary as a spreadsheet: one row per topic and per statement.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the summary (CSV)' }).click(),
    ]);
    // (Unnamed: the file is named for the date; see review-agenda.test.mjs for a named one.)
    assert.match(download.suggestedFilename(), /^partnership-review-\d{4}-\d{2}-\d{2}\.csv$/);
    let csv = '';
    for await (const chunk of await download.createReadStream()) csv += chunk;
    assert.match(csv, /^\uFEFFreview,\r\ndate,\d{1,2} [A-Z][a-z]+ \d{4}\r\nresults compared,30\r\n\r\n/);
    const csvRows = csv.split('\r\n\r\n')[1].trim().split('\r\n');
    assert.equal(csvRows.length, 1 + 5 + 42);
    assert.match(csvRows[0], /^kind,id,topic or statement,results with a score,rated 1,.*,median,lowest,highest,disagreement,shape$/);
    assert.ok(csvRows.some((row) => row.includes('split: two camps')), 'shapes named');
    assert.doesNotMatch(csv, /Partner organisation/, 'no labels');

    // The comparison's own link: under 1,000 characters, and it reopens the same 30.
    const link = await page.locator('#compare-link').inputValue();
    assert.ok(link.length < 1000, `${link.length} characters`);

    // Printed: the agenda alone.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.group-summary').isVisible(), false);
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.equal(await agenda.locator('.agenda-list').isVisible(), true);
    assert.equal(await agenda.getByRole('button', { name: 'Print the agenda' }).isVisible(), false);
    assert.equal(await agenda.locator('.agenda-notes').count(), 4);
    assert.equal(await agenda.locator('.agenda-notes').first().isVisible(), true, 'ruled lines for notes on paper');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    await page.emulateMedia({ media: 'screen' });

    await axe(page, 'group summary, light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await axe(page, 'group summary, dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Opened afresh from its link: nothing written to storage.
    const fresh = await openPage(env.browser, env.server.origin);
    await fresh.page.goto(link);
    await fresh.page.locator('.group-summary').waitFor();
    assert.match(await fresh.page.locator('#group-heading').innerText(), /30 results/);
    // It opens on what it was opened for: the summary's heading on the first
    // screen (1280 × 900), the list of thirty results below the agenda.
    const { y } = await fresh.page.locator('#group-heading').boundingBox();
    assert.ok(y < 900 - 40, `the summary starts on the first screen (at ${y} px)`);
    await fresh.page.locator('.compare-results').waitFor();
    assert.ok(
      await fresh.page.evaluate(() => document.querySelector('.agenda').compareDocumentPosition(document.querySelector('.compare-results')) & Node.DOCUMENT_POSITION_FOLLOWING),
      'the list of results follows the agenda',
    );
    assert.deepEqual(await fresh.page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':data'))), []);
    assert.deepEqual([...problems, ...fresh.problems], []);
    await fresh.context.close();
    await context.close();
  });

  test('six results open anonymous; names are shown only by choice, isolated', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 320, height: 800 });
    const six = RESULTS.slice(0, 6).map(([, p]) => p);
    // An older link: the results joined by dots.
    await page.goto(`${env.server.url}#/compare/${six.join('.')}`);
    // The summary's tables follow its chart by a frame.
    await page.locator('.group-statements tbody tr').first().waitFor();
    assert.equal(await page.locator('.group-summary table').count(), 2);
    assert.doesNotMatch(await page.locator('.mcw-app').innerText(), /Partner organisation/);
    // At 320 px the summary's tables reflow: nothing to scroll sideways, the
    // disagreement of every statement in view.
    for (const table of await page.locator('.group-summary table').all()) {
      assert.ok(await table.evaluate((el) => el.scrollWidth <= el.parentElement.clientWidth + 1), 'a summary table fits at 320 px');
    }
    for (const cell of await page.locator('.group-statements td[data-label="Disagreement"]').all()) {
      const box = await cell.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 320, 'disagreement in view');
    }
    await axe(page, 'six, group, 320 px');

    await page.getByLabel(/Side by side/).check();
    await page.locator('.side-by-side').waitFor();
    assert.equal(await page.locator('.group-summary').count(), 0);
    const heads = await page.locator('.side-by-side thead bdi').allInnerTexts();
    assert.ok(heads.includes('Partner organisation 1'), heads.join(' | '));
    assert.ok(await page.locator('.compare-links bdi', { hasText: 'Partner organisation 6' }).count());
    await axe(page, 'six, side by side, 320 px');

    // Keyboard only: back to the group summary.
    await page.getByLabel(/Side by side/).focus();
    await page.keyboard.press('ArrowUp');
    await page.locator('.group-summary').waitFor();

    // Under five: the summary warns that answers may be recognisable.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^Remove/ }).first().click();
    await page.waitForFunction(() => document.querySelectorAll('.compare-links li').length === 3);
    assert.equal(await page.locator('.side-by-side').count(), 0, 'the viewer chose the summary; it stays');
    assert.match(await page.locator('.group-summary .notice').innerText(), /individual answers may be recognisable/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('two rounds: last review as the earlier round, a named review, what changed on screen, paper and in the copy', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    // Last round: ten results. This round: the other twenty.
    const before = RESULTS.slice(0, 10).map(([, p]) => p);
    const now = RESULTS.slice(10).map(([, p]) => p);
    await page.goto(`${env.server.url}#/compare/${before.join('.')}`);
    await page.locator('.group-summary').waitFor();
    const earlierLink = await page.locator('#compare-link').inputValue();

    await page.goto(`${env.server.url}#/compare/${now.join('.')}`);
    await page.locator('.group-summary').waitFor();
    // Pasted as a reply quotes it: wrapped at 76 characters and marked.
    const quoted = earlierLink.match(/.{1,76}/g).map((line) => `> ${line}`).join('\n');
    await page.getByLabel(/Earlier round/).fill(`Last spring's review:\n${quoted}`);
    await page.getByRole('button', { name: 'Add the earlier round' }).click();
    await page.locator('.review-details', { hasText: 'This is round 2 of the review, compared with round 1 (10 results)' }).waitFor();
    const since = await page.locator('.group-summary td[data-label="Since the earlier round"]').allInnerTexts();
    assert.ok(since.some((t) => /median (\d\.\d → \d\.\d, (better|worse)|unchanged at \d\.\d)/.test(t)), since.join(' | '));
    assert.ok(await page.locator('.agenda .agenda-change', { hasText: /^Since round 1: median/ }).count(), 'the agenda says what changed');

    // The review's name: kept in the link as it is typed (a reload without
    // leaving the field keeps it, and adds no history entry), printed and copied.
    const [entries, unnamed] = await page.evaluate(() => [history.length, location.hash]);
    await page.getByLabel(/Name of this review/).fill('Northern partnership review, autumn');
    await page.waitForFunction((unnamed) => location.hash !== unnamed, unnamed);
    assert.equal(await page.evaluate(() => history.length), entries);
    await page.reload();
    await page.locator('.group-summary').waitFor();
    assert.equal(await page.getByLabel(/Name of this review/).inputValue(), 'Northern partnership review, autumn');
    await page.locator('.agenda').waitFor();
    const link = await page.locator('#compare-link').inputValue();
    assert.ok(link.length < 1200, `${link.length} characters`);
    await page.getByRole('button', { name: 'Copy the agenda' }).click();
    const copied = await page.locator('#agenda-text').inputValue();
    assert.match(copied, /^Partnership review: discussion agenda\nNorthern partnership review, autumn\nRound 2, compared with round 1\n\d{1,2} [A-Z][a-z]+ \d{4}\n20 results compared\./);
    assert.match(copied, /Since round 1: median/);
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.locator('.agenda').innerText(), /Northern partnership review, autumn · Round 2, compared with round 1 · \d{1,2} [A-Z][a-z]+ \d{4}/);
    assert.equal(await page.locator('.review-details').isVisible(), false, 'the forms stay off paper');
    await page.emulateMedia({ media: 'screen' });
    await axe(page, 'two rounds');

    // The link alone brings both back, in a fresh browser, writing nothing.
    const fresh = await openPage(env.browser, env.server.origin);
    await fresh.page.goto(link);
    await fresh.page.locator('.group-summary').waitFor();
    assert.equal(await fresh.page.getByLabel(/Name of this review/).inputValue(), 'Northern partnership review, autumn');
    assert.match(await fresh.page.locator('.review-details').innerText(), /compared with round 1 \(10 results\)/);
    assert.deepEqual(await fresh.page.evaluate(() => Object.keys(localStorage)), []);
    await page.getByRole('button', { name: 'Remove round 1' }).click();
    await page.locator('#earlier-paste').waitFor();
    assert.equal(await page.locator('td[data-label="Since the earlier round"]').count(), 0);
    assert.deepEqual([...problems, ...fresh.problems], []);
    await fresh.context.close();
    await context.close();
  });

  test('the group on each of the five diagrams: medians and marks, keyboard, the list on a phone, a table', async () => {
    // Reduced motion: axe must not catch a selected item's 150 ms colour change half-way.
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { reducedMotion: 'reduce' });
    await page.goto(`${env.server.url}#/compare/${RESULTS.slice(0, 12).map(([, p]) => p).join('.')}`);
    const section = page.locator('.group-diagrams');
    await section.waitFor();
    for (const topic of ['Find partners', 'Shared goals', 'Trust', 'Power', 'Evaluate success']) {
      await section.getByLabel(topic, { exact: true }).check();
      await section.locator('caption', { hasText: `The group’s ratings in ${topic}` }).waitFor();
      // Every statement's box carries the table's median, and never colour alone.
      const table = await section.locator('.group-topic-table tbody tr').evaluateAll((rows) =>
        rows.map((r) => [r.dataset.statement, r.querySelector('td[data-label="Median"]').textContent]),
      );
      assert.ok(table.length >= 6, `${topic}: ${table.length} statements`);
      for (const [node, median] of table) {
        if (median === '–') continue;
        const badge = section.locator(`svg [data-node="${node}"] .rating-badge text:not(.badge-flag)`);
        assert.equal(await badge.textContent(), median, `${topic} ${node}`);
        assert.match(await section.locator(`svg [data-node="${node}"] desc`).textContent(), new RegExp(`^Group median ${median.replace('.', '\\.')}, from \\d+ ratings; (views differ|clear consensus|views close)\\.$`));
      }
    }
    await axe(page, 'group diagrams, 1280 px');

    // Keyboard only: into the figure, along it, open, read, close.
    await section.getByLabel('Find partners', { exact: true }).check();
    await section.locator('svg [data-node][tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const node = await page.evaluate(() => document.activeElement.dataset.node);
    await page.keyboard.press('Enter');
    const panel = section.locator('.node-panel');
    await panel.waitFor();
    assert.ok(await page.evaluate(() => document.activeElement.closest('.node-panel') !== null), 'the panel heading takes focus');
    assert.match(await panel.innerText(), /How many chose each rating: 1: \d+, 2: \d+, 3: \d+, 4: \d+, 5: \d+; don’t know: \d+\./);
    assert.match(await panel.innerText(), /The guide advises: /);
    await axe(page, 'group diagrams, panel open');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.dataset.node), node, 'focus back on the box');

    // A phone: the list replaces the picture, says each median, opens the same panel.
    await page.setViewportSize({ width: 375, height: 800 });
    const open = section.locator('.outline-open').first();
    await open.waitFor();
    assert.equal(await section.locator('svg').isVisible(), false);
    assert.match(await section.locator('.outline-mark').first().innerText(), /Group median \d(\.5)?, from \d+ ratings/);
    await open.click();
    await panel.waitFor();
    assert.match(await panel.innerText(), /How many chose each rating/);
    await axe(page, 'group diagrams, 375 px');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('what a facilitator types in a comparison survives a reload of the tab, and is forgotten once used', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    const six = RESULTS.slice(0, 6).map(([, p]) => p);
    await page.goto(`${env.server.url}#/compare/${six.join('.')}`);
    const form = page.locator('.invite-form');
    await form.waitFor();
    const paste = `Half a message, and one more link: ${env.server.url}#/share/${RESULTS[6][1]}`;
    await page.getByLabel(/^Paste results links/).fill(paste);
    await page.getByLabel(/^Earlier round/).fill('Last spring’s link, to come');
    await form.getByLabel('Name of the review').fill('Spring review');
    await form.getByLabel('Reply by').fill('2027-03-01');
    await form.getByLabel(/Your email address/).fill('lead@partners.example.org');
    await form.getByLabel('Power', { exact: true }).uncheck();
    await page.getByLabel(/Time for the discussion/).fill('60');
    await page.getByLabel(/Time for the discussion/).press('Tab');

    await page.reload();
    await form.waitFor();
    assert.equal(await page.getByLabel(/^Paste results links/).inputValue(), paste);
    assert.equal(await page.getByLabel(/^Earlier round/).inputValue(), 'Last spring’s link, to come');
    assert.equal(await form.getByLabel('Name of the review').inputValue(), 'Spring review');
    assert.equal(await form.getByLabel('Reply by').inputValue(), '2027-03-01');
    assert.equal(await form.getByLabel(/Your email address/).inputValue(), 'lead@partners.example.org');
    assert.equal(await form.getByLabel('Power', { exact: true }).isChecked(), false);
    assert.equal(await form.getByLabel('Trust', { exact: true }).isChecked(), true);
    assert.equal(await page.getByLabel(/Time for the discussion/).inputValue(), '60');
    // Kept for the tab only: nothing written to the browser's lasting storage.
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);

    // Once used, a draft is gone: the paste added its link, and a reload
    // shows an empty box (the rest stays until used).
    await page.getByRole('button', { name: 'Add links' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.compare-links li').length === 7);
    await page.reload();
    await form.waitFor();
    assert.equal(await page.getByLabel(/^Paste results links/).inputValue(), '');
    assert.equal(await form.getByLabel('Name of the review').inputValue(), 'Spring review');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
