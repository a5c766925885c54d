// Speed and size of the release build, printed as a table (not a test: the
// figures vary by machine). Run by scripts/bench.sh after a release build.
// Times are taken inside the page (performance.now() from navigation start,
// or from the click), so the harness's own overhead dilutes no ratio.
//
//   first-load bytes  every file a first visit fetches: raw, gzip -9, brotli 11,
//                     against the budget the test suite holds (performance.test.mjs);
//                     the comparison module's (what opening a comparison
//                     fetches beyond that) against its ceiling
//   start-up          the longest main-thread task while the home page loads,
//                     at 1x and 4x CPU, and three Lighthouse mobile audits
//                     (startup.mjs)
//   load time         navigation start → interactive: a click on a diagram box
//                     opens its panel (the app's handlers are attached); for
//                     the static copy, the box in the DOM. Alternately, median
//                     of N, at 1x and 4x CPU; the ratio as a figure. Largest
//                     contentful paint and layout shift of every load.
//   interaction       rating click → the task after the next animation frame,
//                     app and static copy in alternating blocks of 10 (both
//                     meet the same load), p50/p95 at 4x CPU; a keystroke in a
//                     note, in the results page with 120 snapshots, and in a
//                     30-result comparison's paste box, p50/p95 at 4x CPU
//   group summary     a 30-result comparison: the frame that first shows the
//                     summary, and the one that shows all of it; medians of 15
//                     at 4x CPU
//   share link        a full assessment's payload against the information limit
//   memory            after a full journey; after 100 widget mount/remove cycles
//
// BENCH_RUNS, BENCH_CLICKS, BENCH_CYCLES set the counts (BENCH_CYCLES=0 skips
// the widget cycles); BENCH_DIST measures another build's dist/.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGET, COMPARISON_BUDGET, DIST, ROOT, SUB_PATH, comparisonModule, firstLoad, launch, startServer, statementIds } from '../e2e/harness.mjs';
import { startupRows } from './startup.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 60);
const GROUP_RUNS = 15;
const CYCLES = Number(process.env.BENCH_CYCLES ?? 100);
const SPREAD = '#/trust';
const READY = 'svg [data-node][tabindex="0"]';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;

// A static page with the same content: the app's own rendered DOM, frozen.
async function makeStaticCopy(browser, url) {
  const page = await browser.newPage();
  await page.goto(url + SPREAD);
  await page.waitForSelector(READY);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((el) => el.remove());
    return '<!doctype html>\n' + doc.outerHTML;
  });
  await page.close();
  const dir = mkdtempSync(join(tmpdir(), 'mcw-static-'));
  writeFileSync(join(dir, 'index.html'), html);
  cpSync(join(DIST, 'main.css'), join(dir, 'main.css'));
  return dir;
}

// Before anything loads: note performance.now() when the first diagram node
// is in the document and focusable, whoever put it there (the parser or the
// app); for the app, also when a click on it first opens its panel: from
// then on, each task clicks it until one click has taken (the time of that
// click counts). Largest contentful paint and layout shift are recorded
// throughout.
const WATCH_READY = `
  window.__shifts = [];
  window.__lcps = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push(e);
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcps.push(e);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const found = () => document.querySelector('${READY}');
  window.__dom = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (found()) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex'] });
  });
  window.__interactive = window.__dom.then(() => new Promise((resolve) => {
    const attempt = () => {
      const at = performance.now();
      found()?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      setTimeout(() => (document.querySelector('.node-panel') ? resolve(at) : attempt()), 0);
    };
    attempt();
  }));`;

async function timeLoad(browser, url, throttle, { interactive }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_READY);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url + SPREAD, { waitUntil: 'commit' });
  const at = await page.evaluate((interactive) => (interactive ? window.__interactive : window.__dom), interactive);
  // Once the page has loaded, shown what follows its diagram and painted
  // twice more, every entry of the load is reported: LCP, and the layout
  // shift of the load as a reader sees it (before any timing click, whose
  // panel is no part of loading).
  await page.waitForLoadState('load');
  await page.waitForSelector('.spread .pager');
  const { lcp, shift } = await page.evaluate(async (at) => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return {
      // The panel the timing click opened is no part of loading.
      lcp: Math.max(0, ...window.__lcps.filter((e) => !e.element?.closest('.node-panel')).map((e) => e.startTime)),
      shift: window.__shifts.filter((e) => e.startTime < at).reduce((t, e) => t + e.value, 0),
    };
  }, at);
  await context.close();
  return { at, lcp, shift };
}

