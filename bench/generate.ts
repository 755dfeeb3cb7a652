// Large, realistic inputs for the benchmarks: every storage syntax, repeated with variations.

export function largeDockerfile(instructions: number): string {
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:12', 'FROM ${BASE} AS build', 'ENV APP_HOME=/srv/app'];
  for (let i = 0; out.length < instructions; i++) {
    switch (i % 8) {
      case 0: out.push(`VOLUME /data/${i}`); break;
      case 1: out.push(`RUN --mount=type=cache,target=/root/.cache/pip${i},sharing=locked pip install -r requirements-${i}.txt`); break;
      case 2: out.push(`COPY src/${i} \${APP_HOME}/module${i}`); break;
      case 3: out.push(`VOLUME ["/var/lib/app${i}", "/var/log/app${i}"]`); break;
      case 4: out.push(`RUN --mount=type=bind,source=scripts,target=/scripts,ro /scripts/step${i}.sh && docker run --rm -v cache${i}:/cache busybox true`); break;
      case 5: out.push(`ENV STEP${i}=${i}`); break;
      case 6: out.push(`RUN --mount=type=secret,id=token${i},required=true cat /run/secrets/token${i}`); break;
      default: out.push(i % 80 === 7 ? `FROM build AS stage${i}` : `WORKDIR /srv/app/${i}`);
    }
  }
  return out.join('\n') + '\n';
}

export function largeCompose(lines: number): string {
  const out = ['name: bench', 'x-defaults: &defaults', '  restart: unless-stopped', '  volumes:', '    - shared:/shared', 'services:'];
  const volumes: string[] = ['volumes:', '  shared: {}'];
  for (let i = 0; out.length + volumes.length < lines; i++) {
    out.push(
      `  svc${i}:`,
      `    <<: *defaults`,
      `    image: postgres:16`,
      `    volumes:`,
      `      - data${i}:/var/lib/postgresql/data`,
      `      - ./conf/${i}:/etc/app:ro`,
      `      - /cache/${i}`,
      `      - type: tmpfs`,
      `        target: /run/tmp${i}`,
      `        tmpfs:`,
      `          size: 64m`,
      `      - type: bind`,
      `        source: \${HOST_DIR:-./host}/${i}`,
      `        target: /host`,
      `        read_only: true`,
    );
    volumes.push(`  data${i}:`, `    labels:`, `      tier: "${i % 3}"`);
  }
  return [...out, ...volumes].join('\n') + '\n';
}

export function largeScript(lines: number): string {
  const out = ['#!/usr/bin/env bash', 'set -euo pipefail'];
  for (let i = 0; out.length < lines; i++) {
    switch (i % 6) {
      case 0: out.push(`docker run -d --name app${i} -v data${i}:/data -v "$PWD/conf:/etc/app:ro" nginx:1.27`); break;
      case 1: out.push(`docker run --rm \\`, `  --mount type=volume,source=cache${i},target=/cache,volume-nocopy \\`, `  --tmpfs /run:size=64m,mode=1777 busybox true`); break;
      case 2: out.push(`echo "step ${i}" && docker volume create vol${i} >/dev/null`); break;
      case 3: out.push(`if [ -n "\${CI:-}" ]; then docker create -v /var/lib/app${i} --volumes-from app${i - 3}:ro debian:12; fi`); break;
      case 4: out.push(`for f in $(ls /tmp/${i}); do cp "$f" /backup/; done`); break;
      default: out.push(`sudo docker run -v /var/run/docker.sock:/var/run/docker.sock:ro portainer/agent:${i}`);
    }
  }
  return out.join('\n') + '\n';
}
