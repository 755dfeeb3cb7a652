// Image volumes from engine facts: images built by the legacy builder with VOLUME lines, their
// `Config.Volumes` read the way the server reads them, and SW209 / SW301 from those facts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyze } from '../../../src/core';
import type { AnalyzeOptions, Finding, RuleCode } from '../../../src/core';
import { configVolumePaths } from '../../../src/core/images/facts';
import type { ImageVolumeFacts } from '../../../src/core/images/facts';
import { TEST_IMAGE, useEngine } from '../../support/dockerd';
import type { Engine } from '../../support/dockerd';

const handle = useEngine();
const unique = `${process.pid}-${Date.now().toString(36)}`;
const BASE = `stowage-test/image-volumes:base-${unique}`;
const CHILD = `stowage-test/image-volumes:child-${unique}`;
const folders: string[] = [];

async function build(engine: Engine, tag: string, dockerfile: string): Promise<void> {
  const context = mkdtempSync(path.join(tmpdir(), 'stowage-image-volumes-'));
  folders.push(context);
  writeFileSync(path.join(context, 'Dockerfile'), dockerfile);
  const result = await engine.docker(['build', '-q', '-t', tag, context], { env: { DOCKER_BUILDKIT: '0' }, timeoutMs: 120_000 });
  assert.equal(result.code, 0, result.stderr);
}

/** `docker image inspect` → `Config.Volumes`, as the server turns it into facts (undefined: not present). */
async function engineVolumes(engine: Engine, ref: string): Promise<readonly string[] | undefined> {
  const result = await engine.docker(['image', 'inspect', '--format', '{{json .Config.Volumes}}', ref]);
  if (result.code !== 0) return undefined;
  return configVolumePaths(JSON.parse(result.stdout) as unknown);
}

/** Facts for the given references, read once up front: the core's lookup is synchronous. */
async function factsFor(engine: Engine, refs: readonly string[]): Promise<ImageVolumeFacts> {
  const known = new Map<string, readonly string[]>();
  for (const ref of refs) {
    const volumes = await engineVolumes(engine, ref);
    if (volumes !== undefined) known.set(ref, volumes);
  }
  return { engine: (ref) => known.get(ref) };
}

function findings(text: string, code: RuleCode, options: Omit<AnalyzeOptions, 'path'> & { path?: string }): Finding[] {
  const result = analyze(text, { path: 'compose.yaml', ...options });
  assert.ok(result);
  return result.findings.filter((f) => f.code === code);
}

