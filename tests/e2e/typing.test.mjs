// Nothing a person types is lost: every text field reaches storage while
// the person is still in it, and at once when the tab closes; quick edits to
// two fields of a plan item both land; two widgets of one namespace on one
// page are one assessment; a host page's keyboard shortcuts do not take
// keys typed in the widget; a stripped type="module" still mounts, and a
// policy that refuses WebAssembly is explained in the widget's place.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openPage, ready, setUp, title } from './harness.mjs';

const DATA_KEY = 'mcw:default:data';
const HOST = '/intranet/team/';
const env = setUp({ extra: { [HOST]: join(import.meta.dirname, 'host') } });

const stored = (page, key = DATA_KEY) => page.evaluate((k) => localStorage.getItem(k) ?? '', key);

// Each text field: where it is, how to reach it, and text to type.
const FIELDS = [
  {
    name: 'a statement’s note',
    view: '#/trust',
    open: (page) => page.locator('.questionnaire [data-statement="trust.time"] summary').click(),
    field: (page) => page.locator('.questionnaire [data-statement="trust.time"]').getByLabel(/Why you rated it so/),
    text: 'We meet only when funding is at stake',
  },
  {
    name: 'the plan’s “What we will do”',
    view: '#/results',
    field: (page) => page.locator('.plan-list').getByLabel('What we will do'),
    text: 'Write a one-page roles chart',
  },
  {
    name: 'the plan’s “Who leads it”',
    view: '#/results',
    field: (page) => page.locator('.plan-list').getByLabel(/Who leads it/),
    text: 'Partnership lead',
  },
  {
    name: 'the partnership’s name',
    view: '#/results',
    field: (page) => page.locator('#partnership-name'),
    text: 'Council and university',
    clear: true,
  },
];

