// Clippy with the project's clippy.toml refuses the standard calls the
// project replaces: shown on a deliberate violation (tests/tools/violations).
// (scripts/test.sh runs clippy itself on the project, native and wasm32.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('clippy refuses a standard sort, sine and cosine, each with its reason', () => {
  const run = spawnSync(
    'cargo',
    ['clippy', '--quiet', '--manifest-path', 'tests/tools/violations/Cargo.toml', '--target-dir', 'target/violations',
      '--', '-D', 'warnings'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CLIPPY_CONF_DIR: root } },
  );
  assert.notEqual(run.status, 0, 'clippy passed the violations');
  for (const [method, reason] of [
    ['slice::sort', 'use crate::small_sort::sort_by_key'],
    ['f64::sin', 'use crate::trig'],
    ['f64::cos', 'use crate::trig'],
  ]) {
    assert.match(run.stderr, new RegExp(`disallowed method \`${method.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``), run.stderr);
    assert.ok(run.stderr.includes(reason), `${method}: ${reason}\n${run.stderr}`);
  }
});
