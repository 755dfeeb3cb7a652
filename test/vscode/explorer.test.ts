// The volume explorer inside a real VS Code, against the test run's private Docker engine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { probe, screenshot, waitFor } from './helpers';

const host = process.env['STOWAGE_TEST_DOCKER_HOST'];
const suffix = Date.now().toString(36);
const named = `stowage-vscode-${suffix}`;
const composed = `shop_pgdata-${suffix}`;

function docker(...args: string[]): string {
  const result = spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: host } });
  if (result.status !== 0) throw new Error(`docker ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

suite('Volume explorer in VS Code', () => {
  suiteSetup(() => {
    if (host === undefined) throw new Error('STOWAGE_TEST_DOCKER_HOST is not set: the explorer needs the test engine');
    docker('volume', 'create', named);
    docker('volume', 'create', '--label', 'com.docker.compose.project=shop', '--label', 'com.docker.compose.volume=pgdata', composed);
  });

  suiteTeardown(() => {
    if (host === undefined) return;
    spawnSync('docker', ['volume', 'rm', named, composed], { env: { ...process.env, DOCKER_HOST: host } });
  });

  test('the Volumes view lists the engine volumes, grouped by Compose project', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.stowage');
    const rows = await waitFor(
      'the explorer rows',
      () => probe('#workbench\\.parts\\.sidebar .monaco-list-row'),
      (texts) => texts.some((t) => t.includes(named)) && texts.some((t) => t.includes('shop')),
      30_000,
    );
    assert.ok(rows.some((t) => t.includes(named)), rows.join(' | '));
    // Expand the Compose project so the picture shows its volume too.
    await vscode.commands.executeCommand('stowage.explorer.refresh');
    await waitFor('the project group', () => probe('#workbench\\.parts\\.sidebar .monaco-list-row'), (texts) => texts.some((t) => t.includes('shop')));
    await screenshot('explorer.png');
  });
});
