import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type * as vscode from 'vscode';
import { Deferred, EXPLORER_COMMANDS, Emitter, TreeStandIn, forwardCommand, type CommandHandler } from '../../../../src/extension/explorer/deferred';

const ROOT = process.env['STOWAGE_ROOT'] ?? process.cwd();

/** A real provider stand-in for the tests: numbers whose children are their multiples of ten. */
class NumberTree implements vscode.TreeDataProvider<number> {
  readonly changed = new Emitter<number | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  getChildren(element?: number): number[] {
    return element === undefined ? [1, 2] : element < 10 ? [element * 10] : [];
  }
  getTreeItem(element: number): vscode.TreeItem {
    return { label: `#${element}` };
  }
  getParent(element: number): number | undefined {
    return element >= 10 ? element / 10 : undefined;
  }
}

describe('EXPLORER_COMMANDS', () => {
  it('is exactly the stowage.explorer.* commands package.json contributes', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: Array<{ command: string }> } };
    const contributed = manifest.contributes.commands.map((c) => c.command).filter((id) => id.startsWith('stowage.explorer.'));
    assert.deepEqual([...EXPLORER_COMMANDS].sort(), contributed.sort());
  });

  it('names commands the explorer implements, each once', () => {
    const dir = path.join(ROOT, 'src/extension/explorer');
    const sources = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && file !== 'deferred.ts')
      .map((file) => readFileSync(path.join(dir, file), 'utf8'))
      .join('\n');
    for (const id of EXPLORER_COMMANDS) assert.equal(sources.split(`guard('${id}'`).length - 1, 1, id);
  });
});

describe('Emitter', () => {
  it('calls listeners with this, collects subscriptions, and stops after dispose', () => {
    const emitter = new Emitter<number>();
    const seen: Array<[unknown, number]> = [];
    const owner = { name: 'owner' };
    const bag: vscode.Disposable[] = [];
    const subscription = emitter.event(function (this: unknown, value) {
      seen.push([this, value]);
    }, owner, bag);
    emitter.fire(1);
    assert.equal(bag.length, 1);
    subscription.dispose();
    emitter.fire(2);
    assert.deepEqual(seen, [[owner, 1]]);
  });
});

describe('Deferred', () => {
  it('loads nothing until asked, then once for every caller', async () => {
    let loads = 0;
    const deferred = new Deferred(async () => ++loads, () => assert.fail('no error expected'));
    assert.equal(loads, 0);
    assert.equal(deferred.loaded, undefined);
    const [a, b] = await Promise.all([deferred.get(), deferred.get()]);
    assert.deepEqual([a, b, await deferred.get(), loads, deferred.loaded], [1, 1, 1, 1, 1]);
  });

  it('reports a failed load and tries again on the next call', async () => {
    let attempt = 0;
    const errors: unknown[] = [];
    const deferred = new Deferred(
      async () => {
        attempt++;
        if (attempt === 1) throw new Error('bundle missing');
        return 'explorer';
      },
      (error) => errors.push(error),
    );
    await assert.rejects(deferred.get(), /bundle missing/);
    assert.equal(errors.length, 1);
    assert.equal(await deferred.get(), 'explorer');
    assert.equal(attempt, 2);
  });
});

describe('TreeStandIn', () => {
  it('loads on the first getChildren and answers through the real provider from then on', async () => {
    const real = new NumberTree();
    let loads = 0;
    const standIn = new TreeStandIn<number>(async () => {
      loads++;
      return real;
    });
    assert.equal(loads, 0);
    assert.throws(() => standIn.getTreeItem(1), /not loaded/);
    assert.equal(standIn.getParent(10), undefined);
    assert.deepEqual(await standIn.getChildren(), [1, 2]);
    assert.deepEqual(await standIn.getChildren(2), [20]);
    assert.equal(loads, 1);
    assert.deepEqual(standIn.getTreeItem(20), { label: '#20' });
    assert.equal(standIn.getParent(20), 2);
  });

  it('passes the real provider change events on, and stops when disposed', async () => {
    const real = new NumberTree();
    const standIn = new TreeStandIn<number>(async () => real);
    const fired: Array<unknown> = [];
    standIn.onDidChangeTreeData((element) => fired.push(element));
    real.changed.fire(undefined);
    assert.deepEqual(fired, [], 'nothing is forwarded before the load');
    await standIn.resolve();
    real.changed.fire(undefined);
    real.changed.fire(2);
    standIn.dispose();
    real.changed.fire(1);
    assert.deepEqual(fired, [undefined, 2]);
  });

  it('shows no rows when the explorer cannot be loaded, and asks again next time', async () => {
    let available = false;
    const standIn = new TreeStandIn<number>(async () => (available ? new NumberTree() : undefined));
    assert.deepEqual(await standIn.getChildren(), []);
    available = true;
    assert.deepEqual(await standIn.getChildren(), [1, 2]);
  });
});

describe('forwardCommand', () => {
  it('loads the handlers when run and passes the arguments and the result through', async () => {
    let loads = 0;
    const handlers = new Map<string, CommandHandler>([['stowage.explorer.copyName', (...args) => `copied ${args.join('+')}`]]);
    const run = forwardCommand('stowage.explorer.copyName', async () => {
      loads++;
      return handlers;
    });
    assert.equal(loads, 0);
    assert.equal(await run('a', 'b'), 'copied a+b');
    assert.equal(loads, 1);
  });

  it('fails naming a command the explorer does not have', async () => {
    const run = forwardCommand('stowage.explorer.nothing', async () => new Map<string, CommandHandler>());
    await assert.rejects(run(), /no command stowage\.explorer\.nothing/);
  });
});
