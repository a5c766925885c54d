#!/usr/bin/env bash
# Installs whatever building and testing need and is missing, at the pinned
# versions, then puts the project's tools on PATH. Sourced by serve.sh and
# test.sh; a second run with everything present takes seconds.
#
#   wasm32 target, rustfmt and clippy (rustup) · Trunk 0.21.14 · wasm-bindgen-cli = Cargo.lock's
#   wasm-bindgen · wasm-opt (npm binaryen) and esbuild, from package-lock.json ·
#   Chromium + ChromeDriver (Debian) · Playwright, axe-core and Lighthouse 12 (npm; none
#   of them downloads a browser: Lighthouse runs the system Chromium through CHROME_PATH)

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
say() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# rustup's minimal profile leaves rustfmt and clippy out; the tests check
# the layout and run clippy.
if ! cargo fmt --version >/dev/null 2>&1; then
  say "adding rustfmt"
  rustup component add rustfmt
fi
if ! cargo clippy --version >/dev/null 2>&1; then
  say "adding clippy"
  rustup component add clippy
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about 20 minutes, once)"
  # Trunk's own lockfile: newer dependency releases do not build together.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes, once)"
  # --locked can ask for releases the registry mirror lacks; fall back without.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Chromium and ChromeDriver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# npm ci only when the lockfile changed since the last install. Never
# through a linked node_modules (a work tree sharing another's): npm ci
# empties the folder it points to, under whoever else uses it.
if [ -L node_modules ]; then
  if [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "node_modules links to $(readlink node_modules): run npm ci there, or remove the link, to install package-lock.json"
  fi
elif [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm test tools from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# Trunk builds offline: fetch crates now.
cargo fetch --quiet

export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
export CHROME_PATH=/usr/bin/chromium