// Keystrokes typed into `field` for real, each timed inside the page from
// the key event to the task after the next animation frame.
async function keyLatencies(page, field, count) {
  await field.click();
  await page.evaluate(() => {
    // One listener a page, however many fields it times: a second one
    // would count each keystroke twice (and end the wait for it early).
    const listening = Array.isArray(window.__keys);
    window.__keys = [];
    if (listening) return;
    document.addEventListener('keydown', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - start)));
    }, { capture: true });
  });
  for (let i = 0; i < count; i++) {
    await page.keyboard.type('abcdefghij'[i % 10]);
    await page.waitForFunction((n) => window.__keys.length > n, i);
  }
  return page.evaluate(() => window.__keys);
}

// Real mouse clicks on rating choices, each timed inside the page from the
// click to the task after the next animation frame (the frame that shows it).
// `from` numbers the clicks across calls, so blocks of clicks on one page
// go on where the last block stopped.
async function clickLatencies(page, clicks, from = 0) {
  await page.evaluate(() => {
    if (window.__clicks) return;
    window.__clicks = [];
    document.addEventListener('click', (e) => {
      // The click on the label, not the one it passes on to its radio.
      if (!e.isTrusted || e.target.tagName === 'INPUT' || !e.target.closest('.rating-choice')) return;
      const start = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__clicks.push(performance.now() - start)));
    }, { capture: true });
  });
  const labels = page.locator('.questionnaire .rating-choice');
  const count = await labels.count();
  for (let i = from; i < from + clicks; i++) {
    await labels.nth((i * 5 + 2) % count).click();
    await page.waitForFunction((n) => window.__clicks.length > n, i);
  }
  return page.evaluate((from) => window.__clicks.slice(from), from);
}

// The app and its static copy clicked in alternating blocks, so that both
// meet the same load on a shared machine (a slow spell in one block of
// each, not in all of one).
async function interleavedClicks(context, pages, clicks, block = 10) {
  const out = pages.map(() => []);
  for (let from = 0; from < clicks; from += block) {
    for (const [i, page] of pages.entries()) {
      await page.bringToFront();
      out[i].push(...(await withThrottle(context, page, 4, () => clickLatencies(page, Math.min(block, clicks - from), from))));
    }
  }
  return out;
}

async function withThrottle(context, page, rate, work) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await work(cdp);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