/** A page on the standalone app with trust.roles in the action plan. */
async function withPlanItem(context) {
  const { page, problems } = await openPage(env.browser, env.server.origin, { context });
  await page.goto(`${env.server.url}#/trust/roles`);
  await ready(page);
  await page.locator('.node-panel').getByRole('button', { name: 'Add to action plan' }).click();
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"actions":{"trust.roles"'), DATA_KEY);
  return { page, problems };
}

async function reach(page, spec) {
  await page.goto(`${env.server.url}${spec.view}`);
  await ready(page);
  await spec.open?.(page);
  const field = spec.field(page);
  await field.click();
  if (spec.clear) await field.press('ControlOrMeta+a');
  return field;
}

describe('typed text is saved while typing', () => {
  for (const spec of FIELDS) {
    test(`${spec.name}: typed slowly, kept across a reload without leaving the field`, async () => {
      const context = await env.browser.newContext();
      const { page, problems } = await withPlanItem(context);
      const field = await reach(page, spec);
      await field.pressSequentially(spec.text, { delay: 40 });
      // Within a second of the last keystroke, with focus still in the field.
      await page.waitForFunction(([k, t]) => localStorage.getItem(k)?.includes(t), [DATA_KEY, spec.text], { timeout: 1000 });
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), (await field.evaluate((el) => el.tagName)));
      assert.match(await page.locator('.save-status').innerText(), /^Saved/);
      await page.reload();
      await ready(page);
      await spec.open?.(page);
      assert.equal(await spec.field(page).inputValue(), spec.text);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`${spec.name}: typed and the tab closed at once, still there`, async () => {
      const context = await env.browser.newContext();
      const { page } = await withPlanItem(context);
      const field = await reach(page, spec);
      await field.pressSequentially(spec.text);
      await page.close(); // no pause: the page's pagehide saves it
      const again = await openPage(env.browser, env.server.origin, { context });
      await again.page.goto(`${env.server.url}${spec.view}`);
      await ready(again.page);
      await spec.open?.(again.page);
      assert.equal(await spec.field(again.page).inputValue(), spec.text);
      assert.deepEqual(again.problems, []);
      await context.close();
    });
  }

  // A click's answer reaches the app state a frame after its radio shows it
  // (ui/answers.rs): leaving in that frame must still keep it.
  for (const leave of ['closed', 'reloaded']) {
    test(`a rating clicked and the tab ${leave} at once, still there`, async () => {
      const context = await env.browser.newContext();
      const first = await openPage(env.browser, env.server.origin, { context });
      const { page } = first;
      await page.goto(`${env.server.url}#/trust`);
      await ready(page);
      const group = page.locator('.questionnaire [data-statement="trust.time"]');
      await group.getByLabel('Partly').click();
      // The statement itself shows the answer in the click's own frame.
      assert.equal(await group.getByRole('button', { name: /^Clear answer/ }).isVisible(), true);
      let again = first;
      if (leave === 'closed') {
        await page.close();
        again = await openPage(env.browser, env.server.origin, { context });
        await again.page.goto(`${env.server.url}#/trust`);
      } else await page.reload();
      await ready(again.page);
      const checked = again.page.locator('.questionnaire [data-statement="trust.time"] input:checked');
      assert.equal(await checked.inputValue(), '3');
      await again.page.locator('.questionnaire .progress', { hasText: /^1 of \d+ answered/ }).waitFor();
      assert.deepEqual(again.problems, []);
      await context.close();
    });
  }

  test('a plan item’s role and date set within 50 ms of each other are both kept', async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await withPlanItem(context);
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    const plan = page.locator('.plan-list');
    // Both fields change in one task, faster than any render.
    await page.evaluate(() => {
      const set = (el, value) => {
        el.focus();
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.blur();
      };
      set(document.querySelector('.plan-list input[type="text"]'), 'Finance officer');
      set(document.querySelector('.plan-list input[type="date"]'), '2027-03-31');
    });
    await page.waitForFunction(
      (k) => /"role":"Finance officer","due":"2027-03-31"/.test(localStorage.getItem(k)),
      DATA_KEY,
    );
    await page.reload();
    await ready(page);
    assert.equal(await plan.getByLabel(/Who leads it/).inputValue(), 'Finance officer');
    assert.equal(await plan.getByLabel('Target date').inputValue(), '2027-03-31');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('widgets on one page', () => {
  test('two widgets of one namespace, one of each form, show one assessment', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'pair.html');
    const first = page.locator('#first');
    const second = page.locator('#second');
    await first.locator('.questionnaire').waitFor();
    await second.locator('#partnership-name').waitFor();

    await first.locator('.questionnaire [data-statement="power.team"]').getByLabel('Largely').check();
    await second.locator('.progress', { hasText: '1 of 8 statements in Power' }).first().waitFor();
    // Typed in the second, shown in the first once it opens its results.
    const name = second.locator('#partnership-name');
    await name.fill('Joint review 2027');
    await page.waitForFunction(() => localStorage.getItem('mcw:embed-review:data')?.includes('Joint review 2027'));
    // An answer in the first after the rename does not bring the old name back.
    await first.locator('.questionnaire [data-statement="power.checks"]').getByLabel('Partly').check();
    await page.waitForFunction(() => localStorage.getItem('mcw:embed-review:data')?.includes('"power.checks":{"v":3'));
    assert.match(await stored(page, 'mcw:embed-review:data'), /Joint review 2027/);

    await page.reload();
    await second.locator('#partnership-name').waitFor();
    await page.evaluate(() => document.getElementById('first').setAttribute('data-view', 'results'));
    await first.locator('#partnership-name').waitFor();
    assert.equal(await first.locator('#partnership-name').inputValue(), 'Joint review 2027');
    assert.equal(await second.locator('#partnership-name').inputValue(), 'Joint review 2027');
    assert.match(await second.locator('.progress').first().innerText(), /2 of 8 statements in Power/);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('a host page with keyboard shortcuts of its own', () => {
  test('keys typed or pressed in the widget stay in it; the page keeps its shortcuts elsewhere', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'shortcuts.html');
    const widget = page.locator('#widget');
    const group = widget.locator('.questionnaire [data-statement="trust.time"]');
    await group.locator('summary').click();
    const note = group.getByLabel(/Why you rated it so/);
    const text = 'Quarterly / monthly? j and k agree';
    await note.click();
    await note.pressSequentially(text);
    assert.equal(await note.inputValue(), text);
    assert.equal(await note.evaluate((el) => el === el.getRootNode().activeElement), true, 'focus stays in the note');
    // The arrow keys move between a statement's choices.
    await group.getByLabel('Partly').check();
    await page.keyboard.press('ArrowRight');
    assert.equal(await group.locator('input:checked').inputValue(), '4');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await group.locator('input:checked').inputValue(), '3');
    // Escape closes the widget's open panel, and only that.
    await widget.locator('svg [data-node="trust.roles"]').click();
    await widget.locator('.node-panel').waitFor();
    await page.keyboard.press('Escape');
    await widget.locator('.node-panel').waitFor({ state: 'detached' });
    assert.deepEqual(await page.evaluate(() => window.shortcutsFired), []);
    await page.waitForFunction((t) => localStorage.getItem('mcw:embed-wiki:data')?.includes(t), text);
    // Outside the widget the page's own shortcut still works.
    await page.locator('#host-para').click();
    await page.keyboard.press('/');
    assert.deepEqual(await page.evaluate(() => [window.shortcutsFired, document.activeElement.id]), [['search'], 'search']);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('a snippet that a host changed', () => {
  test('embed.js without type="module" still mounts every widget', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'classic.html');
    await title(page.locator('#widget'), 'build trust').waitFor();
    await title(page.locator('#custom'), 'power dynamic').waitFor();
    // The text the editor put inside the element shows only until then.
    assert.equal(await page.locator('#fallback').isVisible(), false);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => v.id), []);
    await context.close();
  });

  test('a policy without wasm-unsafe-eval gets one plain sentence in each widget, not a blank area', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(env.server.origin + HOST + 'classic.html?csp=no-wasm');
    const sentence = /cannot start because this page’s Content-Security-Policy does not allow WebAssembly: the site’s administrator can allow it by adding ‘wasm-unsafe-eval’ to the policy’s script-src\./;
    for (const id of ['#widget', '#custom']) {
      const alert = page.locator(`${id} [role="alert"]`);
      await alert.waitFor();
      assert.match(await alert.innerText(), sentence);
    }
    // The browser reports its own refusal; the widget adds no error of its own.
    assert.ok((await page.evaluate(() => window.cspViolations)).some((v) => v.startsWith('script-src')));
    assert.deepEqual(problems.filter((p) => !/Content Security Policy/.test(p)), []);
    await context.close();
  });
});
