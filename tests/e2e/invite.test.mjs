// Invitations, as a facilitator and a partner use them: the facilitator
// makes an invitation link in the comparison (name, reply-by date, reply-to
// address, two of the five topics) and sends it from their own mail
// program; a partner opens it in a fresh browser (nothing is written),
// starts, answers under a partnership named after the review, and "sends"
// their results: a mailto: link with the subject and message filled in,
// checked here, with no navigation off the page and no request off origin.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { openPage, setUp, title } from './harness.mjs';

const env = setUp();
const NAME = 'Northern partnership review, spring';

async function axe(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

describe('invitations', () => {
  test('a facilitator invites, a partner answers two topics and sends the results back by email', async () => {
    const facilitator = await openPage(env.browser, env.server.origin);
    const page = facilitator.page;
    await page.goto(`${env.server.url}#/compare`);
    const form = page.locator('.invite-form');
    await form.waitFor();
    await form.getByLabel('Name of the review').fill(NAME);
    await form.getByLabel('Reply by').fill('2027-03-12');
    await form.getByLabel(/Your email address/).fill('lead@partners.example.org');
    for (const topic of ['Find partners', 'Shared goals', 'Evaluate success']) await form.getByLabel(topic, { exact: true }).uncheck();
    await form.getByRole('button', { name: 'Make the invitation' }).click();
    const link = await form.locator('#invite-link').inputValue();
    assert.equal(await form.getByLabel('Find partners', { exact: true }).isChecked(), false, 'the form keeps what was chosen');
    assert.equal(await form.getByLabel('Name of the review').inputValue(), NAME);
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/intranet\/tools\/collaboration\/#\/invite\/I[A-Za-z0-9_-]+$/);
    const email = await form.getByRole('link', { name: 'Email the invitation' }).getAttribute('href');
    assert.ok(email.startsWith('mailto:?subject=Invitation%3A%20Northern%20partnership%20review%2C%20spring&body='), email);
    const body = decodeURIComponent(email.split('&body=')[1]);
    assert.ok(body.includes(link) && body.includes('Trust and Power') && body.includes('Please reply by 12 March 2027.'), body);
    await axe(page, 'invitation made');
    // A mistyped address: one sentence, no link.
    await form.getByLabel(/Your email address/).fill('lead at partners');
    await form.getByRole('button', { name: 'Make the invitation' }).click();
    await form.locator('.form-error', { hasText: 'does not look like an email address' }).waitFor();

    // The partner, in a browser of their own.
    const partner = await openPage(env.browser, env.server.origin, { width: 375, height: 800 });
    const p = partner.page;
    await p.goto(link);
    await title(p, 'You’re invited').waitFor();
    assert.equal(await title(p).innerText(), `You’re invited: ${NAME}`);
    const text = await p.locator('.invite').innerText();
    assert.match(text, /Please reply by 12 March 2027\./);
    assert.match(text, /The review covers: Trust and Power\./);
    assert.deepEqual(await p.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k)?.includes('Northern'))), [], 'opening writes nothing');
    await axe(p, 'invitation opened, 375 px');

    await p.getByRole('button', { name: /Start/ }).click();
    await p.locator('.invite .progress-line', { hasText: '0 of 17 statements answered.' }).waitFor();
    // Answer one statement in Trust, then come back through the navigation.
    await p.locator('.invite-topics a', { hasText: 'trust' }).click();
    await p.locator('.questionnaire [data-statement="trust.time"]').getByLabel('Largely').check();
    await p.locator('.site-nav a', { hasText: 'Your invitation' }).click();
    await p.locator('.invite .progress-line', { hasText: '1 of 17 statements answered.' }).waitFor();
    const mailto = await p.getByRole('link', { name: 'Send my results by email' }).getAttribute('href');
    assert.ok(mailto.startsWith('mailto:lead@partners.example.org?subject=My%20results%20for%20Northern%20partnership%20review%2C%20spring&body='), mailto);
    const message = decodeURIComponent(mailto.split('&body=')[1]);
    const results = message.match(/https?:\/\/\S+#\/share\/1\S+/)[0];
    assert.equal(await p.locator('#invite-message').inputValue(), message, 'the same message to copy');
    await axe(p, 'ready to send, 375 px');
    // Following the mailto: link hands it to the mail program; the page stays.
    const before = p.url();
    await p.evaluate(() => {
      window.stillHere = true;
      // Last to see the click (window, bubbling): what the browser then follows.
      window.addEventListener('click', (e) => {
        const link = e.target.closest('a');
        window.followed = { href: link?.href, prevented: e.defaultPrevented };
      });
    });
    await p.getByRole('link', { name: 'Send my results by email' }).click({ noWaitAfter: true });
    await p.waitForFunction(() => window.followed);
    assert.deepEqual(await p.evaluate(() => window.followed), { href: mailto, prevented: false }, 'the click reached the link and nothing stopped it');
    // Two frames after the click: a navigation it started would have left this document.
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await p.evaluate(() => window.stillHere), true, 'the same document');
    assert.equal(p.url(), before);

    // The facilitator opens what came back: the partner's rating, with no
    // label (none was typed); the review's name never becomes one.
    assert.match(message, /The link holds my ratings only, with no label\./);
    await page.goto(results);
    await title(page, 'Shared results').waitFor();
    assert.deepEqual([...facilitator.problems, ...partner.problems], []);
    await facilitator.context.close();
    await partner.context.close();
  });

  test('a damaged invitation says so in one sentence and writes nothing', async () => {
    const { page, problems, context } = await openPage(env.browser, env.server.origin);
    await page.goto(`${env.server.url}#/invite/IAAAAAAAAAAAAAAAAAAA`);
    await title(page, 'This invitation cannot be opened').waitFor();
    assert.match(await page.locator('.invite .form-error').innerText(), /\.$/);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
