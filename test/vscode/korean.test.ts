// With VS Code's display language set to Korean, diagnostics and hovers come in Korean.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, cliFindings, diagnosticCode, open, stowageDiagnostics, waitFor } from './helpers';

const HANGUL = /[\uac00-\ud7a3]/;

suite('Stowage in Korean', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('VS Code runs in Korean', () => {
    assert.equal(vscode.env.language, 'ko');
  });

  test('a diagnostic is in Korean, word for word as the CLI says it in Korean', async () => {
    const editor = await open('Dockerfile');
    const diagnostics = await waitFor('Dockerfile diagnostics', () => stowageDiagnostics(editor.document.uri), (d) => d.length > 0);
    const sw101 = diagnostics.find((d) => diagnosticCode(d) === 'SW101');
    assert.ok(sw101, 'SW101 in the Dockerfile');
    assert.match(sw101.message, HANGUL);
    const expected = cliFindings('ko').find((f) => f.file === 'Dockerfile' && f.code === 'SW101' && f.range.start.line === sw101.range.start.line);
    assert.equal(sw101.message, expected?.message);
  });
});
