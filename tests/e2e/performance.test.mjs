// Performance that does not depend on the machine, so it is tested: the
// byte budget (what a first visit to the standalone page downloads:
// index.html, the stylesheet, the loader, the glue and the wasm, and any
// file added later, compressed as a host would send it; every feature pays
// for its bytes inside this ceiling, README "The byte budget"), the
// comparison module's ceiling (what opening a comparison fetches beyond
// that), and a page that never moves while it loads. Times vary by machine
// and stay in the benchmark (scripts/bench.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGET, COMPARISON_BUDGET, FIRST_LOAD_FILES, VIEWS, comparisonModule, firstLoad, ready, setUp } from './harness.mjs';

const env = setUp();
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

test('the first load stays within the byte budget', async () => {
  const { files, total } = await firstLoad(env.browser, env.server.url);
  const names = files.map((f) => f.url).sort();
  assert.deepEqual(names, FIRST_LOAD_FILES, 'what a first visit fetches');
  const figure = `first load ${kb(total.gz)} gzip (budget ${kb(BUDGET.gz)}), ${kb(total.br)} brotli (budget ${kb(BUDGET.br)})`;
  console.log(figure);
  assert.ok(total.gz <= BUDGET.gz && total.br <= BUDGET.br, `over the byte budget: ${figure}`);
});

test('the comparison module stays within its ceiling', async () => {
  const { files, total } = await comparisonModule(env.browser, env.server.url);
  assert.deepEqual(files.map((f) => f.url).sort(), ['collaboration-compare.js', 'collaboration-compare_bg.wasm', 'compare.css'], 'what opening a comparison fetches');
  const figure = `comparison module ${kb(total.gz)} gzip (ceiling ${kb(COMPARISON_BUDGET.gz)}), ${kb(total.br)} brotli (ceiling ${kb(COMPARISON_BUDGET.br)})`;
  console.log(figure);
  assert.ok(total.gz <= COMPARISON_BUDGET.gz && total.br <= COMPARISON_BUDGET.br, `over the comparison module's ceiling: ${figure}`);
});

test('no view moves while it loads, at phone and desktop widths', async () => {
  for (const width of [320, 1280]) {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    for (const view of [...VIEWS, '#/trust/roles']) {
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(env.server.url + view);
      await ready(page);
      // Two frames after the deferred part of a spread: its shifts are reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assert.equal(await page.evaluate(() => window.__shift), 0, `layout shift on ${view} at ${width} px`);
      await page.close();
    }
    await context.close();
  }
});
