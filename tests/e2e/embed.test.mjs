// Embedding in a page we do not control: two widgets with their own data in
// a hostile host page under the strict CSP, served from sub-folders; and the
// iframe mode that reports its height.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/news/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

const hostUrl = (page) => env.server.origin + HOST + page;
const HOST_ELEMENTS = ['#host-title', '#host-para', '#host-link', '#host-box', '#host-button', '#host-between', 'body'];
const PROPS = ['color', 'font-family', 'font-size', 'line-height', 'margin-top', 'padding-top', 'border-top-width', 'box-sizing', 'letter-spacing', 'text-transform', 'display', 'width'];

async function hostStyles(page) {
  return page.evaluate(([selectors, props]) =>
    selectors.map((sel) => {
      const style = getComputedStyle(document.querySelector(sel));
      return [sel, props.map((p) => `${p}:${style.getPropertyValue(p)}`)];
    }), [HOST_ELEMENTS, PROPS]);
}

describe('embedding', () => {
  test('two widgets mount in a hostile host page, keep their own data, and leave the host alone', async () => {
    const without = await openPage(env.browser, env.server.origin);
    await without.page.goto(hostUrl('without.html'));
    const before = await hostStyles(without.page);
    await without.context.close();

    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(hostUrl('with.html'));
    const a = page.locator('#widget-a');
    const b = page.locator('#widget-b');
    await title(a).waitFor();
    await title(b).waitFor();
    assert.match(await title(a).innerText(), /build trust/);
    assert.match(await title(b).innerText(), /power dynamic/);
    // data-views: widget B offers only its two views.
    assert.deepEqual(await b.locator('.site-nav a').allInnerTexts(), ['4\nPower', 'Your results']);

    // The host's own elements look exactly as they do without the widget.
    assert.deepEqual(await hostStyles(page), before);

    // The host's CSS does not reach in: the widget keeps its own look.
    const inside = await title(a).evaluate((h) => {
      const s = getComputedStyle(h);
      return { color: s.color, font: s.fontFamily, size: s.fontSize, transform: s.textTransform, style: s.fontStyle };
    });
    // Nor do the host's other inherited text styles (hostile.css sets each).
    const initial = {
      'word-break': 'normal', hyphens: 'manual', 'font-feature-settings': 'normal', 'font-size-adjust': 'none',
      'text-wrap-mode': 'wrap', 'overflow-wrap': 'normal', '-webkit-text-stroke-width': '0px', 'border-spacing': '0px',
    };
    const intro = await a.locator('.intro p').first().evaluate((p, names) => {
      const s = getComputedStyle(p);
      return { fill: s.getPropertyValue('-webkit-text-fill-color') === s.color, ...Object.fromEntries(names.map((n) => [n, s.getPropertyValue(n)])) };
    }, Object.keys(initial));
    assert.deepEqual(intro, { fill: true, ...initial });
    assert.doesNotMatch(inside.font, /Comic/);
    assert.notEqual(inside.color, 'rgb(204, 0, 0)');
    assert.equal(inside.transform, 'none');
    assert.equal(inside.style, 'normal');
    assert.ok(parseFloat(inside.size) >= 24, `heading ${inside.size}`);
    assert.ok(await a.locator('svg.diagram-svg').isVisible(), 'the diagram is drawn');
    // Widget B was asked for the dark theme.
    assert.equal(await b.locator('.mcw-app').evaluate((el) => getComputedStyle(el).colorScheme), 'dark');

    // Navigation stays inside the widget: the host URL does not change.
    const url = page.url();
    await a.getByRole('link', { name: 'Shared goals', exact: true }).click();
    await title(a, 'goals').waitFor();
    assert.equal(page.url(), url);

    // Keyboard: into widget A's diagram, open a node, close it again.
    await title(a).focus();
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-node'))); i++) {
      await page.keyboard.press('Tab');
    }
    const node = await page.evaluate(() => document.activeElement.shadowRoot.activeElement.getAttribute('data-node'));
    assert.equal(node, 'goals.vision');
    await page.keyboard.press('Enter');
    await a.locator('.node-panel h4', { hasText: 'Agree on vision' }).waitFor();
    await a.locator('.node-panel').getByLabel('Largely').check();
    await page.keyboard.press('Escape');
    await a.locator('.node-panel').waitFor({ state: 'detached' });

    // Each namespace keeps its own data (saved just after the screen updates).
    await page.waitForFunction(() => localStorage.length > 0);
    const stored = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(stored, ['mcw:embed-team-a:data']);
    await b.getByRole('link', { name: 'Your results', exact: true }).click();
    await b.locator('.progress').first().waitFor();
    // data-views="power,results" scopes the results to power's statements.
    assert.match(await b.locator('.progress').first().innerText(), /0 of 8 statements in Power/);
    assert.deepEqual(await b.locator('.score-table tbody th').allInnerTexts(), ['Power']);
    // Its results link opens the standalone page beside embed.js, not this
    // host page (which cannot open a shared link).
    const link = await b.locator('#share-link').inputValue();
    assert.ok(link.startsWith(`${env.server.origin}/intranet/tools/collaboration/#/share/1`), link);
    const shared = await context.newPage();
    await shared.goto(link);
    await title(shared, 'Shared results').waitFor();
    await shared.close();

    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#widget-a').include('#widget-b').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });

  test('in a right-to-left page in another language the widget stays English, left to right', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 375 });
    await page.goto(hostUrl('rtl.html'));
    const widget = page.locator('#widget');
    await title(widget, 'build trust').waitFor();
    const seen = await widget.locator('.mcw-app').evaluate((app) => {
      const intro = [...app.querySelectorAll('.mcw-main p')].find((p) => p.textContent.length > 120 && p.getClientRects().length);
      const lines = (() => { const r = document.createRange(); r.selectNodeContents(intro); return r.getClientRects(); })();
      const left = intro.getBoundingClientRect().left + parseFloat(getComputedStyle(intro).paddingLeft);
      return {
        lang: app.closest('[lang]')?.lang,
        direction: getComputedStyle(app).direction,
        // Left aligned: a paragraph's last, short line starts at its left edge.
        startsLeft: Math.abs(lines[lines.length - 1].left - left) < 2,
      };
    });
    assert.deepEqual(seen, { lang: 'en-GB', direction: 'ltr', startsLeft: true });
    assert.equal(await page.locator('#host-para').evaluate((p) => getComputedStyle(p).direction), 'rtl', 'the page keeps its own');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#widget').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });

  test('in an iframe the widget hides the page chrome and posts its height', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(hostUrl('framed.html'));
    const frame = page.frameLocator('#mcw-frame');
    await title(frame, 'goals').waitFor();
    await page.waitForFunction(() => parseFloat(document.getElementById('mcw-frame').style.height) > 600);
    const heights = () =>
      page.evaluate(() => {
        const el = document.getElementById('mcw-frame');
        return { frameHeight: el.getBoundingClientRect().height, contentHeight: el.contentDocument.documentElement.scrollHeight };
      });
    // The posted height reaches the frame: it then fits its content.
    await page
      .waitForFunction(() => {
        const el = document.getElementById('mcw-frame');
        return Math.abs(el.getBoundingClientRect().height - el.contentDocument.documentElement.scrollHeight) <= 2;
      }, null, { timeout: 5000 })
      .catch(async () => assert.fail(`the frame never fitted its content: ${JSON.stringify(await heights())}`));
    const { frameHeight, contentHeight } = await heights();
    assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight} vs content ${contentHeight}`);
    assert.equal(await frame.locator('.brand').isVisible(), false, 'no page chrome in embed mode');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('two widgets in comparison views keep their own unfinished text for the tab, as they keep their own answers', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(hostUrl('reviews.html'));
    const box = (id) => page.locator(`#${id}`).getByLabel(/^Paste results links/);
    await box('east').waitFor();
    await box('west').waitFor();
    await box('east').fill('East: links still to come');
    await page.reload();
    await box('west').waitFor();
    await page.waitForFunction(() => document.querySelector('#east').shadowRoot?.querySelector('textarea')?.value);
    assert.equal(await box('east').inputValue(), 'East: links still to come');
    assert.equal(await box('west').inputValue(), '', 'the other namespace has no draft of its own');

    await box('west').fill('West: two links so far');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#west').shadowRoot?.querySelector('textarea')?.value);
    assert.equal(await box('east').inputValue(), 'East: links still to come');
    assert.equal(await box('west').inputValue(), 'West: two links so far');
    // For the tab only, under each namespace's own keys; nothing lasting.
    const keys = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('mcw:')).sort());
    assert.deepEqual(keys, ['mcw:embed-east:draft:compare-paste', 'mcw:embed-west:draft:compare-paste']);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
