// The partner's results, private by default and finished on a phone
// (issue 30). A partnership named with distinctive words, with notes and a
// plan in the same words: every text meant for someone else (each link
// decoded, each copied or mailed text, the CSV) is checked not to carry
// them, and to carry the link label only once the person typed it; the
// label is kept over a reload. Then printing with an empty plan, side by
// side at 320 px, advice to the diagram and Back, and the first snapshot.
// At 320, 375 and 1280 px, light and dark, axe on each state; screenshots
// go to test-results/screenshots/ to be looked at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, ready, seedStorage, setUp, statementIds } from './harness.mjs';

const HOST = '/intranet/news/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });
const SHOTS = join(ROOT, 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Words of the person's own that must never leave unless typed as the label. */
const PRIVATE = ['Quillfeather', 'Marrowbone', 'Zephyrine'];
const LABEL = 'Riverside Youth Trust';
/** Released results links (tests/fixtures/share-links.txt): two labelled, one not. */
const PARTNERS = ['1KjBnjVKJt7VPkljT1-BGjRFDaXR5ICYgVW5pdmVyc2l0eRN4', '1KjIR5nLTBimUneWo-2_6SADRqA', '1KjwVevAwbct_I-BkYOzF8ApBbGwgdW5zdXJlyUc'];
const WIDTHS = [320, 375, 1280];
const SCHEMES = ['light', 'dark'];

/** A partnership named, noted and planned in the private words; twelve answers, some low. */
function privateStore(ids, { plan = true, snapshots = [] } = {}) {
  const t = 1764547200000;
  const rated = ids.slice(0, 24);
  const answers = Object.fromEntries(rated.map((id, i) => [id, { v: 1 + ((i * 2) % 5), t: t + i }]));
  const actions = plan ? { [rated[0]]: { v: { note: 'Zephyrine budget talk', role: 'Marrowbone lead', due: '' }, t } } : {};
  const notes = { [rated[1]]: { v: 'Quillfeather said so', t } };
  return JSON.stringify({
    app: 'making-collaboration-work',
    schema: 4,
    current: 'p1',
    assessments: [{
      id: 'p1', label: 'Quillfeather Marrowbone Alliance', label_t: t, link_label: '', link_label_t: 0, created: '2026-06-01',
      answers, actions, notes, snapshots,
    }],
    deleted: [],
  });
}

/** Every payload in a text (links to results, comparisons, invitations), decoded
 *  to its bytes as text: what the link carries, whatever the format. */
function payloadsIn(text) {
  const plain = decodeURIComponent(text);
  const found = [...plain.matchAll(/#\/(?:share|compare|invite)\/([A-Za-z0-9_.-]+)/g)].map((m) => m[1]);
  return found.flatMap((p) => p.split('.')).map((p) => Buffer.from(p.slice(1), 'base64url').toString('utf8'));
}

/** A text and what its links carry hold none of the private words; `label` says whether the label must be in the links. */
function checkOutgoing(what, text, { label }) {
  const decoded = payloadsIn(text);
  for (const word of PRIVATE) {
    assert.ok(!decodeURIComponent(text).includes(word), `${what}: “${word}” is in the text`);
    for (const d of decoded) assert.ok(!d.includes(word), `${what}: “${word}” is in a link`);
  }
  if (label !== undefined) {
    assert.ok(decoded.length > 0, `${what}: holds a link`);
    assert.equal(decoded.some((d) => d.includes(LABEL)), label, `${what}: the label ${label ? 'is' : 'is not'} in the link`);
  }
}

async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `axe: ${state}`);
}

const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** Leaves a text field and waits for `locator`'s value to change from `before`. */
async function commitAndWait(page, field, value, watched, before) {
  await page.locator(field).fill(value);
  await page.locator(field).press('Tab');
  await page.waitForFunction(([sel, old]) => document.querySelector(sel)?.value !== old, [watched, before]);
}

describe('the partner’s results: private by default, finished on a phone', () => {
  for (const colorScheme of SCHEMES) {
    for (const width of WIDTHS) {
      test(`nothing private leaves; the label is kept; side by side fits (${width} px, ${colorScheme})`, async () => {
        const ids = await statementIds(env.browser, env.server.url);
        const context = await env.browser.newContext({ viewport: { width, height: 800 }, colorScheme, acceptDownloads: true });
        const { page, problems } = await openPage(env.browser, env.server.origin, { context });
        await seedStorage(page, 'mcw:default:data', privateStore(ids));
        const tag = `${width}-${colorScheme}`;

        // The results link: ratings only, and it says so.
        await page.goto(`${env.server.url}#/results`);
        await ready(page);
        const shareLink = page.locator('#share-link');
        const unlabelled = await shareLink.inputValue();
        checkOutgoing('results link', unlabelled, { label: false });
        assert.match(await page.locator('#share-says').innerText(), /holds your 24 ratings and no label .*: not your partnership’s name, your notes or your action plan/);
        await axe(page, `results ${tag}`);

        // The label typed for links: carried, said, and kept over a reload.
        await commitAndWait(page, '#share-label', LABEL, '#share-link', unlabelled);
        const labelled = await shareLink.inputValue();
        checkOutgoing('labelled results link', labelled, { label: true });
        assert.match(await page.locator('#share-says').innerText(), new RegExp(`the label “\u2068${LABEL}\u2069”`));
        await page.reload();
        await ready(page);
        assert.equal(await page.locator('#share-label').inputValue(), LABEL, 'the label is kept over a reload');
        assert.equal(await shareLink.inputValue(), labelled, 'and the link still carries it');
        await shot(page, `partner-results-${tag}`);
        const mine = labelled.split('#/share/')[1];

        // "Compare with mine": the comparison's address carries the label, not the name.
        await page.goto(`${env.server.url}#/share/${PARTNERS[0]}`);
        await ready(page);
        const says = await page.locator('#compare-mine-says').innerText();
        assert.match(says, new RegExp(`your 24 ratings and the label “\u2068${LABEL}\u2069”`));
        checkOutgoing('compare-with-mine sentence', says, {});
        assert.match(await page.locator('.overall').innerText(), /Overall: \d\.\d out of 5/, 'a shared result shows its overall score');
        await axe(page, `shared ${tag}`);
        await page.getByRole('button', { name: 'Compare with mine' }).click();
        await page.locator('.compare-links').waitFor();
        checkOutgoing('compare-with-mine address', page.url(), { label: true });

        // Side by side with four results: distinct names, "You", no sideways scroll.
        await page.goto(`${env.server.url}#/compare/${[...PARTNERS, mine].join('.')}`);
        const side = page.locator('.side-by-side');
        await side.waitFor();
        await page.locator('#compare-link').waitFor();
        assert.deepEqual(await page.locator('.compare-links bdi').allInnerTexts(), ['City & University', 'Partner 2', 'All unsure', 'You']);
        const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth
          && [...document.querySelectorAll('.side-by-side .table-scroll')].every((t) => t.scrollWidth <= t.clientWidth + 1));
        assert.ok(fits, `side by side needs no sideways scrolling at ${width} px`);
        for (const cell of await side.locator('td').all()) {
          const box = await cell.boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= width + 1, `every figure is in view at ${width} px`);
        }
        assert.ok(await side.locator('td[data-label="You"]').count() > 0, 'your column says “You”');
        if (width >= 1280) {
          const heads = await side.locator('thead th').allInnerTexts();
          assert.ok(heads.includes('You'), 'your column’s heading');
          const cut = await side.locator('thead th').evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).length);
          assert.equal(cut, 0, 'no heading is cut');
        }
        await shot(page, `partner-side-by-side-${tag}`);
        await axe(page, `side by side ${tag}`);

        // The comparison's link: the labels its results arrived with, and yours; it says so.
        const compareLink = await page.locator('#compare-link').inputValue();
        checkOutgoing('comparison link', compareLink, { label: true });
        assert.equal(await page.locator('#compare-link-says').innerText(),
          'This link holds the ratings of the 4 results compared and the labels of the 3 results that arrived with one (shortened where the link needs it): nothing else.');
        // The agenda as copied.
        const agenda = await page.locator('#agenda-text').inputValue();
        checkOutgoing('agenda', agenda, {});
        assert.ok(!agenda.includes(LABEL), 'the agenda names no result');
        // The group CSV.
        await page.getByLabel('A group summary, without names').check();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the summary (CSV)' }).click()]);
        let csv = '';
        for await (const chunk of await download.createReadStream()) csv += chunk;
        checkOutgoing('group CSV', csv, {});
        assert.ok(!csv.includes(LABEL), 'the CSV names no result');

        // An invitation, answered: the reply carries the label typed for it, or none;
        // never the review's name, never the partnership's.
        await page.locator('#invite-name').fill('Spring review');
        await page.getByRole('button', { name: 'Make the invitation' }).click();
        const invite = await page.locator('#invite-link').inputValue();
        assert.match(await page.locator('#invite-link-says').innerText(), /holds the review’s name and the topics it covers: nothing else/);
        checkOutgoing('invitation', invite + (await page.getByRole('link', { name: 'Email the invitation' }).getAttribute('href')), {});
        await page.goto(invite);
        await ready(page);
        await page.getByRole('button', { name: 'Start: answer for this review' }).click();
        await page.locator('.invite-send').waitFor();
        await page.goto(`${env.server.url}#/trust`);
        await ready(page);
        await page.locator('.questionnaire [data-statement]').first().getByLabel('Partly').check();
        await page.goto(invite);
        await ready(page);
        assert.equal(await page.locator('#invite-label').inputValue(), '', 'a new partnership: no label until typed');
        const reply = page.locator('#invite-message');
        const bare = await reply.inputValue();
        checkOutgoing('reply without a label', bare, { label: false });
        assert.ok(payloadsIn(bare).every((d) => !d.includes('Spring review')), 'the review’s name is not a label');
        assert.match(bare, /The link holds my ratings only, with no label\./);
        assert.match(await page.locator('#invite-says').innerText(), /no label, so the facilitator sees your results numbered/);
        await commitAndWait(page, '#invite-label', LABEL, '#invite-message', bare);
        const withLabel = await reply.inputValue();
        checkOutgoing('reply with a label', withLabel, { label: true });
        assert.match(withLabel, new RegExp(`The link holds my ratings and the label “${LABEL}”, nothing else\\.`));
        await shot(page, `partner-invite-${tag}`);
        await axe(page, `invitation ${tag}`);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  test('print from the results page with an empty plan: the same printout, at most two pages', async () => {
    const ids = await statementIds(env.browser, env.server.url);
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 375, height: 800 });
    await seedStorage(page, 'mcw:default:data', privateStore(ids, { plan: false }));
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    const print = page.getByRole('button', { name: 'Print your results' });
    assert.equal(await print.isVisible(), true, 'a print button with nothing in the plan');
    assert.equal(await page.getByRole('button', { name: 'Print your results' }).count(), 1, 'one button');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.results').innerText();
    assert.match(printed, /Quillfeather Marrowbone Alliance · printed/, 'the person’s own printout keeps the name');
    assert.doesNotMatch(printed, /Your action plan|Add items from/, 'an empty plan is left off paper');
    assert.equal(await print.isVisible(), false);
    const pdf = await page.pdf({ path: join(SHOTS, 'partner-print-empty-plan.pdf'), format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const width of [375, 1280]) {
    test(`advice to the diagram and Back: the panel in view with focus, then where the reader was (${width} px)`, async () => {
      const ids = await statementIds(env.browser, env.server.url);
      const { page, problems, context } = await openPage(env.browser, env.server.origin, { width, height: 800 });
      await seedStorage(page, 'mcw:default:data', privateStore(ids));
      await page.goto(`${env.server.url}#/results`);
      await ready(page);
      const link = page.locator('.next-diagram-link a').nth(1);
      await link.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -100));
      const before = await page.evaluate(() => window.scrollY);
      const node = await page.locator('.next-diagram-link').nth(1).getAttribute('data-return');
      await link.click();
      await page.locator('.node-panel').waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('.node-panel'));
      const panel = await page.locator('.node-panel :is(h1, h2, h3, h4)').first().boundingBox();
      assert.ok(panel.y >= 0 && panel.y + panel.height <= 800, `the panel’s heading is in view (${panel.y})`);
      await shot(page, `partner-advice-panel-${width}`);
      await axe(page, `advice panel ${width}`);
      await page.goBack();
      await page.waitForFunction((n) => document.activeElement?.closest(`[data-return="${n}"]`), node);
      const after = await page.evaluate(() => window.scrollY);
      assert.ok(Math.abs(after - before) <= 20, `back within 20 px: ${before} → ${after}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('embedded, the panel offers its own way back to the results, and the host page’s address is left alone', async () => {
    const ids = await statementIds(env.browser, env.server.url);
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 800 });
    // Widget B of the host page offers Power and the results.
    const power = ids.filter((id) => id.startsWith('power.'));
    await seedStorage(page, 'mcw:embed-team-b:data', privateStore(power));
    await page.goto(env.server.origin + HOST + 'with.html');
    const widget = page.locator('#widget-b');
    await widget.locator('.site-nav a', { hasText: 'Your results' }).click();
    const link = widget.locator('.next-diagram-link a').first();
    await link.waitFor();
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    const address = page.url();
    await link.click();
    const back = widget.getByRole('button', { name: 'Back to your results' });
    await back.waitFor();
    assert.equal(page.url(), address, 'the host’s address is untouched');
    const panel = await widget.locator('.node-panel').boundingBox();
    assert.ok(panel.y < 800 && panel.y + Math.min(panel.height, 200) > 0, 'the panel is in view');
    await back.click();
    await page.waitForFunction(() => {
      const root = document.querySelector('#widget-b').shadowRoot ?? document;
      return root.activeElement?.closest('.next-diagram-link');
    });
    const after = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(after - before) <= 20, `back within 20 px: ${before} → ${after}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the first snapshot says it was saved and that the next will show the change', async () => {
    const ids = await statementIds(env.browser, env.server.url);
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 375, height: 800 });
    await seedStorage(page, 'mcw:default:data', privateStore(ids));
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    assert.match(await page.locator('.overall').innerText(), /Overall: \d\.\d out of 5|rated: \d+ rated, \d+ more needed\./);
    await page.getByRole('button', { name: 'Save today’s snapshot' }).click();
    const saved = page.locator('.snapshot-saved');
    await saved.waitFor();
    assert.match(await saved.innerText(), /^Snapshot saved on \d{1,2} \w+ 20\d\d\. Reassess in a few months and save another: this section will then show what changed since\.$/);
    assert.equal(await page.locator('.trend-changes').count(), 0, 'no “x → x”');
    assert.equal(await page.locator('.trend svg').count(), 0, 'no one-point charts');
    await shot(page, 'partner-first-snapshot-375');
    await axe(page, 'first snapshot');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
