#!/usr/bin/env bash
# Deploys Ledgerly to a single host: database, app, and the nightly helpers.
set -euo pipefail

TAG="${1:-1.8}"
NETWORK=ledgerly

docker network create "$NETWORK" 2>/dev/null || true

# Correct and quiet: named volumes created up front and mounted by name.
docker volume create ledgerly-pgdata
docker volume create ledgerly-uploads

docker run -d --name ledgerly-db --network "$NETWORK" \
  --restart unless-stopped \
  -e POSTGRES_PASSWORD_FILE=/run/secrets/db-password \
  -v ledgerly-pgdata:/var/lib/postgresql/data \
  --mount type=bind,source=/etc/ledgerly/db-password,target=/run/secrets/db-password,readonly \
  postgres:16

# SW301: `-v /tmp/ledgerly` is an anonymous volume and there is no --rm: every deploy leaves one behind.
docker run -d --name "ledgerly-web-$TAG" --network "$NETWORK" \
  -p 8080:8080 \
  -v ledgerly-uploads:/srv/uploads \
  -v /tmp/ledgerly \
  ledgerly/web:"$TAG"

# SW301: redis declares VOLUME /data and nothing is mounted there: each deploy leaves an anonymous volume.
docker run -d --name ledgerly-cache --network "$NETWORK" redis:7.4-alpine

# SW303: the shell splits the --mount value at the space after the comma; docker refuses it.
docker run --rm --network "$NETWORK" \
  --mount type=volume,source=ledgerly-uploads, target=/srv/uploads \
  ledgerly/web:"$TAG" node scripts/migrate-uploads.js

# SW401: watchtower gets the engine's socket, which is root on this host.
docker run -d --name watchtower \
  -v /var/run/docker.sock:/var/run/docker.sock \
  containrrr/watchtower --cleanup

# SW402: the backup job mounts /root writable to read one SSH key.
docker run --rm \
  -v /root:/host-root \
  -v ledgerly-pgdata:/data:ro \
  ledgerly/backup:"$TAG"

# Correct and quiet: a one-off job with --rm, a read-only bind and a sized tmpfs.
docker run --rm \
  -v "$PWD/reports:/reports:ro" \
  --tmpfs /tmp:rw,size=64m,noexec \
  ledgerly/web:"$TAG" node scripts/send-reports.js
