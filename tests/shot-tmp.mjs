import { launch, startServer } from './e2e/harness.mjs';
import { readFileSync } from 'node:fs';
const s = await startServer(); const b = await launch();
const [view, width, name, scheme] = [process.argv[2], Number(process.argv[3]), process.argv[4], process.argv[5] ?? 'light'];
const ctx = await b.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
const page = await ctx.newPage();
const store = JSON.parse(readFileSync('tests/fixtures/store-v3.json', 'utf8'));
await page.addInitScript((t) => { if (!sessionStorage.getItem('s')) { localStorage.setItem('mcw:default:data', t); sessionStorage.setItem('s', '1'); } }, JSON.stringify(store));
await page.goto(s.url + view); await page.waitForSelector('.mcw-app h1'); await page.waitForTimeout(400);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const seg = 700;
for (let y = 0, i = 0; y < h && i < 12; y += seg, i++) await page.screenshot({ path: `/tmp/shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(seg, h - y) } });
if (process.argv[7] === 'pdf') { await page.emulateMedia({ media: 'print' }); await page.pdf({ path: `/tmp/shots/${name}.pdf`, format: 'A4' }); }
await b.close(); await s.close();
