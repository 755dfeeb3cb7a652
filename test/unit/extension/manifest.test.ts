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

  it('has a Korean runtime string for every vscode.l10n.t call of the extension, and no unused ones', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.ko.json')) as Record<string, string>;
    const used = new Set<string>();
    for (const file of sourceFiles('src/extension')) {
      for (const text of l10nCalls(readFileSync(file, 'utf8'))) {
        assert.ok(bundle[text], `${path.relative(ROOT, file)}: "${text}" is missing from l10n/bundle.l10n.ko.json`);
        used.add(text);
      }
    }
    assert.ok(used.size >= 5);
    assert.deepEqual(Object.keys(bundle).filter((text) => !used.has(text)), [], 'bundle entries no l10n.t call uses');
    for (const [text, korean] of Object.entries(bundle)) if (text !== 'Stowage') assert.match(korean, /[\uac00-\ud7a3]/, text);
    assert.equal(manifest['l10n'], './l10n');
    assert.ok(existsSync(path.join(ROOT, 'l10n/bundle.l10n.ko.json')));
  });

  it('finds l10n.t strings in every quoting style the extension may use', () => {
    const source = "vscode.l10n.t('It\\'s a {0}', x); l10n.t(\"Say \\\"hi\\\"\"); vscode.l10n.t(`Plain`); vscode.l10n.t(`Not ${'${'}x}`); l10n.t({ message: 'm', comment: [] });";
    assert.deepEqual(l10nCalls(source), ["It's a {0}", 'Say "hi"', 'Plain']);
  });

  it('writes every explorer runtime string in English and Korean', () => {
    let pairs = 0;
    for (const file of sourceFiles('src/extension/explorer')) {
      const source = readFileSync(file, 'utf8');
      const en = [...source.matchAll(/\ben: (['`])((?:[^\\]|\\.)*?)\1/g)];
      const ko = [...source.matchAll(/\bko: (['`])((?:[^\\]|\\.)*?)\1/g)];
      assert.equal(en.length, ko.length, `${path.relative(ROOT, file)}: ${en.length} English texts, ${ko.length} Korean`);
      for (const match of ko) assert.match(match[2] ?? '', /[\uac00-\ud7a3]/, `${path.relative(ROOT, file)}: ${match[2] ?? ''}`);
      pairs += ko.length;
    }
    assert.ok(pairs >= 20, `only ${pairs} explorer texts found`);
  });

  it('leaves no literal English in user-visible contribution strings', () => {
    const contributes = manifest['contributes'];
    const visible: Array<[string, unknown]> = [];
    for (const [i, w] of (contributes['viewsWelcome'] as Array<{ contents: unknown }>).entries()) visible.push([`viewsWelcome[${i}].contents`, w.contents]);
    for (const [place, containers] of Object.entries(contributes['viewsContainers'] as Record<string, Array<{ id: string; title: unknown }>>)) {
      for (const c of containers) visible.push([`viewsContainers.${place}.${c.id}.title`, c.title]);
    }
    for (const views of Object.values(contributes['views'] as Record<string, Array<{ id: string; name: unknown; contextualTitle?: unknown }>>)) {
      for (const v of views) {
        visible.push([`views.${v.id}.name`, v.name]);
        if (v.contextualTitle !== undefined) visible.push([`views.${v.id}.contextualTitle`, v.contextualTitle]);
      }
    }
    for (const c of contributes['commands'] as Array<{ command: string; title: unknown; category?: unknown }>) {
      visible.push([`commands.${c.command}.title`, c.title]);
      if (c.category !== undefined) visible.push([`commands.${c.command}.category`, c.category]);
    }
    const settings = (properties: Record<string, Record<string, unknown>>, prefix: string): void => {
      for (const [id, setting] of Object.entries(properties)) {
        for (const field of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) {
          if (setting[field] !== undefined) visible.push([`${prefix}${id}.${field}`, setting[field]]);
        }
        for (const [i, text] of ((setting['enumDescriptions'] ?? setting['markdownEnumDescriptions'] ?? []) as unknown[]).entries()) visible.push([`${prefix}${id}.enumDescriptions[${i}]`, text]);
        if (setting['properties'] !== undefined) settings(setting['properties'] as Record<string, Record<string, unknown>>, `${prefix}${id}.`);
      }
    };
    settings(contributes['configuration']['properties'], '');
    assert.ok(visible.length > 60, `only ${visible.length} strings found`);
    // The product name is the same in every language.
    const literal = visible.filter(([, value]) => typeof value !== 'string' || !(/^%[\w.-]+%$/.test(value) || value === 'Stowage'));
    assert.deepEqual(literal.map(([where]) => where), []);
    for (const id of ['stowage.docker.host', 'stowage.docker.timeoutSeconds', 'stowage.explorer.groupBy', 'stowage.explorer.sortBy']) {
      assert.ok(visible.some(([where]) => where.startsWith(`${id}.`)), `${id} has no description`);
    }
  });

  it('keeps the English and Korean files to the same keys, and the welcome links the same in both', () => {
    assert.deepEqual(Object.keys(nlsKo).sort(), Object.keys(nls).sort());
    const used = new Set([...JSON.stringify(manifest).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1] ?? ''));
    assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), [], 'package.nls.json keys package.json never uses');
    const commands = new Set((manifest['contributes']['commands'] as Array<{ command: string }>).map((c) => c.command));
    const links = (text: string): string[] => [...text.matchAll(/\]\((command:[\w.]+)\)/g)].map((m) => m[1] ?? '');
    let linked = 0;
    for (const w of manifest['contributes']['viewsWelcome'] as Array<{ contents: string }>) {
      const key = /^%([\w.-]+)%$/.exec(w.contents)?.[1] ?? '';
      const english = nls[key] ?? '';
      assert.deepEqual(links(nlsKo[key] ?? ''), links(english), key);
      assert.equal((nlsKo[key] ?? '').split('\n').length, english.split('\n').length, `${key}: each button on its own line`);
      for (const link of links(english)) {
        assert.ok(commands.has(link.slice('command:'.length)), `${key} links to ${link}, which is not contributed`);
        linked++;
      }
    }
    assert.ok(linked >= 10);
  });
});

/** Every .ts file under a folder of the repository. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(ROOT, dir, file));
}

/** The message of each `l10n.t('...')` call written as a literal, unescaped as JavaScript reads it. */
function l10nCalls(source: string): string[] {
  const texts: string[] = [];
  for (const match of source.matchAll(/\bl10n\.t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? '';
    texts.push(raw.replace(/\\(.)/g, '$1'));
  }
  return texts;
}
