#!/usr/bin/env bash
# Where the WebAssembly's bytes go: builds the release wasm as Trunk does
# (wasm-bindgen, then wasm-opt -Oz) but keeps function names, and prints the
# largest items and the totals per crate and per module of ours, measured
# after optimisation. Installs twiggy (a dev tool, about a minute) if missing.
# Not part of the test command.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0
out="$(mktemp -d)"
cargo build --release --target wasm32-unknown-unknown --bin collaboration-widget --quiet
wasm-bindgen target/wasm32-unknown-unknown/release/collaboration-widget.wasm \
  --out-dir "$out" --target web --keep-debug
# -g keeps the names section; the passes and features are those of Trunk's
# wasm-opt run (index.html).
wasm-opt -Oz --flatten --rereloop -Oz -Oz --flatten --rereloop -Oz -Oz --low-memory-unused -g "$out/collaboration-widget_bg.wasm" -o "$out/named.wasm" \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types
twiggy top -n 100000 -f csv "$out/named.wasm" > "$out/items.csv"
node tests/bench/size-report.mjs "$out/items.csv" "${1:-25}"
