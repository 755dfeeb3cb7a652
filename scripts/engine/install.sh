#!/usr/bin/env bash
# Installs what the engine tests need when it is missing: Debian's docker.io (dockerd, containerd, runc,
# the docker CLI) and busybox-static (the one binary the test image is made of).
set -euo pipefail

need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v docker >/dev/null 2>&1 || need+=(docker.io)
# The test image needs a statically linked busybox: a dynamic one would not run in an empty image.
if command -v dpkg >/dev/null 2>&1; then
  dpkg -s busybox-static >/dev/null 2>&1 || need+=(busybox-static)
else
  command -v busybox >/dev/null 2>&1 || need+=(busybox-static)
fi
command -v tar >/dev/null 2>&1 || need+=(tar)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
# Unique, in order.
mapfile -t need < <(printf '%s\n' "${need[@]}" | awk '!seen[$0]++')

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install.sh: need root (or sudo) to install: ${need[*]}" >&2; exit 1; }
  sudo=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
apt_install() {
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}
echo "install.sh: installing ${need[*]}" >&2
# Only refresh the package lists when the install cannot find the packages without it.
if ! apt_install 2>/dev/null; then
  "${sudo[@]}" apt-get update -qq >/dev/null
  apt_install
fi
