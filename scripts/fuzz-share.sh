#!/usr/bin/env bash
# A long randomised run of the share-link decoder (default one million cases):
# never a panic, and anything accepted re-encodes to itself. Prints the count.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-1000000}"
exec cargo run --quiet --profile fuzz --example share_fuzz -- "$cases"
