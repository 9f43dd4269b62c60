#!/usr/bin/env bash
# Set up (including Debian chromium and CJK fonts for the browser tests) and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export HF_HUB_OFFLINE=1
exec .venv/bin/python -m pytest "$@"
