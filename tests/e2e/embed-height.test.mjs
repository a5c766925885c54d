// How tall the widget is and where it scrolls, measured against what
// EMBEDDING.md says. The documented sidebar snippet starts compact at
// 300 px (at most 1,500 px tall on its first view, every part a tap and a
// Tab away, the parts a reader opened kept open from view to view and
// after a reload); a CMS table cell on a phone starts compact too; the standalone
// page is unchanged. "See your results" brings the widget's own heading
// into view and scrolls the host page no further.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { frames, openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/long/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });
const SHOTS = join(import.meta.dirname, 'screenshots');

const height = (widget) => widget.evaluate((el) => Math.round(el.getBoundingClientRect().height));

describe('height and scrolling', () => {
  test('the sidebar snippet starts compact at 300 px, every part a tap and a Tab away', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
    await page.goto(env.server.origin + HOST + 'sidebar.html');
    const side = page.locator('#side');
    await side.locator('.pager').waitFor({ state: 'attached' });
    const first = await height(side);
    console.log(`sidebar snippet, first view at 300 px: ${first} px`);
    assert.ok(first <= 1500, `the sidebar snippet is ${first} px tall`);
    // The title, the diagram (as a list at this width) and the way to rate show.
    for (const part of ['.mcw-main h3', '.diagram-section .outline', '.fold-questionnaire > summary']) {
      assert.ok(await side.locator(part).first().isVisible(), `${part} shows`);
    }
    assert.equal(await side.locator('.intro').isVisible(), false, 'the introduction is a tap away');
    const next = await page.locator('#next-box').evaluate((h) => h.getBoundingClientRect().top - document.getElementById('side').getBoundingClientRect().bottom);
    assert.ok(next < 100, 'the next sidebar box follows the widget');
    await page.screenshot({ path: join(SHOTS, 'sidebar-1280.png'), clip: { x: 880, y: 0, width: 400, height: 1500 }, fullPage: true });

    // Every part by keyboard: Tab from the widget's start reaches each summary.
    await title(side).focus();
    const reached = new Set();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const inner = document.activeElement?.shadowRoot?.activeElement;
        return inner ? inner.className || inner.tagName : null;
      });
      if (at === null) break;
      reached.add(at);
    }
    assert.ok(reached.has('fold-summary'), [...reached].join(' '));
    const summaries = await side.locator('.fold-summary').count();
    let opened = 0;
    await title(side).focus();
    for (let i = 0; i < 120 && opened < summaries; i++) {
      await page.keyboard.press('Tab');
      const onSummary = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className === 'fold-summary');
      if (onSummary) {
        await page.keyboard.press('Enter');
        opened++;
      }
    }
    assert.equal(opened, summaries, 'each summary opens from the keyboard');
    for (const part of ['.intro', '.voices', '.questionnaire', '.sources']) assert.ok(await side.locator(part).isVisible(), `${part} open`);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    // Open, the guide's text is there word for word, as in the wide widget
    // (the article's, turned to the same topic).
    const article = page.locator('#article');
    await page.evaluate(() => document.getElementById('article').setAttribute('data-view', 'trust'));
    await title(article, 'build trust').waitFor();
    await article.locator('.questionnaire legend').first().waitFor();
    // Two widgets on one topic: each landmark still has a name of its own.
    const { violations } = await new AxeBuilder({ page }).include('#side').include('#article').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    for (const part of ['.intro', '.voices', '.questionnaire legend']) {
      assert.deepEqual(await side.locator(part).allInnerTexts(), await article.locator(part).allInnerTexts(), part);
    }
    await context.close();
  });

  test('what a reader opened stays open from view to view and after a reload', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
    await page.goto(env.server.origin + HOST + 'sidebar.html');
    const side = page.locator('#side');
    await side.locator('.fold-questionnaire > summary').click();
    await side.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    await side.locator('.site-nav').getByRole('link', { name: 'Your results' }).evaluate((a) => a.click());
    await title(side, 'Your results').waitFor();
    await side.locator('.site-nav a[href="#/trust"]').evaluate((a) => a.click());
    await side.locator('.questionnaire [data-statement="trust.time"] input[value="3"]:checked').waitFor();
    assert.ok(await side.locator('.questionnaire').isVisible(), 'still open after another view');
    assert.equal(await side.locator('.intro').isVisible(), false, 'still closed');
    await page.reload();
    await side.locator('.questionnaire [data-statement="trust.time"] input[value="3"]:checked').waitFor();
    assert.ok(await side.locator('.questionnaire').isVisible(), 'still open after a reload');
    assert.equal(await side.locator('.intro').isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('in a CMS table cell on a 375 px phone the widget starts compact too, its title inside the cell', async () => {
    const { page: wide, context: c1 } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
    await wide.goto(env.server.origin + HOST + 'sidebar.html');
    await title(wide.locator('#side'), 'build trust').waitFor();
    await wide.locator('#side .pager').waitFor({ state: 'attached' });
    const sidebar = await height(wide.locator('#side'));
    await c1.close();
    for (const width of [375, 320]) {
      const { page, problems, context } = await openPage(env.browser, env.server.origin, { width, height: 800 });
      await page.goto(env.server.origin + HOST + 'sidebar.html');
      const cell = page.locator('#cell');
      await cell.locator('.pager').waitFor({ state: 'attached' });
      const tall = await height(cell);
      const cellWidth = await page.locator('td.cell').evaluate((td) => Math.round(td.getBoundingClientRect().width));
      console.log(`table cell ${cellWidth} px wide at ${width} px: ${tall} px tall (sidebar ${sidebar} px)`);
      // Compact as in the sidebar: the title, the list and the way to rate,
      // the long parts folded (before: 9,281 px at 375 px), and no taller
      // than the same widget in the 300 px sidebar although narrower; in the
      // 191 px the cell gets at 320 px, within a sixth of it.
      assert.ok(await cell.locator('.fold-questionnaire > summary').isVisible() && !(await cell.locator('.intro').isVisible()), 'folded');
      const most = width >= 375 ? sidebar : (7 / 6) * sidebar;
      assert.ok(tall <= most, `${width} px: the cell's widget is ${tall} px, the sidebar's ${sidebar} px`);
      // Its title stays inside the cell.
      const inside = await cell.evaluate((host) => {
        const h = (host.shadowRoot ?? host.firstElementChild.shadowRoot).querySelector('.mcw-main h3').getBoundingClientRect();
        const td = host.getBoundingClientRect();
        return h.left >= td.left - 1 && h.right <= td.right + 1;
      });
      assert.ok(inside, `${width} px: the title stays in the cell`);
      await page.screenshot({ path: join(SHOTS, `cell-${width}.png`), clip: { x: 0, y: await page.locator('td.cell').evaluate((td) => td.getBoundingClientRect().top + scrollY), width, height: 1400 }, fullPage: true });
      assert.deepEqual(problems, []);
      const { violations } = await new AxeBuilder({ page }).include('#cell').analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      await context.close();
    }
  });

  test('"See your results" brings the widget\'s heading into view and scrolls the page no further', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
    await page.goto(env.server.origin + HOST + 'sidebar.html');
    const article = page.locator('#article');
    await article.locator('.pager').waitFor({ state: 'attached' });
    const link = article.locator('.questionnaire').getByRole('link', { name: 'See your results' });
    await link.scrollIntoViewIfNeeded();
    await frames(page);
    const widgetTop = await article.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    await link.click();
    await title(article, 'Your results').waitFor();
    await page.waitForFunction(() => document.getElementById('article').shadowRoot.activeElement?.textContent === 'Your results');
    await frames(page);
    const at = await page.evaluate(() => ({ y: scrollY, heading: document.getElementById('article').shadowRoot.activeElement.getBoundingClientRect().top }));
    console.log(`widget top ${widgetTop} px; after the click the page is at ${at.y} px, the heading ${at.heading} px from the window's top`);
    assert.ok(at.heading >= 0 && at.heading < 900, `the results heading is in view (${at.heading} px)`);
    assert.ok(at.y >= widgetTop - 900, `the page scrolled to ${at.y} px, above the widget (${widgetTop} px)`);
    assert.ok(at.y > 1000, 'not to the top of the page');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("EMBEDDING.md's heights and what chrome saves hold", async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
    await page.goto(env.server.origin + HOST + 'sidebar.html');
    const article = page.locator('#article');
    const side = page.locator('#side');
    await side.locator('.pager').waitFor({ state: 'attached' });
    // "in an 840 px article column a topic is 3,300 to 4,600 px tall, the
    // results about 2,000 px and the overview about 1,100 px"
    const open = async (view, ready) => {
      await page.evaluate((v) => document.getElementById('article').setAttribute('data-view', v), view);
      await article.locator(ready).first().waitFor({ state: 'attached' });
      await frames(page);
      return height(article);
    };
    for (const topic of ['partners', 'goals', 'trust', 'power', 'evaluate']) {
      const tall = await open(topic, `.spread.accent-${['partners', 'goals', 'trust', 'power', 'evaluate'].indexOf(topic) + 1} .pager`);
      assert.ok(tall >= 3300 && tall <= 4600, `${topic}: ${tall} px`);
    }
    const results = await open('results', '.results .data-panel, .results section:last-child');
    assert.ok(Math.abs(results - 2000) <= 300, `results: ${results} px`);
    const home = await open('home', '.spread-cards');
    assert.ok(Math.abs(home - 1100) <= 165, `overview: ${home} px`);
    // "chrome="full" adds about 110 px in a sidebar; chrome="none" saves about 60 px"
    const compact = await height(side);
    await page.evaluate(() => document.getElementById('side').setAttribute('chrome', 'full'));
    await side.locator('.brand').waitFor();
    const full = await height(side);
    await page.evaluate(() => document.getElementById('side').setAttribute('chrome', 'none'));
    await side.locator('.site-header').waitFor({ state: 'detached' });
    const none = await height(side);
    console.log(`sidebar: compact ${compact} px, full ${full} px, none ${none} px`);
    assert.ok(full - compact >= 80 && full - compact <= 140, `full adds ${full - compact} px`);
    assert.ok(compact - none >= 40 && compact - none <= 80, `none saves ${compact - none} px`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
