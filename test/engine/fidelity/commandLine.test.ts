// Stowage against Docker itself on -v, --mount, --tmpfs and --volumes-from specs: an error finding exactly
// where `docker create`/`docker start` refuses a spec for a reason the text shows, none where it accepts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dockerCli, TEST_IMAGE, useEngine } from '../../support/dockerd';
import { Agreement } from './agreement';
import { compareCommand, failureMessage } from './compareCommand';
import { askEngine, cleanUp, FIDELITY_LABEL, inPool, volumeNames } from './engineAnswer';
import type { EngineVerdict } from './engineAnswer';
import { HostPaths, loadCorpus, NAME_PREFIX } from './fixture';
import type { CommandCase } from './fixture';

const handle = useEngine();
const corpus = loadCorpus();
const agreement = new Agreement('command-lines');
/** The CLI major version whose reading of -v and --mount Stowage follows. */
const CLI_STOWAGE_FOLLOWS = 23;

describe('fidelity: docker create/start against Stowage on mount flags', () => {
  const host = new HostPaths();
  const verdicts = new Map<string, EngineVerdict>();
  let volumesBefore = new Set<string>();
  let startedAt = Date.now();
  let cliMajor = 0;

  before(async () => {
    const engine = handle.engine;
    startedAt = Date.now();
    const version = await engine.docker(['version', '--format', '{{.Client.Version}}']);
    cliMajor = Number(/^(\d+)\./.exec(version.stdout.trim())?.[1] ?? 0);
    console.log(`fidelity command-lines: docker CLI ${version.stdout.trim()} (${dockerCli}), engine API ${(await engine.docker(['version', '--format', '{{.Server.APIVersion}}'])).stdout.trim()}`);
    volumesBefore = await volumeNames(engine);
    // The container --volumes-from cases copy from: an anonymous and a named volume. A crashed earlier run
    // on a shared engine may have left one behind.
    await engine.docker(['rm', '-f', '-v', `${NAME_PREFIX}base`]);
    const base = await engine.docker(['create', '--name', `${NAME_PREFIX}base`, '--label', FIDELITY_LABEL, '-v', '/base-data', '-v', `${NAME_PREFIX}base-vol:/named`, TEST_IMAGE]);
    assert.equal(base.code, 0, base.stderr);
    const all = [...corpus.commandLine, ...corpus.hostDependent];
    const answers = await inPool(all, 4, (c) => askEngine(engine, host.expand(c.args), host.workdir));
    all.forEach((c, i) => verdicts.set(c.id, answers[i] as EngineVerdict));
  });

  after(async () => {
    await cleanUp(handle.engine, NAME_PREFIX, corpus.extraVolumes, volumesBefore, startedAt);
    host.remove();
    const file = agreement.write();
    console.log(`${agreement.summary()}\n  details: ${file}`);
  });

  const check = (c: CommandCase, hostDependent: boolean): void => {
    it(`${c.id}: docker create ${c.args}`, () => {
      const verdict = verdicts.get(c.id);
      assert.ok(verdict, 'the engine gave no answer');
      if (hostDependent) {
        // Listed as host-dependent: whatever this host says, Stowage must not call the text an error.
        const asHost: EngineVerdict = verdict.kind === 'refused' ? { ...verdict, kind: 'host' } : verdict;
        const comparison = agreement.add(compareCommand(c, host.expand(c.args), asHost));
        assert.ok(comparison.agrees, failureMessage(comparison));
        return;
      }
      const compared = compareCommand(c, host.expand(c.args), verdict);
      if (c.cliDependent !== undefined && cliMajor < CLI_STOWAGE_FOLLOWS) {
        // This CLI answers as CLIs before 23 did; Stowage follows the newer ones. Recorded, not compared.
        assert.ok(!compared.stowage.startsWith('threw'), compared.stowage);
        agreement.add({ ...compared, group: `older CLI (${cliMajor})`, agrees: true, why: `${compared.agrees ? '' : 'differs: '}${c.cliDependent}` });
        return;
      }
      const comparison = agreement.add(compared);
      assert.ok(comparison.agrees, failureMessage(comparison));
    });
  };

  describe('specs', () => {
    for (const c of corpus.commandLine) check(c, false);
  });
  describe('refusals that depend on the host', () => {
    for (const c of corpus.hostDependent) check(c, true);
  });
});
