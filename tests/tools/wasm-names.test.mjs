// The wasm check (wasm-names.mjs) on the release build, and on a deliberate
// violation. Needs the release build first (scripts/test.sh runs Trunk).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { functionNames, violations } from './wasm-names.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const release = (bin) => `${root}target/wasm32-unknown-unknown/release/${bin}.wasm`;

for (const bin of ['collaboration-widget', 'collaboration-embed', 'collaboration-compare', 'collaboration-meeting']) {
  test(`${bin}.wasm holds no float formatting, std sort or libm sine`, () => {
    assert.ok(existsSync(release(bin)), `${release(bin)} is missing: run trunk build --release first`);
    const names = functionNames(readFileSync(release(bin)));
    assert.ok(names.length > 1000, `only ${names.length} function names: was the name section stripped?`);
    assert.deepEqual(violations(names), []);
  });
}

test('a deliberate violation (tests/tools/violations) is found, each kind by name', () => {
  execFileSync(
    'cargo',
    ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown',
      '--manifest-path', 'tests/tools/violations/Cargo.toml', '--target-dir', 'target/violations'],
    { cwd: root, stdio: 'inherit' },
  );
  const found = violations(functionNames(readFileSync(`${root}target/violations/wasm32-unknown-unknown/release/violations.wasm`)));
  const kinds = new Set(found.map((v) => v.what));
  assert.deepEqual([...kinds].sort(), ['float formatting', "libm's sine or cosine", "std's sort"]);
  assert.ok(found.some((v) => v.name === 'sin') && found.some((v) => v.name === 'cos'), JSON.stringify(found));
});

test('a module without names cannot pass unread', () => {
  // The 8-byte header of an empty module: no name section.
  const empty = Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  assert.throws(() => functionNames(empty), /no "name" section/);
  assert.throws(() => functionNames(Uint8Array.from([1, 2, 3])), /not a WebAssembly module/);
});