async function main() {
  const appServer = await startServer({ extra: { '/bench/': join(ROOT, 'tests/bench/host') } });
  const browser = await launch();
  const staticDir = await makeStaticCopy(browser, appServer.url);
  const staticServer = await startServer({ dir: staticDir });

  // First-load bytes, and the comparison module's.
  const { files, total } = await firstLoad(browser, appServer.url);
  const comparison = await comparisonModule(browser, appServer.url);

  // Start-up: long tasks and Lighthouse, first, before this run has warmed anything.
  const startup = [];
  await startupRows(browser, (...r) => startup.push(r), { runs: RUNS, audits: Number(process.env.LIGHTHOUSE_RUNS ?? 3) });

  // Load time, alternating app and static copy.
  const load = {};
  for (const throttle of [1, 4]) {
    const app = [];
    const seen = [];
    const stat = [];
    for (let i = 0; i < RUNS; i++) {
      app.push(await timeLoad(browser, appServer.url, throttle, { interactive: true }));
      // LCP and layout shift from a load that nothing clicks (the timing
      // click can open its panel before the first paint).
      seen.push(await timeLoad(browser, appServer.url, throttle, { interactive: false }));
      stat.push(await timeLoad(browser, staticServer.url, throttle, { interactive: false }));
    }
    const of = (runs, k) => runs.map((r) => r[k]);
    load[throttle] = {
      app: median(of(app, 'at')),
      static: median(of(stat, 'at')),
      lcp: median(of(seen, 'lcp')),
      shift: Math.max(...of(seen, 'shift'), ...of(app, 'shift')),
    };
  }

  // Click latency at 4x CPU, app and static copy in alternating blocks.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(appServer.url + SPREAD);
  await page.waitForSelector(READY);
  const clicks = {};
  {
    const staticPage = await context.newPage();
    await staticPage.goto(staticServer.url + SPREAD);
    await staticPage.waitForSelector(READY);
    [clicks.app, clicks.static] = await interleavedClicks(context, [page, staticPage], CLICKS);
    await staticPage.close();
    await page.bringToFront();
  }

  // Typing in a note at 4x CPU.
  await page.locator('.questionnaire [data-statement="trust.time"] summary').click();
  const typing = {};
  typing.note = await withThrottle(context, page, 4, () =>
    keyLatencies(page, page.locator('.questionnaire [data-statement="trust.time"] textarea'), CLICKS));

  // The results page with 120 snapshots: typing a plan item and answering.
  {
    const seeded = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const results = await seeded.newPage();
    await results.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('mcw:default:data', text);
        sessionStorage.setItem('seeded', '1');
      }
    }, snapshots120(await statementIds(browser, appServer.url)));
    await results.goto(`${appServer.url}#/results`);
    await results.waitForSelector('.plan-list textarea');
    typing.results = await withThrottle(seeded, results, 4, () => keyLatencies(results, results.locator('.plan-list textarea').first(), CLICKS));
    await results.goto(`${appServer.url}#/trust`);
    await results.waitForSelector(READY);
    clicks.snapshots = await withThrottle(seeded, results, 4, () => clickLatencies(results, CLICKS));
    await seeded.close();
  }

  // A 30-result group summary, rendered from a link, at 4x CPU.
  const thirty = readFileSync(join(ROOT, 'tests/fixtures/review-30.txt'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split('\t')[1]);
  // Two times per run, both from the hash change: the frame that first
  // shows the summary (its top: the chart and the table by topic), and the
  // frame that shows the whole comparison (every statement's row, the
  // diagrams, the agenda, the list of results and the share box).
  const group = await withThrottle(context, page, 4, async () => {
    const first = [];
    const whole = [];
    for (let i = 0; i < GROUP_RUNS; i++) {
      await page.evaluate(() => { location.hash = '#/'; });
      await page.waitForSelector('.home');
      const [a, b] = await page.evaluate((hash) => new Promise((resolve) => {
        const start = performance.now();
        // The summary's heading carries elementtiming: the browser reports
        // the frame that first painted it, whatever runs after that frame.
        let shown = NaN;
        const painted = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.identifier === 'group-summary') shown = entry.renderTime - start;
        });
        painted.observe({ type: 'element' });
        location.hash = hash;
        const observer = new MutationObserver(() => {
          if (document.querySelector('.group-statements tbody tr') && document.querySelector('.compare-share')) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => {
              const whole = performance.now() - start;
              // Element entries come when the compositor reports the frame
              // shown, which can be a few frames later.
              setTimeout(() => {
                for (const entry of painted.takeRecords()) if (entry.identifier === 'group-summary') shown = entry.renderTime - start;
                painted.disconnect();
                resolve([shown, whole]);
              }, 1000);
            }));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
        setTimeout(() => resolve([NaN, NaN]), 10_000); // a build without the summary
      }), `#/compare/${thirty.join('.')}`);
      first.push(a);
      whole.push(b);
    }
    return { first: median(first), whole: median(whole) };
  });
  // Typing in that comparison's paste box, at 4x CPU.
  typing.compare = await withThrottle(context, page, 4, () => keyLatencies(page, page.locator('#compare-paste'), CLICKS));

  // A full journey: answer everything, visit every view, then measure memory.
  for (const slug of ['partners', 'goals', 'trust', 'power', 'evaluate']) {
    await page.goto(`${appServer.url}#/${slug}`);
    await page.waitForSelector(READY);
    await page.evaluate(() => {
      for (const set of document.querySelectorAll('.questionnaire fieldset')) set.querySelector('input[value="4"]').click();
    });
  }
  await page.goto(`${appServer.url}#/results`);
  await page.waitForSelector('#share-link');
  const payload = (await page.locator('#share-link').inputValue()).split('#/share/')[1];
  const heap = async (p) => {
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize;
  };
  // The standalone page's module, or a host page's widget module.
  const wasmBytes = (p, bin = 'collaboration-widget') => p.evaluate(async (glue) => (await import(glue)).memory_bytes(), `${SUB_PATH}${bin}.js`);
  const memory = { wasm: await wasmBytes(page), js: await heap(page) };
  await context.close();

  // Widgets mounted and removed again and again, as a portal's tabs do.
  const cycles = {};
  if (CYCLES > 0) {
    const context = await browser.newContext();
    const host = await context.newPage();
    await host.goto(`${appServer.origin}/bench/cycles.html`);
    const cycle = (n) => host.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('div');
        el.setAttribute('data-collaboration-widget', '');
        el.setAttribute('data-view', 'trust');
        document.getElementById('slot').append(el);
        while (!el.shadowRoot?.querySelector('svg [data-node]')) await new Promise((r) => requestAnimationFrame(r));
        el.remove();
        await new Promise((r) => setTimeout(r, 0));
      }
    }, n);
    await cycle(1);
    cycles.first = { wasm: await wasmBytes(host, 'collaboration-embed'), js: await heap(host) };
    await cycle(CYCLES - 1);
    cycles.last = { wasm: await wasmBytes(host, 'collaboration-embed'), js: await heap(host) };
    await context.close();
  }
  await browser.close();
  await appServer.close();
  await staticServer.close();

  // Report.
  const statements = 42;
  const limitChars = Math.ceil((statements * Math.log2(7)) / 6);
  const rows = [];
  const row = (what, figure, target = '') => rows.push([what, figure, target]);
  const met = (ok) => (ok ? 'met' : 'NOT met');
  for (const f of files) row(`first load: ${f.url || 'index.html'}`, `${kb(f.raw)} raw, ${kb(f.gz)} gzip, ${kb(f.br)} brotli`);
  row(
    'first load: total',
    `${kb(total.raw)} raw, ${kb(total.gz)} gzip, ${kb(total.br)} brotli`,
    `<= ${kb(BUDGET.gz)} gzip: ${met(total.gz <= BUDGET.gz)}; <= ${kb(BUDGET.br)} brotli: ${met(total.br <= BUDGET.br)}`,
  );
  for (const f of comparison.files) row(`comparison module: ${f.url}`, `${kb(f.raw)} raw, ${kb(f.gz)} gzip, ${kb(f.br)} brotli`);
  row(
    'comparison module: total (when a comparison first opens)',
    `${kb(comparison.total.raw)} raw, ${kb(comparison.total.gz)} gzip, ${kb(comparison.total.br)} brotli`,
    `<= ${kb(COMPARISON_BUDGET.gz)} gzip: ${met(comparison.total.gz <= COMPARISON_BUDGET.gz)}; <= ${kb(COMPARISON_BUDGET.br)} brotli: ${met(comparison.total.br <= COMPARISON_BUDGET.br)}`,
  );
  for (const r of startup) row(...r);
  for (const [throttle, t] of Object.entries(load)) {
    const cpu = throttle === '4' ? ', 4x CPU' : '';
    row(
      `load to interactive (app) / diagram in DOM (static)${cpu}`,
      `app ${ms(t.app)}, static ${ms(t.static)} (median of ${RUNS}), ratio ${(t.app / t.static).toFixed(2)}`,
    );
    row(`largest contentful paint, layout shift${cpu}`, `LCP median ${ms(t.lcp)}, CLS worst of ${RUNS} ${t.shift.toFixed(3)}`, `CLS 0: ${met(t.shift === 0)}`);
  }
  const latency = (what, xs, limit = 50) =>
    row(`${what}, 4x CPU (${xs.length})`, `p50 ${ms(pct(xs, 0.5))}, p95 ${ms(pct(xs, 0.95))}`, limit ? `p95 <= ${limit} ms: ${met(pct(xs, 0.95) <= limit)}` : '');
  latency('rating click to next frame, app', clicks.app);
  latency('rating click to next frame, static copy', clicks.static, 0);
  latency('rating click to next frame, 120 snapshots saved', clicks.snapshots);
  latency('keystroke to next frame, statement note', typing.note);
  latency('keystroke to next frame, results with 120 snapshots', typing.results);
  latency('keystroke to next frame, 30-result comparison', typing.compare);
  row('30-result comparison: summary on screen / all of it, 4x CPU', `median ${ms(group.first)} / ${ms(group.whole)} (of ${GROUP_RUNS})`, `summary <= 60 ms: ${met(group.first <= 60)}`);
  row('share link payload, full assessment', `${payload.length} characters`, `information limit ${limitChars} characters`);
  row('memory after a full journey', `wasm ${kb(memory.wasm)}, JS heap ${kb(memory.js)}`);
  const growth = (k) => (cycles.last[k] / cycles.first[k] - 1) * 100;
  if (CYCLES > 0) row(
    `memory after ${CYCLES} widget mount/remove cycles`,
    `wasm ${kb(cycles.first.wasm)} → ${kb(cycles.last.wasm)} (${growth('wasm').toFixed(1)} %), JS heap ${kb(cycles.first.js)} → ${kb(cycles.last.js)} (${growth('js').toFixed(1)} %)`,
    `within 10 % of the first: ${met(growth('wasm') <= 10 && growth('js') <= 10)}`,
  );

  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log(line(['measure', 'figure', 'target']));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  rows.forEach((r) => console.log(line(r)));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test-results', 'bench.json'),
    JSON.stringify({ date: new Date().toISOString(), files, total, comparison, startup, load, clicks, typing, group, payload: payload.length, memory, cycles }, null, 2),
  );
}

// A saved document with every statement answered, one plan item and 120
// snapshots (the most kept), as a partnership reviewed for years would have.
function snapshots120(nodes) {
  const v3 = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/store-v3.json'), 'utf8'));
  const a = v3.assessments[0];
  a.snapshots = [];
  for (let i = 0; i < 120; i++) {
    const date = new Date(Date.UTC(2017, 0, 1 + i * 30)).toISOString().slice(0, 10);
    a.snapshots.push({ date, answers: Object.fromEntries(nodes.map((n, j) => [n, 1 + ((i + j) % 5)])) });
  }
  a.answers = Object.fromEntries(nodes.map((n, j) => [n, { v: 1 + (j % 5), t: 1763600000000 + j }]));
  return JSON.stringify(v3);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
