// The five diagrams: every node reachable and operable by keyboard and by
// pointer, the panel opens and closes with focus returning, axe stays clean
// with panels open, and screenshots are saved for a reviewer.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, openPage, ready, setUp } from './harness.mjs';

const SPREADS = ['partners', 'goals', 'trust', 'power', 'evaluate'];
const SHOTS = join(ROOT, 'test-results', 'screenshots');

const env = setUp();
before(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const focusedNode = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-node'));
const nodeIds = (page) =>
  page.locator('svg [data-node]').evaluateAll((els) => els.map((el) => el.getAttribute('data-node')));

describe('diagrams', () => {
  for (const slug of SPREADS) {
    test(`${slug}: keyboard only reaches every node, opens and closes its panel`, async () => {
      const { page, problems, context } = await openPage(env.browser, env.server.origin);
      await page.goto(`${env.server.url}#/${slug}`);
      await ready(page);
      const ids = await nodeIds(page);
      assert.ok(ids.length >= 7, 'the diagram has its nodes');

      // Tab from the pager backwards is fragile; start from the heading.
      await page.locator('h1').focus();
      let tabs = 0;
      while ((await focusedNode(page)) === null && tabs++ < 40) await page.keyboard.press('Tab');
      assert.equal(await focusedNode(page), ids[0], 'Tab enters the diagram at its first node');

      for (const [i, id] of ids.entries()) {
        assert.equal(await focusedNode(page), id, `arrow keys reach node ${i}`);
        await page.keyboard.press('Enter');
        const heading = page.locator('.node-panel h3');
        await heading.waitFor();
        await page.waitForFunction(() => document.activeElement?.matches('.node-panel h3'));
        assert.equal(
          await page.locator(`svg [data-node="${id}"]`).getAttribute('aria-expanded'),
          'true',
        );
        await page.keyboard.press('Escape');
        await page.locator('.node-panel').waitFor({ state: 'detached' });
        await page.waitForFunction((nodeId) => document.activeElement?.getAttribute('data-node') === nodeId, id);
        await page.keyboard.press('ArrowRight');
      }
      assert.equal(await focusedNode(page), ids[0], 'the last node wraps round to the first');

      // One Tab leaves the diagram: the nodes are a single tab stop.
      await page.keyboard.press('Tab');
      assert.equal(await focusedNode(page), null);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('clicking nodes opens their panel; Close returns focus; the URL names the node', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/trust`);
    await ready(page);
    await page.locator('svg [data-node="trust.ground-rules"]').click();
    await page.locator('.node-panel h3', { hasText: 'Agree ground rules at outset' }).waitFor();
    assert.equal(await page.evaluate(() => location.hash), '#/trust/ground-rules');
    assert.ok(await page.locator('svg [data-node="trust.ground-rules"].is-selected').count());
    // Hovering another node highlights it and its connections.
    await page.locator('svg [data-node="trust.definition"]').hover();
    assert.ok(await page.locator('svg [data-node="trust.win-win"].is-related').count());
    await page.getByRole('button', { name: 'Close' }).click();
    await page.locator('.node-panel').waitFor({ state: 'detached' });
    assert.equal(await focusedNode(page), 'trust.ground-rules');
    assert.equal(await page.evaluate(() => location.hash), '#/trust');
    // The pointer over a box lights it; leaving the boxes clears it.
    await page.locator('svg [data-node="trust.definition"]').hover();
    await page.locator('svg [data-node="trust.win-win"].is-related').waitFor();
    await page.locator('h1').hover();
    await page.locator('svg [data-node="trust.win-win"].is-related').waitFor({ state: 'detached' });

    // A deep link opens the panel directly.
    await page.goto(`${env.server.url}#/power/checks`);
    await page.locator('.node-panel h3', { hasText: 'Establish checks and balances' }).waitFor();
    // Jumping to a connected node from the panel.
    await page.locator('.node-panel').getByRole('button', { name: 'POWER' }).click();
    await page.locator('.node-panel h3', { hasText: 'POWER' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on a phone the list replaces the picture and opens the same panel', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 375, height: 800 });
    await page.goto(`${env.server.url}#/evaluate`);
    await ready(page);
    assert.equal(await page.locator('svg.diagram-svg').isVisible(), false);
    const step = page.getByRole('button', { name: '7. Know when it is time to stop.' });
    await step.click();
    await page.locator('.node-panel h3', { hasText: 'Know when it is time to stop.' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.node-panel').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '7. Know when it is time to stop.');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('at 200 % zoom the diagram text stays legible and selectable', async () => {
    // 200 % zoom of a 1280 px window: a 640 CSS px viewport at twice the pixel density.
    const context = await env.browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
    const { page, problems } = await openPage(env.browser, env.server.origin, { context });
    await page.goto(`${env.server.url}#/trust`);
    await ready(page);
    assert.equal(await page.locator('svg.diagram-svg').isVisible(), true);
    const text = page.locator('svg [data-node="trust.roles"] tspan').first();
    const box = await text.boundingBox();
    assert.ok(box.height * 2 >= 16, `text is ${box.height * 2} device pixels tall`);
    assert.notEqual(await text.evaluate((t) => getComputedStyle(t).userSelect), 'none');
    // Select the node's text with the mouse, as a reader would to copy it.
    await text.dblclick();
    assert.match(await page.evaluate(() => String(getSelection())), /\w+/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('printing a spread shows its diagram and none of the page chrome', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 375 });
    await page.goto(`${env.server.url}#/power`);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('svg.diagram-svg').isVisible(), true, 'the diagram prints even from a phone');
    for (const chrome of ['.site-header', '.site-footer', '.pager', '.questionnaire']) {
      assert.equal(await page.locator(chrome).isVisible(), false, `${chrome} is not printed`);
    }
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a PDF is produced');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const width of [375, 1280]) {
    test(`axe-core is clean with panels open and closed; screenshots at ${width} px`, async () => {
      const { page, context } = await openPage(env.browser, env.server.origin, { width, height: 900, reducedMotion: 'reduce' });
      for (const slug of SPREADS) {
        await page.goto(`${env.server.url}#/${slug}`);
        await ready(page);
        await page.screenshot({ path: join(SHOTS, `${slug}-${width}.png`), fullPage: true });
        const closed = await new AxeBuilder({ page }).analyze();
        const first = await page.locator('[data-node]').first().getAttribute('data-node');
        await page.goto(`${env.server.url}#/${slug}/${first.split('.')[1]}`);
        await page.locator('.node-panel').waitFor();
        const open = await new AxeBuilder({ page }).analyze();
        await page.screenshot({ path: join(SHOTS, `${slug}-${width}-panel.png`), fullPage: true });
        const report = (r) => r.violations.map((v) => `${slug} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
        assert.deepEqual([...report(closed), ...report(open)], []);
      }
      await context.close();
    });
  }
});
