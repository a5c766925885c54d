// Summarises `twiggy top -f csv` of the named, optimised wasm: the largest
// items, then totals by crate and by module of ours. Names are Rust's,
// demangled by twiggy; a component's code is mostly inlined into Yew's
// `CompStateInner<COMP>::view`, so that line stands for all our views.
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => {
  const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  return { name: fields[0].replace(/\[[0-9a-f]+\]/g, ''), bytes: Number(fields[1]) };
}).filter((r) => !/custom section|subsection/.test(r.name));

const total = rows.reduce((t, r) => t + r.bytes, 0);
const sum = (key) => {
  const totals = new Map();
  for (const r of rows) totals.set(key(r.name), (totals.get(key(r.name)) ?? 0) + r.bytes);
  return [...totals].sort((a, b) => b[1] - a[1]);
};
const print = (title, list, n) => {
  console.log(`\n${title}`);
  for (const [name, bytes] of list.slice(0, n)) {
    console.log(`${String(bytes).padStart(8)}  ${(100 * bytes / total).toFixed(1).padStart(5)} %  ${name.slice(0, 110)}`);
  }
};

console.log(`${total} bytes of code and data (names and custom sections left out)`);
print('largest items', sum((n) => n.replace(/::h[0-9a-f]{16}$/, '')), Number(top));
const group = (n) => {
  if (/CompStateInner<COMP>.*::view/.test(n)) return 'our views (inlined into Yew\'s CompStateInner::view)';
  if (n.startsWith('data segment')) return 'data (text, tables, panic locations)';
  const ours = n.match(/collaboration_widget::(\w+)(::\w+)?/);
  // ui/ by component file, the rest by top-level module.
  if (ours) return `collaboration_widget::${ours[1]}${ours[1] === 'ui' ? ours[2] ?? '' : ''}`;
  const crate = n.match(/^<?&?(?:mut )?([a-z_][a-z0-9_]*)::/);
  return crate ? crate[1] : 'other (glue, imports, unnamed)';
};
print('by crate, and by module of ours', sum(group), 40);
