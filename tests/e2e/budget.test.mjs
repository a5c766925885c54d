// The byte budget: what a first visit to the standalone page downloads
// (index.html, the stylesheet, the loader, the glue and the wasm, and any
// file added later), compressed as a host would send it. Every feature pays
// for its bytes inside this ceiling (README, "The byte budget"). Times vary
// by machine and stay in the benchmark; bytes do not, so this is a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstLoad, setUp } from './harness.mjs';

export const BUDGET = { gz: 235_000, br: 192_000 };
const env = setUp();
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

test('the first load stays within the byte budget', async () => {
  const { files, total } = await firstLoad(env.browser, env.server.url);
  const names = files.map((f) => f.url).sort();
  assert.deepEqual(
    names,
    ['collaboration-widget.js', 'collaboration-widget_bg.wasm', 'index.html', 'loader.js', 'main.css'],
    'what a first visit fetches',
  );
  const figure = `first load ${kb(total.gz)} gzip (budget ${kb(BUDGET.gz)}), ${kb(total.br)} brotli (budget ${kb(BUDGET.br)})`;
  console.log(figure);
  assert.ok(total.gz <= BUDGET.gz && total.br <= BUDGET.br, `over the byte budget: ${figure}`);
});
