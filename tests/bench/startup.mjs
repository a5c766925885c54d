// Start-up: the main thread's tasks while the standalone page loads, and
// Lighthouse's mobile audit of it. Used by bench.mjs; run alone
// (`node tests/bench/startup.mjs`, after a release build) it prints these
// rows only. BENCH_RUNS sets the loads traced at each CPU rate (default 10),
// LIGHTHOUSE_RUNS the audits (default 3; 0 skips them).
//
//   long tasks   every task of the page's main thread from navigation start
//                until the first view has rendered all its stages (its
//                footer is there) and painted twice more, read from a
//                Chromium trace (so tasks under 50 ms are seen too, which a
//                'longtask' observer leaves out), home page at 412 x 823,
//                at 1x and 4x CPU (CDP Emulation.setCPUThrottlingRate); the
//                browser's commit of the navigation, before any of the
//                page's work and the same for a static page, apart
//   Lighthouse   12, mobile preset (simulated slow 4G and 4x CPU), the
//                system Chromium, against the release build served with its
//                brotli files: performance score, total blocking time,
//                largest contentful paint, layout shift; each run printed
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, launch, startServer } from '../e2e/harness.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${n.toFixed(1)} ms`;

// Installed before the page's own scripts: the moment the footer (the first
// view's last stage) is in the document, then two frames later.
const WATCH_STAGES = `
  window.__staged = new Promise((resolve) => {
    const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    new MutationObserver((_, observer) => {
      if (document.querySelector('.mcw-app .site-footer')) { observer.disconnect(); done(); }
    }).observe(document, { subtree: true, childList: true });
  });`;

/** One traced load of `url`: the durations of the page's main-thread tasks,
 *  from navigation start until everything is rendered and painted. */
async function traceLoad(browser, url, rate) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_STAGES);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.wasm', 'blink.user_timing', 'loading'] });
  await page.goto(url, { waitUntil: 'commit' });
  // Read once it is settled: this evaluation's own task comes after the end.
  const end = await page.evaluate(() => window.__staged);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const start = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(url));
  if (!start) throw new Error('the trace has no navigation start for the page');
  const until = start.ts + end * 1000;
  const main = traceEvents.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts < until);
  return main.filter((e) => e.name === 'RunTask').map((task) => ({ ms: task.dur / 1000, what: whatTaskDid(task, main) }));
}

// A task named by the largest of its parts that says what it was.
const PARTS = {
  ParseHTML: 'parsing HTML',
  'v8.wasm.compileConsume': 'compiling the wasm',
  'wasm.FinishStreaming': 'compiling the wasm',
  TimerFire: 'a timer (the app)',
  FireAnimationFrame: 'a frame',
  Layout: 'layout',
  EvaluateScript: 'a script',
  'v8.evaluateModule': 'a script',
  CommitLoad: 'the navigation',
};
function whatTaskDid(task, events) {
  let best = { dur: 0, what: 'other' };
  for (const e of events) {
    if (e !== task && PARTS[e.name] && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > best.dur) best = { dur: e.dur, what: PARTS[e.name] };
  }
  return best.what;
}

/** The longest task of each of `runs` loads at `rate` x CPU (the browser's
 *  navigation commit apart), and how many tasks were over 50 ms in all. */
export async function loadTasks(browser, url, rate, runs) {
  const longest = [];
  const commits = [];
  let over50 = 0;
  const kinds = {};
  for (let i = 0; i < runs; i++) {
    const all = await traceLoad(browser, url, rate);
    // The browser's commit of the navigation comes before any of the page's
    // work and is the same for a static page: reported apart.
    commits.push(Math.max(0, ...all.filter((t) => t.what === 'the navigation').map((t) => t.ms)));
    const tasks = all.filter((t) => t.what !== 'the navigation');
    const top = tasks.reduce((a, b) => (b.ms > a.ms ? b : a));
    longest.push(top.ms);
    kinds[top.what] = (kinds[top.what] ?? 0) + 1;
    over50 += tasks.filter((t) => t.ms > 50).length;
  }
  const what = Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  return { median: median(longest), worst: Math.max(...longest), over50, runs, what, commit: median(commits) };
}

/** `runs` Lighthouse mobile audits of `url`, each as
 *  { score, tbt, lcp, cls } (score out of 100, times in ms). */
export async function lighthouse(url, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'mcw-lighthouse-'));
    const report = join(dir, 'report.json');
    await promisify(execFile)(
      join(ROOT, 'node_modules/.bin/lighthouse'),
      [
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --user-data-dir=${join(dir, 'profile')}`,
      ],
      // Lighthouse starts the system Chromium (CHROME_PATH) and never fetches one.
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
    );
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    out.push({
      score: Math.round(categories.performance.score * 100),
      tbt: audits['total-blocking-time'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
    });
  }
  return out;
}

/** The start-up rows of the benchmark's table, through `row(what, figure, target)`. */
export async function startupRows(browser, row, { runs = 10, audits = 3 } = {}) {
  const load = loadAverage().toFixed(2);
  const server = await startServer({ precompressed: true });
  try {
    for (const rate of [1, 4]) {
      const t = await loadTasks(browser, server.url, rate, runs);
      row(
        `longest task while the home page loads, ${rate}x CPU`,
        `median of the loads' longest ${ms(t.median)}, worst ${ms(t.worst)} (of ${t.runs}; longest was ${t.what}); ${t.over50} tasks over 50 ms in all; the browser's navigation commit before them ${ms(t.commit)}; machine load ${load}`,
        rate === 4 ? `median <= 50 ms: ${t.median <= 50 ? 'met' : 'NOT met'}` : '',
      );
    }
    if (audits > 0) {
      for (let i = 0; i < audits; i++) {
        const load = loadAverage().toFixed(2);
        const [r] = await lighthouse(server.url, 1);
        const met = r.score >= 99 && r.tbt <= 50 && r.lcp <= 2000 && r.cls === 0;
        row(
          `Lighthouse 12 mobile, run ${i + 1} of ${audits}`,
          `performance ${r.score}, TBT ${r.tbt.toFixed(0)} ms, LCP ${(r.lcp / 1000).toFixed(2)} s, CLS ${r.cls.toFixed(3)}; machine load ${load}`,
          `>= 99, TBT <= 50 ms, LCP <= 2.0 s, CLS 0: ${met ? 'met' : 'NOT met'}`,
        );
      }
    }
  } finally {
    await server.close();
  }
}

/** The machine's one-minute load average (others' builds share it). */
function loadAverage() {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  const rows = [];
  await startupRows(browser, (...r) => rows.push(r), {
    runs: Number(process.env.BENCH_RUNS ?? 10),
    audits: Number(process.env.LIGHTHOUSE_RUNS ?? 3),
  });
  await browser.close();
  for (const r of rows) console.log(r.filter(Boolean).join(' | '));
}
