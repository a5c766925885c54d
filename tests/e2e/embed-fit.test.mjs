// A widget that fits the page it sits in: in a 300 px sidebar the first
// screen holds the topic's title and the start of its diagram, no heading
// wraps past three lines, the iframe route shows the same; in a table cell,
// a list item, a flex row, a float or an inline block it fills its box; headings carry
// on the host page's outline at the level the editor chose (2, 3, 4, and
// changed live), the comparison module's too. Under the strict CSP, in a
// hostile host page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { frames, openFolds, openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/handbook/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

/** Every heading of the page in document order, shadow roots and the
 *  iframe left out or included as asked: [level, text, widget id]. */
const outline = (page) =>
  page.evaluate(() => {
    const found = [];
    const walk = (node, widget) => {
      for (const el of node.children) {
        const m = /^H([1-6])$/.exec(el.tagName);
        if (m) found.push([Number(m[1]), el.textContent.trim().slice(0, 40), widget]);
        if (el.shadowRoot) walk(el.shadowRoot, el.id);
        walk(el, widget);
      }
    };
    walk(document.body, null);
    return found;
  });

/** Levels that go deeper by more than one step: an invalid outline. */
const skips = (headings) =>
  headings.slice(1).flatMap(([level, text], i) => (level > headings[i][0] + 1 ? [`h${headings[i][0]} "${headings[i][1]}" then h${level} "${text}"`] : []));

/** Each visible heading's lines, and how far below the widget's (or frame
 *  document's) top the title ends and the diagram and its first entry
 *  start (a view without a diagram: those are left out). */
const layout = (scope) =>
  scope.evaluate((root) => {
    const doc = root.shadowRoot ?? root.ownerDocument;
    const top = root.shadowRoot ? root.getBoundingClientRect().top : 0;
    const below = (el) => Math.round(el.getBoundingClientRect().top - top);
    const headings = [...doc.querySelectorAll('.mcw-main :is(h1, h2, h3, h4, h5, h6)')].filter((h) => h.getClientRects().length);
    const lines = headings.map((h) => [h.textContent.trim().slice(0, 50), Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight))]);
    const diagram = doc.querySelector('.diagram-section');
    const entry = diagram?.querySelector('.outline li, svg [data-node]');
    return {
      title: below(headings[0]) + headings[0].getBoundingClientRect().height,
      diagram: diagram && below(diagram),
      entry: entry && below(entry) + 20,
      lines,
    };
  });

describe('a widget that fits its page', () => {
  test('in a 300 px sidebar the first screen shows the title and the diagram, in the page and in a frame', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
    await page.goto(env.server.origin + HOST + 'fit.html');
    const side = page.locator('#side');
    await side.locator('.questionnaire').waitFor({ state: 'attached' });
    const frame = page.frameLocator('#mcw-frame');
    await frame.locator('.questionnaire').waitFor();
    for (const [where, scope] of [['in the page', side], ['in a frame', frame.locator('html')]]) {
      const seen = await layout(scope);
      assert.ok(seen.title < 600 && seen.entry < 600, `${where}: title ends at ${seen.title} px, the diagram's first entry at ${seen.entry} px`);
      for (const [text, n] of seen.lines) assert.ok(n <= 3, `${where}: "${text}" takes ${n} lines`);
    }
    // Every view of the sidebar widget: no heading past three lines.
    for (const view of ['Overview', 'Your results', 'Compare']) {
      await side.locator('.site-nav a', { hasText: view }).first().click();
      await title(side, view === 'Overview' ? 'Making Collaboration Work' : view === 'Compare' ? 'Compare' : view).waitFor();
      const { lines } = await layout(side);
      for (const [text, n] of lines) assert.ok(n <= 3, `${view}: "${text}" takes ${n} lines`);
    }
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#side').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });

  test('in boxes a page sizes to their content (a table cell, a list item, a flex row, a float, an inline block) each widget mounts and fills its box', async () => {
    const WIDGETS = ['cell', 'item', 'flex', 'float', 'inline', 'block'];
    for (const width of [375, 1280]) {
      const { page, problems, context } = await openPage(env.browser, env.server.origin, { width, height: 900 });
      await page.goto(env.server.origin + HOST + 'sized.html');
      for (const id of WIDGETS) await title(page.locator(`#${id}`), 'build trust').waitFor();
      // Each widget as wide as its box lets it be: the one in a plain block
      // sets the measure (the flex row gives a menu its room first).
      const widths = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => {
        const host = document.getElementById(id);
        const app = (host.shadowRoot ?? host.firstElementChild.shadowRoot).querySelector('.mcw-app');
        return [id, Math.round(app.getBoundingClientRect().width)];
      })), WIDGETS);
      for (const id of WIDGETS) {
        assert.ok(widths[id] >= widths.block - 100, `${width} px: #${id} is ${widths[id]} px wide, a plain block's is ${widths.block} px`);
      }
      // The diagram is drawn (as a picture, or as lists in a narrow box).
      const drawn = await page.locator('#cell').locator('svg.diagram-svg, .diagram-section .outline').evaluateAll((els) => els.some((el) => el.getBoundingClientRect().height > 200));
      assert.ok(drawn, `${width} px: the diagram in the table cell is drawn`);
      // None is wider than the screen (where it sits on a line is the page's
      // doing: hostile.css keeps its text from wrapping).
      for (const id of WIDGETS) assert.ok(widths[id] <= width, `${width} px: #${id} is ${widths[id]} px wide`);
      // A rating works in each, and all six are one assessment.
      await openFolds(page.locator('#cell'));
      await page.locator('#cell .questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
      await page.locator('#inline .questionnaire [data-statement="trust.time"] input[value="3"]:checked').waitFor({ state: 'attached' });
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('headings carry on the host page outline at the chosen level, changed live', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'fit.html');
    for (const id of ['#side', '#article', '#cms']) await page.locator(id).locator('.questionnaire').waitFor({ state: 'attached' });
    const top = async (id) => (await outline(page)).find(([, , widget]) => widget === id)?.[0];
    assert.equal(await top('side'), 3, 'heading-level="3"');
    assert.equal(await top('article'), 4, 'data-heading-level="4"');
    assert.equal(await top('cms'), 2, 'the default: 2');
    assert.deepEqual(skips(await outline(page)), [], 'no level skipped');
    assert.equal((await outline(page)).filter(([level]) => level === 1).length, 1, "the host page's h1 only");

    // Changed live: the answer stays, the headings move.
    const article = page.locator('#article');
    await article.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    await page.evaluate(() => document.getElementById('article').setAttribute('data-heading-level', '3'));
    await page.waitForFunction(() => document.getElementById('article').shadowRoot.querySelector('.mcw-main h3'));
    assert.equal(await top('article'), 3);
    assert.equal(await article.locator('.questionnaire [data-statement="trust.time"] input[value="3"]').isChecked(), true);
    assert.deepEqual(skips(await outline(page)), []);

    // The comparison, a module of its own, takes the level too.
    await page.evaluate(() => document.getElementById('article').setAttribute('data-view', 'compare'));
    await title(article, 'Compare partners').waitFor();
    await frames(page);
    assert.equal(await top('article'), 3);
    assert.deepEqual(skips(await outline(page)), []);

    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#side').include('#article').include('#cms').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
});
