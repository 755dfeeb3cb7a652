// SW301 against what `docker run` really leaves behind: run each line, count the anonymous volumes that
// outlive it, and expect SW301 exactly where at least one is left (none with --rm).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runShell, useEngine } from '../../support/dockerd';
import type { Engine } from '../../support/dockerd';
import { Agreement } from './agreement';
import type { Comparison } from './agreement';
import { cleanUp, errorText, FIDELITY_LABEL, volumeNames } from './engineAnswer';
import { HostPaths, loadCorpus, NAME_PREFIX } from './fixture';
import type { RunCase } from './fixture';
import { askStowage, describeFindings } from './stowageAnswer';

const handle = useEngine();
const corpus = loadCorpus();
const agreement = new Agreement('anonymous-volumes');
const ANONYMOUS_NAME = /^[0-9a-f]{64}$/;

interface RunVerdict {
  /** Anonymous volumes that exist after the command and belong to it. */
  readonly leftBehind: readonly string[];
  readonly exitCode: number;
  readonly error: string;
}

const VERB = /^docker\s+((?:container\s+)?(?:run|create))\s/;

async function runLine(engine: Engine, line: string, host: HostPaths, index: number): Promise<RunVerdict> {
  const cidFile = path.join(host.root, `cid-${index}`);
  const match = VERB.exec(line);
  assert.ok(match, `not a docker run/create line: ${line}`);
  const script = `exec "$STOWAGE_DOCKER" ${match[1] ?? ''} --label ${FIDELITY_LABEL} --cidfile ${cidFile} ${line.slice(match[0].length)}`;
  const anonymousBefore = new Set([...(await volumeNames(engine))].filter((name) => ANONYMOUS_NAME.test(name)));
  const result = await runShell(engine.env, script, { cwd: host.workdir });
  const id = existsSync(cidFile) ? readFileSync(cidFile, 'utf8').trim() : '';
  rmSync(cidFile, { force: true });
  let leftBehind: string[];
  const inspect = id === '' ? undefined : await engine.docker(['container', 'inspect', '--format', '{{json .Mounts}}', id]);
  if (inspect !== undefined && inspect.code === 0) {
    // The container still exists: its own anonymous volumes are exactly what it leaves behind.
    const mounts = JSON.parse(inspect.stdout) as { Type: string; Name?: string }[];
    leftBehind = mounts.filter((m) => m.Type === 'volume' && ANONYMOUS_NAME.test(m.Name ?? '')).map((m) => m.Name ?? '');
  } else {
    // Removed (--rm) or never created: compare the engine's anonymous volumes before and after.
    leftBehind = [...(await volumeNames(engine))].filter((name) => ANONYMOUS_NAME.test(name) && !anonymousBefore.has(name));
  }
  if (id !== '') await engine.docker(['rm', '-f', '-v', id]);
  if (leftBehind.length > 0) await engine.docker(['volume', 'rm', '-f', ...leftBehind]);
  return { leftBehind, exitCode: result.code, error: result.code === 0 ? '' : errorText(result.stderr) };
}

function compare(c: RunCase, line: string, verdict: RunVerdict): Comparison {
  const answer = askStowage(line + '\n', 'x.sh', 'shell');
  const sw301 = answer.findings.filter((f) => f.code === 'SW301');
  const left = verdict.leftBehind.length;
  const docker = `${left} anonymous volume(s) left behind` + (verdict.exitCode === 0 ? '' : ` (exit ${verdict.exitCode}: ${verdict.error})`);
  const base = { id: c.id, group: 'SW301', text: line, docker, stowage: answer.threw !== undefined ? `threw: ${answer.threw}` : describeFindings(answer.findings) };
  if (answer.threw !== undefined) return { ...base, agrees: false, why: 'Stowage threw' };
  if (left > 0 && sw301.length === 0) return { ...base, agrees: false, why: 'the run leaves an anonymous volume behind but SW301 is silent' };
  if (left === 0 && sw301.length > 0) return { ...base, agrees: false, why: 'SW301 fires but the run leaves no anonymous volume behind' };
  return { ...base, agrees: true };
}

describe('fidelity: SW301 against the anonymous volumes docker run leaves behind', () => {
  const host = new HostPaths();
  const verdicts = new Map<string, RunVerdict>();
  let volumesBefore = new Set<string>();

  before(async () => {
    volumesBefore = await volumeNames(handle.engine);
    // One at a time: each run is measured against the engine's volume list.
    let index = 0;
    for (const c of corpus.anonymousVolumes) verdicts.set(c.id, await runLine(handle.engine, host.expand(c.line), host, index++));
  });

  after(async () => {
    await cleanUp(handle.engine, NAME_PREFIX, [], volumesBefore);
    host.remove();
    const file = agreement.write();
    console.log(`${agreement.summary()}\n  details: ${file}`);
  });

  for (const c of corpus.anonymousVolumes) {
    it(`${c.id}: ${c.line}`, () => {
      const verdict = verdicts.get(c.id);
      assert.ok(verdict, 'the engine gave no answer');
      const comparison = agreement.add(compare(c, host.expand(c.line), verdict));
      assert.ok(comparison.agrees, `${comparison.why ?? ''}\n  line:    ${comparison.text}\n  Docker:  ${comparison.docker}\n  Stowage: ${comparison.stowage}`);
    });
  }
});
