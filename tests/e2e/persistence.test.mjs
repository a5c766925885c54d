// Saved data across versions and tabs: a newer release's save in another
// tab is never written over, a schema-1 document upgrades on the first edit
// and keeps its original, and private notes are saved, reloaded, exported
// and never put in a link.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, frames, openPage, ready, seedStorage, setUp } from './harness.mjs';

const DATA_KEY = 'mcw:default:data';
const fixture = (name) => readFileSync(join(ROOT, 'tests/fixtures', name), 'utf8').trim();
const env = setUp();

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), DATA_KEY);
const backups = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('mcw:default:backup:')).map((k) => localStorage.getItem(k)),
  );
const downloaded = async (page, click) => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  let text = '';
  for await (const chunk of await download.createReadStream()) text += chunk;
  return text;
};

describe('saved data across versions and tabs', () => {
  test('a newer version saving in another tab is never written over, and this tab says so', async () => {
    const context = await env.browser.newContext();
    const older = await openPage(env.browser, env.server.origin, { context });
    const other = await openPage(env.browser, env.server.origin, { context });
    await older.page.goto(`${env.server.url}#/trust`);
    await ready(older.page);
    await older.page.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Partly').check();
    await older.page.waitForFunction((k) => localStorage.getItem(k)?.includes('trust.time'), DATA_KEY);

    // The other tab runs a newer release, which saves schema 6.
    await other.page.goto(env.server.url);
    await ready(other.page);
    const newer = fixture('store-v5.json').replace('"schema":5', '"schema":6');
    await other.page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, newer]);

    const notice = older.page.locator('.notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /newer version of this tool has saved your data in another tab, so this page has stopped saving/);
    // An edit here afterwards is kept on screen, not saved over the newer data.
    await older.page.locator('.questionnaire [data-statement="trust.roles"]').getByLabel('Largely').check();
    await frames(older.page); // the save it would have made has had its turn
    assert.equal(await stored(older.page), newer);
    assert.match(await older.page.locator('.save-status').innerText(), /Not saved/);
    // What this tab holds can be downloaded, its latest edit included.
    const mine = JSON.parse(await downloaded(older.page, () => notice.getByRole('button', { name: 'Download the kept data' }).click()));
    assert.equal(mine.assessments[0].answers['trust.roles'].v, 4);
    assert.deepEqual([...older.problems, ...other.problems], []);
    await context.close();
  });

  test('a schema-1 document loads, upgrades on the first edit, and keeps its original as a backup', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    const v1 = fixture('store-v1.json');
    await seedStorage(page, DATA_KEY, v1);
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    assert.equal(await page.locator('#partnership-name').inputValue(), 'City and university partnership');
    assert.equal(await page.locator('.plan-list textarea').inputValue(), 'Write a one-page roles chart');
    assert.equal(await stored(page), v1, 'reading alone writes nothing');

    await page.goto(`${env.server.url}#/power`);
    await page.locator('.questionnaire [data-statement="power.team"]').getByLabel('Largely').check();
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).schema === 5, DATA_KEY);
    const upgraded = JSON.parse(await stored(page));
    assert.equal(upgraded.assessments[0].answers['trust.time'].v, 4, 'earlier answers kept');
    assert.equal(upgraded.assessments[0].answers['power.team'].v, 4);
    assert.equal(upgraded.assessments[0].snapshots.length, 1);
    assert.deepEqual(await backups(page), [v1]);
    // A second edit makes no second backup.
    await page.locator('.questionnaire [data-statement="power.team"]').getByLabel('Partly').check();
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).assessments[0].answers['power.team'].v === 3, DATA_KEY);
    assert.equal((await backups(page)).length, 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a note is typed, saved, reloaded, shown with the results, exported, and never in a link', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/results`);
    await ready(page);
    await page.locator('#share-label').fill('');
    const linkBefore = await page.locator('#share-link').inputValue();

    await page.goto(`${env.server.url}#/trust`);
    const group = page.locator('.questionnaire [data-statement="trust.time"]');
    await group.getByLabel('Partly').check();
    const linkWithRating = async () => {
      await page.goto(`${env.server.url}#/results`);
      return page.locator('#share-link').inputValue();
    };
    await group.getByText('Add a private note').click();
    const note = 'We meet only when money is at stake; =SUM(A1) stays text';
    await group.getByLabel(/Why you rated it so/).fill(note);
    await group.getByLabel(/Why you rated it so/).press('Tab');
    await page.waitForFunction((k) => localStorage.getItem(k)?.includes('money is at stake'), DATA_KEY);

    await page.reload();
    await ready(page);
    const reloaded = page.locator('.questionnaire [data-statement="trust.time"]');
    assert.equal(await reloaded.getByLabel(/Why you rated it so/).inputValue(), note, 'open and filled after a reload');
    // The node panel edits the same note.
    await page.goto(`${env.server.url}#/trust/time`);
    assert.equal(await page.locator('.node-panel').getByLabel(/Why you rated it so/).inputValue(), note);

    const link = await linkWithRating();
    assert.match(await page.locator('.notes-list').innerText(), /money is at stake/);
    assert.notEqual(link, linkBefore, 'the rating is in the link');
    assert.ok(!decodeURIComponent(link).includes('money'), 'the note is not');
    // Changing only the note leaves the link as it was.
    await page.goto(`${env.server.url}#/trust/time`);
    await page.locator('.node-panel').getByLabel(/Why you rated it so/).fill('Something else entirely');
    await page.locator('.node-panel').getByLabel(/Why you rated it so/).press('Tab');
    await page.waitForFunction((k) => localStorage.getItem(k)?.includes('Something else'), DATA_KEY);
    assert.equal(await linkWithRating(), link);

    const json = JSON.parse(await downloaded(page, () => page.getByRole('button', { name: 'Export all data (JSON)' }).click()));
    assert.equal(json.assessments[0].notes['trust.time'].v, 'Something else entirely');
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Export results (CSV)' }).click());
    assert.match(csv, /,Something else entirely,/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
