#!/usr/bin/env bash
# Set up (if needed), build the index of the default corpus (if needed) and start the assistant.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HF_HUB_OFFLINE=1
.venv/bin/policybot build
exec .venv/bin/policybot chat "$@"
