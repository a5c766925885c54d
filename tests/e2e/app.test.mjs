// The standalone app, release build, served from a sub-folder under a strict
// CSP: every view loads cleanly, the whole guide is there, axe finds nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, VIEWS, fold, guideLines, openPage, ready, setUp } from './harness.mjs';

const env = setUp();

describe('standalone app', () => {
  test('the release ships a .gz and a .br of every file, each the same bytes, and valid link elements', () => {
    const files = readdirSync(DIST).filter((n) => /\.(html|js|css|wasm)$/.test(n));
    assert.ok(files.includes('collaboration-widget_bg.wasm') && files.includes('index.html'));
    for (const name of files) {
      const body = readFileSync(join(DIST, name));
      assert.ok(gunzipSync(readFileSync(join(DIST, `${name}.gz`))).equals(body), `${name}.gz`);
      assert.ok(brotliDecompressSync(readFileSync(join(DIST, `${name}.br`))).equals(body), `${name}.br`);
    }
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    for (const link of html.match(/<link\b[^>]*>/g)) assert.match(link, /\bhref=/, link);
  });

  test('every view loads with one h1, no console error and no foreign request', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    for (const view of [...VIEWS, '#/no-such-page']) {
      await page.goto(env.server.url + view);
      await ready(page);
      assert.equal(await page.locator('h1').count(), 1, `${view}: one h1`);
    }
    assert.match(await page.locator('h1').innerText(), /Page not found/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every line of the guide is visible on a phone-sized screen', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin, { width: 375, height: 800 });
    let text = '';
    for (const view of VIEWS) {
      await page.goto(env.server.url + view);
      await ready(page);
      text += ' ' + fold(await page.locator('body').innerText());
    }
    const missing = guideLines().filter((line) => !text.includes(line));
    assert.deepEqual(missing, [], 'guide lines not shown');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [width, scheme] of [[1280, 'light'], [320, 'light'], [1280, 'dark']]) {
    test(`axe-core finds no violations on any view at ${width} px in the ${scheme} scheme`, async () => {
      const { page, context } = await openPage(env.browser, env.server.origin, { width, reducedMotion: 'reduce' });
      await page.emulateMedia({ colorScheme: scheme });
      for (const view of VIEWS) {
        await page.goto(env.server.url + view);
        await ready(page);
        const { violations } = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(
          violations.map((v) => `${view} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
        );
      }
      await context.close();
    });
  }

  test('deep links, Back and Forward move between views, and the tab title names each', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    // The title follows the view's first frame.
    const titled = (words) => page.waitForFunction((w) => document.title.startsWith(w) && document.title.endsWith('Making Collaboration Work'), words);
    await page.goto(env.server.url + '#/trust');
    await ready(page);
    assert.match(await page.locator('h1').innerText(), /build trust/);
    await titled('Trust');
    await page.getByRole('link', { name: 'Power', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#/power');
    assert.match(await page.locator('h1').innerText(), /power dynamic/);
    await titled('Power');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('h1').textContent.includes('trust'));
    await titled('Trust');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('h1').textContent.includes('power dynamic'));
    await titled('Power');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard only: skip link, then the navigation opens a spread', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.url);
    await ready(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
    await page.keyboard.press('Tab'); // the guide title (home link)
    await page.keyboard.press('Tab'); // Overview
    await page.keyboard.press('Tab'); // 1 Find partners
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/partners');
    // Focus moves to the new view's heading so screen readers announce it.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
