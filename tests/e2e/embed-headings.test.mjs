// Headings that fit the host: the widget's top heading is sized by its
// level (at most 1.6 em of the widget's base at h2, 1.35 em at h3, 1.2 em at
// h4 and below), never larger than the host's h1, and the headings inside
// step down from it. A navigation line that does not fit says it goes on
// (a fade and a button at the end where it continues) and keeps the
// current view in sight. On an ordinary intranet page whose root font is
// 62.5 %: an article, a sidebar, a table cell.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/article/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });
const SHOTS = join(import.meta.dirname, 'screenshots');

/** The widget's base font size and its visible headings: [level, px, text]. */
const headings = (widget) =>
  widget.evaluate((host) => {
    const root = host.shadowRoot ?? host.firstElementChild.shadowRoot;
    const app = root.querySelector('.mcw-app');
    const seen = [...root.querySelectorAll('.mcw-main :is(h1, h2, h3, h4, h5, h6)')].filter((h) => h.getClientRects().length && h.getBoundingClientRect().width > 2);
    return {
      base: parseFloat(getComputedStyle(app).fontSize),
      list: seen.map((h) => [Number(h.tagName[1]), parseFloat(getComputedStyle(h).fontSize), h.textContent.trim().slice(0, 30)]),
    };
  });

/** Where the navigation line stands: its cue and the current link's place. */
const navState = (widget) =>
  widget.evaluate((host) => {
    const root = host.shadowRoot ?? host.firstElementChild.shadowRoot;
    const nav = root.querySelector('.site-nav');
    const list = nav.querySelector('ul');
    const box = list.getBoundingClientRect();
    const current = list.querySelector('[aria-current]').getBoundingClientRect();
    const shown = (sel) => { const b = nav.querySelector(sel); return b.getClientRects().length > 0 ? b.getBoundingClientRect() : null; };
    const before = shown('.nav-scroll-before');
    const after = shown('.nav-scroll-after');
    return {
      overflows: list.scrollWidth > list.clientWidth + 1,
      more: nav.getAttribute('data-more'),
      before: !!before,
      after: !!after,
      // The current view in the line, clear of the buttons.
      currentShown: current.left >= (before ? before.right : box.left) - 1 && current.right <= (after ? after.left : box.right) + 1,
    };
  });

describe('headings and navigation that fit the host', () => {
  for (const width of [1280, 375]) {
    test(`the top heading is sized by its level and the ones inside step down (${width} px)`, async () => {
      const { page, problems, context } = await openPage(env.browser, env.server.origin, { width, height: 900 });
      await page.goto(env.server.origin + HOST + 'article.html');
      const hostH1 = await page.locator('#host-title').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
      for (const [id, level, most] of [['l2', 2, 1.6], ['l3', 3, 1.35], ['l4', 4, 1.2]]) {
        const widget = page.locator(`#${id}`);
        await widget.locator('.pager').waitFor();
        const { base, list } = await headings(widget);
        const [[top, size]] = list;
        assert.equal(top, level, `#${id}: its top heading is an h${level}`);
        assert.ok(size <= most * base + 0.1, `#${id}: the h${level} title is ${size} px, more than ${most} em of ${base} px`);
        assert.ok(size < hostH1, `#${id}: the title (${size} px) outranks the host's h1 (${hostH1} px)`);
        for (const [l, s, text] of list.slice(1)) {
          assert.ok(s < size, `#${id}: "${text}" (h${l}, ${s} px) is not smaller than the title (${size} px)`);
          for (const [l2, s2, t2] of list) if (l2 > l && l2 > top) assert.ok(s2 <= s + 0.1, `#${id}: "${t2}" (h${l2}, ${s2} px) is larger than "${text}" (h${l}, ${s} px)`);
        }
      }
      await page.screenshot({ path: join(SHOTS, `headings-${width}.png`), fullPage: false });
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(problems, []);
      const { violations } = await new AxeBuilder({ page }).include('#l2').include('#l3').include('#l4').analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      await context.close();
    });
  }

  test('a navigation that does not fit shows that it goes on, and the current view is always in sight', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
    await page.goto(env.server.origin + HOST + 'article.html');
    const side = page.locator('#l3');
    await side.locator('.pager').waitFor();
    // In the 300 px sidebar the line does not fit: it fades at the end, with a button.
    await page.waitForFunction(() => document.getElementById('l3').shadowRoot.querySelector('.site-nav[data-more]'));
    let seen = await navState(side);
    assert.ok(seen.overflows, 'the line overflows at 300 px');
    assert.ok(seen.after && seen.currentShown, JSON.stringify(seen));
    const mask = await side.locator('.site-nav ul').evaluate((ul) => getComputedStyle(ul).maskImage);
    assert.match(mask, /linear-gradient/, 'the line fades where it goes on');
    await side.locator('.site-nav').screenshot({ path: join(SHOTS, 'nav-300.png') });

    // The button moves the line on; then the start has more.
    await side.locator('.nav-scroll-after').click();
    await page.waitForFunction(() => document.getElementById('l3').shadowRoot.querySelector('.site-nav').getAttribute('data-more')?.includes('before'));
    // Each view in turn: its link is in sight, clear of the buttons.
    const names = await side.locator('.site-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of names) {
      await side.locator(`.site-nav a[href="${href}"]`).evaluate((a) => a.click());
      await side.locator(`.site-nav a[href="${href}"][aria-current="page"]`).waitFor();
      // The line is put right after the view's first frame is painted.
      await side.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
      seen = await navState(side);
      assert.ok(seen.currentShown, `${href}: the current link is hidden: ${JSON.stringify(seen)}`);
    }
    // The article's widget, 840 px wide: its current view in sight, and a
    // cue exactly where its line goes on.
    const article = await navState(page.locator('#l2'));
    assert.ok(article.currentShown && article.overflows === (article.more !== null), JSON.stringify(article));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#l3').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
});
