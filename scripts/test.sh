#!/usr/bin/env bash
# Runs every test: the house rules (cargo fmt, clippy native and wasm32),
# native (cargo test, with the import and module-boundary checks of
# tests/architecture.rs), in-browser (wasm-bindgen-test in headless
# Chromium), the checks on the release wasm and the tools' own negative
# tests (tests/tools), and end-to-end (Playwright on the release build).
# Installs what is missing first. Ends with "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/bootstrap.sh" || { echo "0 passed, 1 failed"; exit 1; }
set +e

passed=0
failed=0
log="$(mktemp)"

# Adds the counts of cargo's (and wasm-bindgen-test's) "test result:" lines.
count_cargo() {
  local counts
  counts=$(awk '/^test result:/ { for (i = 1; i < NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
                END { print p + 0, f + 0 }' "$log")
  passed=$((passed + ${counts% *})); failed=$((failed + ${counts#* }))
}

layer() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

# Adds the counts of node --test's summary; cancelled tests (a failed
# set-up) count as failed, and a failing run with no failed test as one.
count_node() {
  local status=$1 p f
  p=$(awk '/^ℹ pass / { print $3 }' "$log")
  f=$(awk '/^ℹ (fail|cancelled) / { n += $3 } END { print n + 0 }' "$log")
  passed=$((passed + ${p:-0})); failed=$((failed + f))
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then failed=$((failed + 1)); fi
}

# One check that passes or fails as a whole: `check NAME COMMAND...`.
check() {
  local name=$1; shift
  if "$@" >"$log" 2>&1; then echo "ok: $name"; passed=$((passed + 1)); else
    cat "$log"; echo "FAILED: $name"; failed=$((failed + 1))
  fi
}

layer "0/3 house rules: cargo fmt --check (rustfmt.toml), clippy -D warnings (clippy.toml)"
if cargo fmt --check >/dev/null 2>&1; then echo "formatted"; passed=$((passed + 1)); else
  cargo fmt --check -- --files-with-diff 2>&1 | sed 's/^/not formatted: /'
  echo "run cargo fmt"; failed=$((failed + 1))
fi
check "clippy, native, all targets" cargo clippy --all-targets --quiet -- -D warnings
check "clippy, wasm32, all targets" \
  cargo clippy --target wasm32-unknown-unknown --all-targets --features render-count --quiet -- -D warnings

layer "1/3 native: cargo test"
cargo test --quiet 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count_cargo
[ "$status" = 0 ] || { grep -q '^test result:' "$log" || failed=$((failed + 1)); }

layer "2/3 browser: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test browser --features render-count 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
count_cargo
[ "$status" = 0 ] || { grep -q '^test result:' "$log" || failed=$((failed + 1)); }

layer "3/3 end-to-end: release build, its wasm checked, Playwright + axe-core in headless Chromium"
if trunk build --release 2>&1 | tail -n 5; [ "${PIPESTATUS[0]}" = 0 ]; then
  # The release wasm's names (no float formatting, std sort, libm sine),
  # and clippy's and that check's negative tests.
  node --test --test-reporter=spec --test-concurrency=1 tests/tools/ 2>&1 | tee "$log"
  count_node "${PIPESTATUS[0]}"
  node --test --test-reporter=spec --test-concurrency=1 tests/e2e/ 2>&1 | tee "$log"
  count_node "${PIPESTATUS[0]}"
else
  echo "release build failed"
  failed=$((failed + 1))
fi

rm -f "$log"
echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
