// Theming: every documented token (EMBEDDING.md, "Theming"), set by the host
// on the widget's element or on an ancestor, in its stylesheet or a style
// attribute, changes what it names inside the shadow root, in the light and
// the dark scheme; where the host sets nothing the widget's defaults apply.
// A themed widget passes axe's contrast check. Under the strict CSP, in the
// hostile host page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openPage, setUp, title } from './harness.mjs';

const HOST = '/intranet/themed/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

// The host's palette (host/themed.css) and the widget's defaults (main.css).
const PALETTE = {
  light: { bg: '#fdf6e3', surface: '#eee8d5', text: '#073642', muted: '#3e4f55', border: '#5f7379', focus: '#9c2a12', accents: ['#1a6b4f', '#1d4f91', '#6b2fa0', '#8a4500', '#a0205e'] },
  dark: { bg: '#002b36', surface: '#073642', text: '#fdf6e3', muted: '#b9c5c6', border: '#93a1a1', focus: '#ffb86b', accents: ['#5fe0c0', '#8ec5ff', '#d4b0ff', '#ffc080', '#ff9ed0'] },
};
const DEFAULTS = {
  light: { bg: '#ffffff', surface: '#f4f5f7', text: '#1b1f24', muted: '#4a5360', border: '#767f8c', focus: '#0b57d0', accents: ['#00706b', '#1f5fbf', '#6b3fa0', '#a14a00', '#a3226b'] },
  dark: { bg: '#15181c', surface: '#1f242a', text: '#eef1f4', muted: '#b5bec9', border: '#8d97a3', focus: '#8ab4f8', accents: ['#4fd1c5', '#8ab4f8', '#c9a9f5', '#ffb170', '#f59ac8'] },
};
const THEMED = { font: /^Georgia/, size: '18px', radius: '2px' };
const UNTHEMED = { font: /^system-ui/, size: '16px', radius: '10px' };

/** What each token names, read inside the widget's shadow root. */
const seen = (page, id) =>
  page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const style = (sel) => getComputedStyle(root.querySelector(sel));
    const app = style('.mcw-app');
    const card = style('.spread-card');
    return {
      scheme: app.colorScheme,
      font: app.fontFamily,
      size: app.fontSize,
      radius: card.borderTopLeftRadius,
      bg: app.backgroundColor,
      text: app.color,
      surface: style('.site-header').backgroundColor,
      muted: style('.spread-card p:not(.card-progress)').color,
      border: card.borderRightColor,
      focus: style('.site-nav a[aria-current="page"]').borderBottomColor,
      accents: [...root.querySelectorAll('.spread-card')].map((c) => getComputedStyle(c).borderTopColor),
    };
  }, id);

function expect(colours, sizes) {
  const { accents, ...rest } = colours;
  return { ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, rgb(v)])), accents: accents.map(rgb), ...sizes };
}

function check(actual, scheme, colours, sizes, where) {
  const { font, ...want } = expect(colours, sizes);
  assert.match(actual.font, font, `${where}: font`);
  const { font: _, scheme: s, ...got } = actual;
  assert.equal(s, scheme, `${where}: colour scheme ('light dark': the system's)`);
  assert.deepEqual(got, want, where);
}

const TOKENS = Object.entries({
  '--mcw-font': 'Georgia, "Times New Roman", serif',
  '--mcw-font-size': '18px',
  '--mcw-radius': '2px',
  ...Object.fromEntries(['bg', 'surface', 'text', 'muted', 'border', 'focus'].map((k) => [`--mcw-${k}`, `light-dark(${PALETTE.light[k]}, ${PALETTE.dark[k]})`])),
  ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`--mcw-accent-${n}`, `light-dark(${PALETTE.light.accents[n - 1]}, ${PALETTE.dark.accents[n - 1]})`])),
});

describe('theming', () => {
  for (const scheme of ['light', 'dark']) {
    test(`every token, set on the element or an ancestor, by stylesheet or style attribute, applies (system in ${scheme})`, async () => {
      const { page, problems, context } = await openPage(env.browser, env.server.origin, { reducedMotion: 'reduce' });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(env.server.origin + HOST + 'themed.html');
      for (const id of ['light', 'dark', 'own', 'plain']) await title(page.locator(`#${id}`)).waitFor();

      // The host's stylesheet, on an ancestor: a light and a dark widget.
      check(await seen(page, 'light'), 'light', PALETTE.light, THEMED, 'ancestor, stylesheet, light');
      check(await seen(page, 'dark'), 'dark', PALETTE.dark, THEMED, 'ancestor, stylesheet, dark');
      // The host's stylesheet, on the element itself.
      check(await seen(page, 'own'), 'dark', PALETTE.dark, THEMED, 'element, stylesheet');
      // Nothing set: the widget's defaults, in the system's scheme.
      check(await seen(page, 'plain'), 'light dark', DEFAULTS[scheme], UNTHEMED, 'no tokens');

      // A style attribute (through CSSOM: the strict CSP refuses one in the
      // markup), on the element and then on an ancestor.
      for (const target of ['plain', 'plain-wrap']) {
        await page.evaluate(([id, tokens]) => {
          for (const el of [document.getElementById('plain'), document.getElementById('plain-wrap')]) el.removeAttribute('style');
          for (const [name, value] of tokens) document.getElementById(id).style.setProperty(name, value);
        }, [target, TOKENS]);
        check(await seen(page, 'plain'), 'light dark', PALETTE[scheme], THEMED, `${target}, style attribute`);
      }
      // One token alone: it applies, and the others keep their defaults.
      await page.evaluate(() => {
        document.getElementById('plain-wrap').removeAttribute('style');
        document.getElementById('plain').style.setProperty('--mcw-accent-3', '#123456');
      });
      const one = await seen(page, 'plain');
      check(one, 'light dark', { ...DEFAULTS[scheme], accents: DEFAULTS[scheme].accents.map((a, i) => (i === 2 ? '#123456' : a)) }, UNTHEMED, 'one token');

      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assert.deepEqual(problems, []);
      // Contrast (and the rest of axe) on the themed widgets.
      const { violations } = await new AxeBuilder({ page }).include('#light').include('#dark').include('#own').analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      await context.close();
    });
  }

  test('a themed topic view passes the contrast check in both schemes', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'themed.html');
    for (const [id, topic] of [['light', 'trust'], ['dark', 'power']]) {
      const widget = page.locator(`#${id}`);
      await title(widget).waitFor();
      await page.evaluate(([id, topic]) => document.getElementById(id).setAttribute(id === 'dark' ? 'view' : 'data-view', topic), [id, topic]);
      // In the 300 px sidebar the statements are a tap away (once open,
      // they stay open for the namespace: the second widget shares it).
      await widget.locator('.fold-questionnaire').waitFor();
      if ((await widget.locator('.fold-questionnaire').getAttribute('open')) === null) await widget.locator('.fold-questionnaire > summary').click();
      await widget.locator('.questionnaire [data-statement]').first().getByLabel('Partly').check();
    }
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).include('#light').include('#dark').analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });
});
