// Shared set-up for the end-to-end tests: a static file server for the
// release build (under a sub-folder, with the strict CSP the widget promises
// to work under), headless Chromium, and pages that record console errors and
// every request leaving the local server.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
// BENCH_DIST: another build to measure (the benchmark's before/after runs).
export const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
export const SUB_PATH = '/intranet/tools/collaboration/';
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
  // Trusted Types: no HTML parsed from strings, in our code or a library's.
  "require-trusted-types-for 'script'; trusted-types 'none'";
/** A host whose policy refuses WebAssembly: pages requested with `?csp=no-wasm`. */
export const NO_WASM_CSP = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` at `SUB_PATH` (plus any extra folders) on a free loopback
 *  port. With `precompressed`, a file's `.br` (or `.gz`) beside it is sent
 *  to a browser that accepts it, as a host serving the release build does
 *  (docs/serving.md). */
export async function startServer({ dir = DIST, extra = {}, precompressed = false } = {}) {
  const mounts = { [SUB_PATH]: dir, ...extra };
  const server = createServer(async (req, res) => {
    const requested = new URL(req.url, 'http://x');
    const path = decodeURIComponent(requested.pathname);
    const csp = requested.searchParams.get('csp') === 'no-wasm' ? NO_WASM_CSP : STRICT_CSP;
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    if (!mount) return send(res, 404, 'not found');
    let file = normalize(join(mounts[mount], path.slice(mount.length)));
    if (!file.startsWith(mounts[mount])) return send(res, 403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const encoding = precompressed ? await encodedBeside(file, req.headers['accept-encoding'] ?? '') : null;
      const body = await readFile(encoding ? `${file}.${encoding.ext}` : file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'cache-control': 'no-store',
        ...(encoding && { 'content-encoding': encoding.name, vary: 'accept-encoding' }),
      });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + SUB_PATH, close: () => new Promise((ok) => server.close(ok)) };
}

/** The precompressed copy of `file` a request accepting `accepted` gets. */
async function encodedBeside(file, accepted) {
  for (const encoding of [{ name: 'br', ext: 'br' }, { name: 'gzip', ext: 'gz' }]) {
    if (!accepted.includes(encoding.name)) continue;
    try {
      await stat(`${file}.${encoding.ext}`);
      return encoding;
    } catch {
      // No such copy: try the next, or send the file as it is.
    }
  }
  return null;
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // Playwright gives every launch a fresh, empty user-data-dir of its own.
  });
}

/**
 * A page that records what a user would never want: console errors,
 * uncaught exceptions, CSP violations and requests to any other origin.
 */
export async function openPage(browser, origin, { width = 1280, height = 900, context, reducedMotion } = {}) {
  // reducedMotion: 'reduce' where a check must not catch a 150 ms transition half-way.
  const ctx = context ?? (await browser.newContext({ viewport: { width, height }, reducedMotion }));
  const page = await ctx.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    // A mailto: link is handed to the mail program: no host is contacted.
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('mailto:')) problems.push(`foreign request: ${url}`);
  });
  return { page, problems, context: ctx };
}

/** Waits until the app has replaced its loading message with a view and
 *  rendered all of it: the first view renders in stages, a frame each, and
 *  the footer comes last (src/ui/stage.rs). */
export async function ready(page) {
  await page.waitForSelector('.mcw-app h1');
  await page.waitForSelector('.mcw-app .site-footer', { state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('.spread') || document.querySelector('.spread .pager'));
}

/** A view's title inside `scope` (a widget, a frame, a page): its first
 *  heading, whatever level the widget's heading-level gave it; with
 *  `hasText`, the first heading holding that text. */
export const title = (scope, hasText) =>
  scope.locator('.mcw-main :is(h1, h2, h3, h4, h5, h6)', hasText ? { hasText } : undefined).first();

/** Resolves after the page has painted two more frames: every task and
 *  microtask queued before has run (a save, a widget's disconnect check). */
export const frames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Text as in the guide's lines: lower case, white space folded. */
export const fold = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function guideLines() {
  return readFileSync(join(ROOT, 'tests/fixtures/making-collaboration-work.txt'), 'utf8')
    .split('\n')
    .map((line) => fold(line.replace(/^\s*•/, '')))
    .filter(Boolean);
}

export const VIEWS = ['#/', '#/partners', '#/goals', '#/trust', '#/power', '#/evaluate', '#/results', '#/compare'];

/**
 * Starts a server and a browser before a test file's tests and stops them
 * after; the returned object holds them once started.
 */
export function setUp(serverOptions) {
  const env = {};
  before(async () => {
    env.server = await startServer(serverOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Puts `value` under `key` in localStorage before the page's first load only. */
export async function seedStorage(page, key, value) {
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [key, value]);
}

/** The first load's byte budget (README, "The byte budget"). */
// 235 / 192 KB until schema 5's agreed actions (issue 33) took it to 240 /
// 197; back down to 237 / 194 once the widget's embedding code left the
// standalone page for a binary of its own (README "The byte budget").
export const BUDGET = { gz: 237_000, br: 194_000 };

/** The comparison module's ceiling (issue 32): fetched when a comparison
 *  first opens. The meeting loads apart, as a third module. */
export const COMPARISON_BUDGET = { gz: 200_000, br: 166_000 };

/** Bytes as a browser would receive them compressed: gzip -9 and brotli 11. */
export const compressed = (body) => ({
  raw: body.length,
  gz: gzipSync(body, { level: 9 }).length,
  br: brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length,
});

/**
 * Every file a first visit to the standalone page at `url` fetches (whatever
 * the page asks for, so a new file cannot slip past), each with its size raw,
 * gzip -9 and brotli 11, and their total. Waits until the diagram is there
 * and the network is idle.
 */
export async function firstLoad(browser, url) {
  return fetched(browser, url, '#/trust', 'svg [data-node][tabindex="0"]');
}

/** The first load's files: what the comparison module does not count. */
export const FIRST_LOAD_FILES = ['collaboration-widget.js', 'collaboration-widget_bg.wasm', 'index.html', 'loader.js', 'main.css'];

/**
 * The comparison module: every file that opening a comparison fetches
 * beyond the first load's, measured as `firstLoad` measures. It is fetched
 * once, when a comparison first opens, so it has a ceiling of its own.
 */
export async function comparisonModule(browser, url) {
  const all = await fetched(browser, url, '#/compare', '#compare-paste');
  const files = all.files.filter((f) => !FIRST_LOAD_FILES.includes(f.url));
  return { files, total: sum(files) };
}

const sum = (files) => files.reduce((t, f) => ({ raw: t.raw + f.raw, gz: t.gz + f.gz, br: t.br + f.br }), { raw: 0, gz: 0, br: 0 });

/** What a visit to `view` fetches until `shown` is there and the network is idle. */
async function fetched(browser, url, view, shown) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = [];
  page.on('response', (response) => {
    const name = response.url().replace(url, '') || 'index.html';
    // A redirect has no body of its own; the file it leads to is counted.
    if (response.status() >= 300 && response.status() < 400) return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: name, ...compressed(body) }))
        // A file the count cannot read must not leave it.
        .catch((error) => ({ url: name, unread: String(error) })),
    );
  });
  await page.goto(url + view);
  await page.waitForSelector(shown);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(pending);
  const unread = files.filter((f) => f.unread);
  await context.close();
  if (unread.length) {
    throw new Error(`the count cannot read: ${unread.map((f) => `${f.url} (${f.unread})`).join(', ')}`);
  }
  return { files, total: sum(files) };
}

/** The statements' node ids, in the order the five questionnaires list them. */
export async function statementIds(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const ids = [];
  for (const slug of ['partners', 'goals', 'trust', 'power', 'evaluate']) {
    await page.goto(`${url}#/${slug}`);
    await page.waitForSelector('.questionnaire [data-statement]');
    ids.push(...(await page.locator('.questionnaire [data-statement]').evaluateAll((els) => els.map((e) => e.dataset.statement))));
  }
  await context.close();
  return ids;
}

/** Opens the parts a narrow embedded widget folds away (its introduction,
 *  voices, statements and sources), as a reader taps them. A wide widget
 *  shows them all and has no summary to tap. */
export async function openFolds(widget) {
  await widget.locator('.fold-questionnaire').first().waitFor({ state: 'attached' });
  for (const summary of await widget.locator('details.fold:not([open]) > summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
}
