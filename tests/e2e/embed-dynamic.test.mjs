// Intranet pages assembled after load: widgets that arrive late, leave, or
// are written as a custom element, with options changed on a live widget,
// and embed.js included twice; the host page's URL, title, history and
// storage left alone throughout. In the hostile host page, under the CSP.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { frames, openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/portal/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

const hostState = (page) =>
  page.evaluate(() => ({
    url: location.href,
    title: document.title,
    history: history.length,
    state: JSON.stringify(history.state),
    keys: Object.keys(localStorage).filter((k) => !k.startsWith('mcw:')).sort(),
    prefs: localStorage.getItem('portal-prefs'),
  }));
const apps = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-collaboration-widget], collaboration-widget')].map(
      (el) => el.shadowRoot?.querySelectorAll('.mcw-app').length ?? 0,
    ),
  );

describe('embedding in pages that change', () => {
  test('widgets added later mount once, removed ones stop, options change live', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'late.html');
    const custom = page.locator('#custom');
    // An embedded widget's headings start at h2: the panel's is an h4.
    await custom.locator('.node-panel h4').waitFor();
    const host = await hostState(page);

    // The custom element took every option.
    assert.match(await title(custom).innerText(), /build trust/);
    assert.match(await custom.locator('.node-panel h4').innerText(), /roles/i);
    assert.deepEqual(await custom.locator('.site-nav a').allInnerTexts(), ['3\nTrust', '4\nPower', 'Your results']);
    assert.equal(await custom.locator('section.mcw-app').getAttribute('aria-label'), 'Portal partnership check');
    assert.equal(await custom.locator('.mcw-app').evaluate((el) => getComputedStyle(el).colorScheme), 'light');
    await custom.locator('.node-panel').getByLabel('Largely').check();
    await page.waitForFunction(() => localStorage.getItem('mcw:embed-portal:data')?.includes('trust.roles'));

    // embed.js twice, once async: every widget mounted once.
    assert.deepEqual(await apps(page), [1]);

    // A CMS block inserts a data- widget after load.
    await page.evaluate(() => {
      // Built node by node: the page runs under Trusted Types (harness.mjs).
      const block = document.createElement('section');
      const widget = document.createElement('div');
      const attributes = { id: 'late', 'data-collaboration-widget': '', 'data-namespace': 'late', 'data-view': 'power', 'data-label': 'Late widget' };
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      block.append(widget);
      document.getElementById('slot').append(block);
    });
    const late = page.locator('#late');
    await title(late, 'power dynamic').waitFor();
    // From its first frame the widget wears its own styles, never the host's.
    const firstFrame = await page.evaluate(async () => {
      const el = document.createElement('div');
      el.setAttribute('data-collaboration-widget', '');
      el.setAttribute('data-namespace', 'flash');
      document.getElementById('slot').append(el);
      let h1;
      while (!(h1 = el.shadowRoot?.querySelector('h2'))) await new Promise((r) => requestAnimationFrame(r));
      const transform = getComputedStyle(h1).textTransform;
      el.remove();
      return transform;
    });
    assert.equal(firstFrame, 'none');
    assert.deepEqual(await apps(page), [1, 1]);

    // Live options: the view and the theme change; what was entered stays.
    await page.evaluate(() => document.getElementById('custom').setAttribute('view', 'results'));
    await title(custom, 'Your results').waitFor();
    await custom.locator('#share-label').fill('Portal team');
    // share-base: its links open the page it names.
    assert.ok(
      (await custom.locator('#share-link').inputValue()).startsWith(`${env.server.origin}/intranet/tools/collaboration/#/share/1`),
    );
    await page.evaluate(() => document.getElementById('custom').setAttribute('theme', 'dark'));
    await page.waitForFunction(() =>
      getComputedStyle(document.getElementById('custom').shadowRoot.querySelector('.mcw-app')).colorScheme === 'dark');
    assert.equal(await custom.locator('#share-label').inputValue(), 'Portal team', 'unsaved input kept');
    await page.evaluate(() => document.getElementById('late').setAttribute('data-view', 'trust'));
    await title(late, 'build trust').waitFor();
    assert.equal(await custom.locator('.site-nav a[aria-current="page"]').innerText(), 'Your results');
    // Its views scope the counts: trust and power, 9 and 8 statements.
    assert.match(await custom.locator('.progress').first().innerText(), /1 of 17 statements in Trust and Power/, 'the answer is still there');

    // Moving a widget is not removing it.
    await page.evaluate(() => document.getElementById('slot').prepend(document.getElementById('custom')));
    await frames(page);
    assert.equal(await custom.locator('#share-label').inputValue(), 'Portal team');

    // A removed widget is unmounted: its listener goes, and it writes nothing more
    // (once what was typed is stored: removal would store it, as it should).
    await page.waitForFunction(() => (localStorage.getItem('mcw:embed-portal:data') ?? '').includes('"link_label":"Portal team"'));
    const saved = await page.evaluate(() => localStorage.getItem('mcw:embed-portal:data'));
    const listening = await page.evaluate(() => window.storageListeners);
    assert.equal(listening, 2, 'one per widget');
    await page.evaluate(() => {
      window.removed = document.getElementById('custom');
      window.removed.remove();
      window.writes.length = 0;
    });
    await page.waitForFunction(() => window.removed.shadowRoot.childElementCount === 0);
    assert.equal(await page.evaluate(() => window.storageListeners), 1);
    await late.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    await page.waitForFunction(() => window.writes.includes('mcw:embed-late:data'));
    await frames(page);
    assert.deepEqual(await page.evaluate(() => window.writes.filter((k) => k.startsWith('mcw:embed-portal'))), []);
    assert.equal(await page.evaluate(() => localStorage.getItem('mcw:embed-portal:data')), saved);
    // Put back, it mounts afresh with what was saved.
    await page.evaluate(() => document.getElementById('slot').append(window.removed));
    await custom.locator('.progress').first().waitFor();
    assert.match(await custom.locator('.progress').first().innerText(), /1 of 17 statements in Trust and Power/);
    assert.deepEqual(await apps(page), [1, 1]);

    assert.deepEqual(await hostState(page), host, "the host page's URL, title, history and storage");
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#custom').include('#late').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
});
