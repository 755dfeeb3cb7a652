#!/usr/bin/env bash
# The main job: install, build the bundles and the VSIX, then check and map the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund </dev/null
fi
node scripts/build.mjs
node scripts/package.mjs

run_cli() {
  echo
  echo "\$ stowage $*"
  local code=0
  node dist/cli.js "$@" || code=$?
  # 1 means "errors found", which is the point of the examples; 2 means the CLI itself failed.
  if [ "$code" -ge 2 ]; then
    echo "stowage $1 failed with exit code $code" >&2
    exit "$code"
  fi
}
run_cli check examples
run_cli map examples
