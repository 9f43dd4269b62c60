#!/usr/bin/env bash
# Set up (if needed) and start the assistant on the default corpus: the index is built on first
# start (about a minute), then the service listens on http://127.0.0.1:8000/ (demo page with the
# chat widget; API docs at /docs). Host and port: POLICYBOT_HOST / POLICYBOT_PORT or --host/--port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HF_HUB_OFFLINE=1
exec .venv/bin/policybot serve "$@"
