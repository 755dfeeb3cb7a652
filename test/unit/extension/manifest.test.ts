import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULE_CODES } from '../../../src/core';

const ROOT = process.env['STOWAGE_ROOT'] ?? process.cwd();
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsKo = JSON.parse(read('package.nls.ko.json')) as Record<string, string>;

describe('extension manifest', () => {
  it('activates only on the languages Stowage reads (and the explorer views), never at startup', () => {
    const events = manifest['activationEvents'] as string[];
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
    for (const language of ['dockerfile', 'dockercompose', 'yaml', 'shellscript', 'makefile', 'markdown', 'github-actions-workflow']) {
      assert.ok(events.includes(`onLanguage:${language}`), language);
    }
    assert.deepEqual(events.filter((e) => !e.startsWith('onLanguage:') && !e.startsWith('onView:')), []);
  });

  it('has every %key% in English and Korean, and the Korean file is really Korean', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1] ?? '');
    assert.ok(keys.length > 20);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsKo[key], `package.nls.ko.json lacks ${key}`);
    }
    for (const [key, value] of Object.entries(nlsKo)) if (!/^Stowage$/.test(value)) assert.match(value, /[\uac00-\ud7a3]/, key);
  });

  it('offers a severity for every rule code, resource-scoped and applied live', () => {
    const properties = manifest['contributes']['configuration']['properties'] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const rules = properties['stowage.rules'];
    assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_CODES].sort());
    for (const setting of ['stowage.enable', 'stowage.rules', 'stowage.languages']) assert.equal(properties[setting].scope, 'resource', setting);
    assert.deepEqual(Object.keys(properties['stowage.languages'].properties), ['dockerfile', 'compose', 'shell', 'makefile', 'markdown', 'workflow']);
  });

  it('contributes commands in the Stowage category that the extension registers', () => {
    const commands = (manifest['contributes']['commands'] as Array<{ command: string; category: string }>).filter((c) => !c.command.startsWith('stowage.explorer.'));
    assert.deepEqual(commands.map((c) => [c.command, c.category]), [['stowage.restartServer', 'Stowage'], ['stowage.showLog', 'Stowage']]);
    const source = read('src/extension/extension.ts');
    for (const c of commands) assert.ok(source.includes(`'${c.command}'`), c.command);
  });

  it('limits itself in untrusted workspaces and restricts the engine address', () => {
    const trust = manifest['capabilities']['untrustedWorkspaces'];
    assert.equal(trust.supported, 'limited');
    assert.ok(trust.restrictedConfigurations.includes('stowage.docker.host'));
  });

  it('points at snippet and grammar files that exist and parse', () => {
    for (const snippet of manifest['contributes']['snippets'] as Array<{ path: string }>) {
      const body = JSON.parse(read(snippet.path)) as Record<string, { prefix: unknown; body: unknown; description: string }>;
      for (const [name, entry] of Object.entries(body)) assert.ok(entry.prefix && entry.body && entry.description, `${snippet.path}: ${name}`);
    }
    for (const grammar of manifest['contributes']['grammars'] as Array<{ path: string; scopeName: string }>) {
      assert.equal((JSON.parse(read(grammar.path)) as { scopeName: string }).scopeName, grammar.scopeName);
    }
  });

  it('has a Korean runtime string for every vscode.l10n.t call of the extension', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.ko.json')) as Record<string, string>;
    const dir = path.join(ROOT, 'src/extension');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    let count = 0;
    for (const file of files) {
      for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) {
        const text = (match[1] ?? '').replace(/\\'/g, "'");
        assert.ok(bundle[text], `${file}: "${text}" is missing from l10n/bundle.l10n.ko.json`);
        count++;
      }
    }
    assert.ok(count >= 5);
    assert.equal(manifest['l10n'], './l10n');
    assert.ok(existsSync(path.join(ROOT, 'l10n/bundle.l10n.ko.json')));
  });
});
