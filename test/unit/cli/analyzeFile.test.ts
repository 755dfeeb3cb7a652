import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile, relatedComposeFiles, type FileAnalysisSettings } from '../../../src/cli/analyzeFile';
import { workspace } from './support';

const settings: FileAnalysisSettings = { locale: 'en', severities: {}, maxFileSize: 1 << 20, onRuleError: (code, error) => assert.fail(`${code}: ${String(error)}`) };

function codesOf(file: string): string[] {
  const result = analyzeFile(file, readFileSync(file, 'utf8'), 'compose', settings);
  return (result?.findings ?? []).map((f) => `${f.range.start.line} ${f.code}`);
}

describe('relatedComposeFiles', () => {
  it('reads the other Compose files of the folder, not the file itself and not other YAML', () => {
    const folder = workspace({
      'compose.yaml': 'services: {}\n',
      'compose.override.yaml': 'volumes:\n  a:\n',
      'docker-compose.prod.yml': 'volumes:\n  bigger:\n',
      'config.yaml': 'x: 1\n',
      'sub/compose.yaml': 'volumes:\n  c:\n',
    });
    assert.deepEqual(relatedComposeFiles(path.join(folder, 'compose.yaml'), 1 << 20), [
      { path: 'compose.override.yaml', text: 'volumes:\n  a:\n' },
      { path: 'docker-compose.prod.yml', text: 'volumes:\n  bigger:\n' },
    ]);
    assert.deepEqual(relatedComposeFiles(path.join(folder, 'compose.yaml'), 15).map((r) => r.path), ['compose.override.yaml'], 'files over the size limit are left out');
  });
});

describe('analyzeFile', () => {
  it('knows the volumes of the base file when checking an override file', () => {
    const folder = workspace({
      'compose.yaml': 'services:\n  db:\n    image: postgres:16\nvolumes:\n  pgdata:\n',
      'compose.override.yaml': 'services:\n  db:\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
    });
    const override = path.join(folder, 'compose.override.yaml');
    assert.deepEqual(codesOf(override), []);
    assert.deepEqual(codesOf(path.join(folder, 'compose.yaml')), [], 'the base file sees the volume used in the override');
    rmSync(path.join(folder, 'compose.yaml'));
    assert.deepEqual(codesOf(override), ['3 SW202']);
  });

  it('answers SW208 from the disk: a folder beside the file turns a bare source into a finding', () => {
    const text = 'services:\n  web:\n    image: nginx\n    volumes:\n      - static:/usr/share/nginx/html\nvolumes:\n  static:\n';
    const withFolder = workspace({ 'compose.yaml': text, 'static/index.html': 'x\n' });
    assert.deepEqual(codesOf(path.join(withFolder, 'compose.yaml')), ['4 SW208']);
    const withoutFolder = workspace({ 'compose.yaml': text });
    assert.deepEqual(codesOf(path.join(withoutFolder, 'compose.yaml')), []);
  });
});
