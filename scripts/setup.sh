#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh machine: npm packages from the lockfile, and
# Debian's packages for the real Docker engine and the real VS Code. Each step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund </dev/null
fi
bash scripts/engine/install.sh
bash scripts/vscode/install.sh
