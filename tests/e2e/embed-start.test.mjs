// When the widget cannot start, each widget's place says why in one
// sentence, in its own embedded styles (at least 16 px, however small the
// host's root font; no window-tall box): its files not found (with the
// address that failed), WebAssembly refused by the page's policy, or a
// browser without WebAssembly. On a host page whose root font is 62.5 %.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DIST, openPage, setUp } from './harness.mjs';

const HOST = '/intranet/start/';
// An editor who copied embed.js alone; another who left out the .wasm.
const lonely = mkdtempSync(join(tmpdir(), 'mcw-lonely-'));
copyFileSync(join(DIST, 'embed.js'), join(lonely, 'embed.js'));
const partial = mkdtempSync(join(tmpdir(), 'mcw-partial-'));
for (const file of ['embed.js', 'collaboration-embed.js', 'main.css']) copyFileSync(join(DIST, file), join(partial, file));
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host'), '/intranet/lonely/': lonely, '/intranet/partial/': partial } });

const CASES = [
  {
    name: 'embed.js copied alone: its files not found, with the address',
    page: 'start-lonely.html',
    sentence: (origin) => `This tool could not start because one of its files was not found at ${origin}/intranet/lonely/collaboration-embed.js: the site’s administrator can copy the whole folder embed.js came in, not embed.js alone.`,
  },
  {
    name: 'the WebAssembly file missing: its address',
    page: 'start-partial.html',
    sentence: (origin) => `This tool could not start because one of its files was not found at ${origin}/intranet/partial/collaboration-embed_bg.wasm: the site’s administrator can copy the whole folder embed.js came in, not embed.js alone.`,
  },
  {
    name: 'a policy without wasm-unsafe-eval: the policy',
    page: 'start.html?csp=no-wasm',
    sentence: () => 'This tool cannot start because this page’s Content-Security-Policy does not allow WebAssembly: the site’s administrator can allow it by adding ‘wasm-unsafe-eval’ to the policy’s script-src.',
  },
  {
    name: 'a browser without WebAssembly: the browser',
    page: 'start.html',
    noWasm: true,
    sentence: () => 'This tool cannot start because this browser does not run WebAssembly (it is too old, or WebAssembly is turned off): please try it in an up-to-date browser.',
  },
];

describe('when the widget cannot start', () => {
  for (const { name, page: hostPage, noWasm, sentence } of CASES) {
    test(name, async () => {
      const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 1280, height: 900 });
      if (noWasm) await page.addInitScript(() => delete window.WebAssembly);
      await page.goto(env.server.origin + HOST + hostPage);
      for (const id of ['side', 'article']) {
        const alert = page.locator(`#${id} [role="alert"]`);
        await alert.waitFor();
        assert.equal(await alert.innerText(), sentence(env.server.origin), id);
        const box = await alert.evaluate((p) => {
          const s = getComputedStyle(p);
          return { size: parseFloat(s.fontSize), height: p.getBoundingClientRect().height, width: p.getBoundingClientRect().width, lines: Math.round((p.getBoundingClientRect().height - 28) / parseFloat(s.lineHeight)) };
        });
        assert.ok(box.size >= 16, `${id}: ${box.size} px text`);
        // As tall as its lines and padding, no more: no window-tall box.
        assert.ok(box.height < 300 && box.lines <= 9, `${id}: ${box.height} px tall (${box.lines} lines)`);
        assert.ok(box.width <= (id === 'side' ? 300 : 1280), `${id}: ${box.width} px wide`);
      }
      // The page's own text is as it was (the widget's styles stayed inside).
      assert.equal(await page.locator('#host-title').evaluate((h) => getComputedStyle(h).fontSize), '9px');
      const unexpected = problems.filter((p) => !/Content Security Policy|Failed to load resource|Failed to fetch dynamically imported module|failed to fetch Wasm|HTTP status code is not ok|WebAssembly/.test(p));
      assert.deepEqual(unexpected, []);
      const { violations } = await new AxeBuilder({ page }).include('#side').include('#article').analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      await context.close();
    });
  }
});
