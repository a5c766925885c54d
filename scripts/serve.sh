#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080/ (Ctrl-C stops).
# Pass --release for the optimised build the tests and benchmark use.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
exec trunk serve "$@"
