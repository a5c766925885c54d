#!/usr/bin/env bash
# Builds the release and prints size, load time, interaction latency, share
# link length and memory as one table. Not part of the test command: the
# figures depend on the machine. BENCH_RUNS / BENCH_CLICKS set the counts.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
trunk build --release
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(chromium --version 2>/dev/null)"
node tests/bench/bench.mjs
