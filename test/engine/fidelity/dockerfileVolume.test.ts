// Dockerfile VOLUME against the legacy builder: the paths Stowage says Docker records (`recordedTarget`)
// equal the built image's Config.Volumes, and Stowage reports an error exactly where the build fails.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDocument } from '../../../src/core/index';
import { TEST_IMAGE, useEngine } from '../../support/dockerd';
import type { Engine } from '../../support/dockerd';
import { Agreement } from './agreement';
import type { Comparison } from './agreement';
import { errorText, inPool } from './engineAnswer';
import { HostPaths, loadCorpus, NAME_PREFIX } from './fixture';
import type { DockerfileCase } from './fixture';
import { askStowage, describeFindings, errorsOf } from './stowageAnswer';

const handle = useEngine();
const corpus = loadCorpus();
const agreement = new Agreement('dockerfile-volume');

/** Errors Stowage reports on builds Docker accepts, because the recorded path is not what was meant. */
const ACCEPTED_BUT_WRONG = new Set(['SW102', 'SW103', 'SW104']);

type BuildVerdict = { readonly kind: 'built'; readonly volumes: readonly string[] } | { readonly kind: 'refused'; readonly text: string };

const dockerfileOf = (c: DockerfileCase): string => `FROM ${TEST_IMAGE}\n${c.text}\n`;
const imageOf = (c: DockerfileCase): string => `${NAME_PREFIX}df-${c.id}:test`;

async function build(engine: Engine, folder: string, c: DockerfileCase): Promise<BuildVerdict> {
  const context = path.join(folder, c.id);
  mkdirSync(context);
  writeFileSync(path.join(context, 'Dockerfile'), dockerfileOf(c));
  const result = await engine.docker(['build', '-q', '--force-rm', '-t', imageOf(c), context], { env: { DOCKER_BUILDKIT: '0' }, timeoutMs: 120_000 });
  if (result.code !== 0) return { kind: 'refused', text: errorText(result.stderr) };
  const inspect = await engine.docker(['image', 'inspect', '--format', '{{json .Config.Volumes}}', imageOf(c)]);
  assert.equal(inspect.code, 0, inspect.stderr);
  const volumes = JSON.parse(inspect.stdout) as Record<string, unknown> | null;
  return { kind: 'built', volumes: Object.keys(volumes ?? {}).sort() };
}

function compare(c: DockerfileCase, verdict: BuildVerdict): Comparison {
  const text = dockerfileOf(c);
  const answer = askStowage(text, 'Dockerfile', 'dockerfile');
  let recorded: string[] = [];
  let threw = answer.threw;
  try {
    const document = readDocument(text, 'dockerfile', { path: 'Dockerfile' });
    recorded = [...new Set(document.mounts.filter((m) => m.syntax === 'dockerfile-volume').map((m) => m.recordedTarget ?? m.target?.value ?? ''))].sort();
  } catch (error) {
    threw ??= error instanceof Error ? error.message : String(error);
  }
  const errors = errorsOf(answer).filter((e) => e.range.start.line >= 1);
  const docker = verdict.kind === 'built' ? `built; Config.Volumes ${JSON.stringify(verdict.volumes)}` : `refused: ${verdict.text}`;
  const base = { id: c.id, group: 'VOLUME', text: c.text, docker, stowage: `recordedTarget ${JSON.stringify(recorded)}; ${describeFindings(answer.findings)}` };
  if (threw !== undefined) return { ...base, agrees: false, why: `Stowage threw: ${threw.split('\n')[0] ?? ''}` };
  if (verdict.kind === 'refused') {
    return errors.length > 0 ? { ...base, agrees: true } : { ...base, agrees: false, why: 'the build fails but Stowage reports no error' };
  }
  if (JSON.stringify(recorded) !== JSON.stringify(verdict.volumes)) return { ...base, agrees: false, why: 'recordedTarget differs from the image\'s Config.Volumes' };
  const unexpected = errors.filter((e) => !ACCEPTED_BUT_WRONG.has(e.code));
  if (unexpected.length > 0) return { ...base, agrees: false, why: 'the build succeeds but Stowage reports an error that is not SW102/SW103/SW104' };
  return { ...base, agrees: true };
}

describe('fidelity: Dockerfile VOLUME against the legacy builder', () => {
  const host = new HostPaths();
  const verdicts = new Map<string, BuildVerdict>();

  before(async () => {
    const answers = await inPool(corpus.dockerfile, 2, (c) => build(handle.engine, host.root, c));
    corpus.dockerfile.forEach((c, i) => verdicts.set(c.id, answers[i] as BuildVerdict));
  });

  after(async () => {
    const images = corpus.dockerfile.map(imageOf);
    await handle.engine.docker(['image', 'rm', '-f', ...images]);
    host.remove();
    const file = agreement.write();
    console.log(`${agreement.summary()}\n  details: ${file}`);
  });

  for (const c of corpus.dockerfile) {
    it(`${c.id}: ${c.text.replaceAll('\n', ' ⏎ ')}`, () => {
      const verdict = verdicts.get(c.id);
      assert.ok(verdict, 'the engine gave no answer');
      const comparison = agreement.add(compare(c, verdict));
      assert.ok(comparison.agrees, `${comparison.why ?? ''}\n  Dockerfile: ${c.text}\n  Docker:  ${comparison.docker}\n  Stowage: ${comparison.stowage}`);
    });
  }
});