describe('image volumes from a real engine', () => {
  before(async () => {
    const engine = handle.engine;
    await build(engine, BASE, `FROM ${TEST_IMAGE}\nVOLUME /srv/data /var/log/app\n`);
    await build(engine, CHILD, `FROM ${BASE}\nVOLUME ["/cache"]\n`);
  });

  after(async () => {
    await handle.engine.docker(['image', 'rm', '-f', CHILD, BASE]);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('reads Config.Volumes, inherited ones included', async () => {
    assert.deepEqual(await engineVolumes(handle.engine, BASE), ['/srv/data', '/var/log/app']);
    assert.deepEqual([...((await engineVolumes(handle.engine, CHILD)) ?? [])].sort(), ['/cache', '/srv/data', '/var/log/app']);
    assert.deepEqual(await engineVolumes(handle.engine, TEST_IMAGE), []);
    assert.equal(await engineVolumes(handle.engine, `stowage-test/absent:${unique}`), undefined);
  });

  it('SW209 fires for each engine-declared volume no mount covers, and only with the facts', async () => {
    const text = [
      'services:',
      '  bare:',
      `    image: ${CHILD}`,
      '  covered:',
      `    image: ${CHILD}`,
      '    volumes:',
      '      - data:/srv',
      '      - cache:/cache',
      '  plain:',
      `    image: ${TEST_IMAGE}`,
      'volumes:',
      '  data:',
      '  cache:',
      '',
    ].join('\n');
    const imageVolumes = await factsFor(handle.engine, [CHILD, TEST_IMAGE]);
    const found = findings(text, 'SW209', { imageVolumes });
    const paths = (service: string): string[] =>
      found
        .filter((f) => f.message.en.includes(`service "${service}"`))
        .map((f) => /declares a volume at (\S+);/.exec(f.message.en)?.[1] ?? '?')
        .sort();
    assert.deepEqual(paths('bare'), ['/cache', '/srv/data', '/var/log/app']);
    // A mount above /srv/data does not cover it: the engine mounts an anonymous volume there anyway.
    assert.deepEqual(paths('covered'), ['/srv/data', '/var/log/app']);
    assert.deepEqual(paths('plain'), []);
    assert.deepEqual(findings(text, 'SW209', {}), [], 'without facts an unknown image is left alone');
  });

  it('SW209 names exactly the anonymous volumes `docker create` gives the container', async () => {
    const engine = handle.engine;
    const volume = `stowage-image-volumes-${unique}`;
    const create = await engine.docker(['create', '-v', `${volume}:/srv`, '--mount', `type=volume,src=${volume}-c,dst=/cache`, CHILD]);
    assert.equal(create.code, 0, create.stderr);
    const id = create.stdout.trim();
    try {
      const inspect = await engine.docker(['container', 'inspect', '--format', '{{json .Mounts}}', id]);
      const mounts = JSON.parse(inspect.stdout) as { Name?: string; Destination: string }[];
      const anonymous = mounts.filter((m) => /^[0-9a-f]{64}$/.test(m.Name ?? '')).map((m) => m.Destination).sort();
      const text = `services:\n  app:\n    image: ${CHILD}\n    volumes:\n      - ${volume}:/srv\n      - ${volume}-c:/cache\nvolumes:\n  ${volume}:\n  ${volume}-c:\n`;
      const found = findings(text, 'SW209', { imageVolumes: await factsFor(engine, [CHILD]) });
      const predicted = found.map((f) => /declares a volume at (\S+);/.exec(f.message.en)?.[1] ?? '?').sort();
      assert.deepEqual(predicted, anonymous);
      assert.deepEqual(anonymous, ['/srv/data', '/var/log/app']);
    } finally {
      await engine.docker(['rm', '-v', id]);
      await engine.docker(['volume', 'rm', volume, `${volume}-c`]);
    }
  });

  it('SW301 from engine facts: exactly where `docker run` without --rm leaves anonymous volumes behind', async () => {
    const engine = handle.engine;
    const facts = await factsFor(engine, [CHILD, BASE, TEST_IMAGE]);
    const lines = [
      `docker run -d ${CHILD} true`,
      `docker run -d -v /srv/data --tmpfs /var/log/app --mount type=tmpfs,dst=/cache ${CHILD} true`,
      `docker run -d --mount type=tmpfs,dst=/srv/data/ --mount type=tmpfs,dst=/var/log/app ${BASE} true`,
      `docker run -d --tmpfs /srv/data/ --tmpfs /var/log/app ${BASE} true`,
      `docker run -d ${TEST_IMAGE} true`,
    ];
    for (const line of lines) {
      const findings = analyze(`${line}\n`, { path: 'run.sh', kind: 'shell', imageVolumes: facts })?.findings.filter((f) => f.code === 'SW301') ?? [];
      const created = await engine.docker(['create', ...line.slice('docker run -d '.length).split(' ')]);
      assert.equal(created.code, 0, created.stderr);
      const id = created.stdout.trim();
      try {
        const inspect = await engine.docker(['container', 'inspect', '--format', '{{json .Mounts}}', id]);
        const anonymous = (JSON.parse(inspect.stdout) as { Name?: string }[]).filter((m) => /^[0-9a-f]{64}$/.test(m.Name ?? ''));
        assert.equal(findings.length, anonymous.length > 0 ? 1 : 0, `${line}: ${anonymous.length} anonymous volume(s)`);
        if (anonymous.length > 1) assert.match(findings[0]?.message.en ?? '', new RegExp(`creates ${anonymous.length} anonymous volumes`));
      } finally {
        await engine.docker(['rm', '-v', id]);
      }
    }
  });

  it('a build Dockerfile FROM an engine image adds its own VOLUMEs to the inherited ones, as the built image records', async () => {
    const dockerfile = `FROM ${BASE}\nVOLUME /own\n`;
    const tag = `stowage-test/image-volumes:built-${unique}`;
    await build(handle.engine, tag, dockerfile);
    try {
      const recorded = [...((await engineVolumes(handle.engine, tag)) ?? [])].sort();
      const text = 'services:\n  app:\n    build: .\n';
      const facts = await factsFor(handle.engine, [BASE]);
      const found = findings(text, 'SW209', { imageVolumes: { ...facts, readFile: (p) => (p === 'Dockerfile' ? dockerfile : undefined) } });
      const predicted = found.map((f) => /declares a volume at (\S+);/.exec(f.message.en)?.[1] ?? '?').sort();
      assert.deepEqual(predicted, recorded);
    } finally {
      await handle.engine.docker(['image', 'rm', '-f', tag]);
    }
  });
});
