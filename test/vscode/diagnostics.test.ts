// The extension inside a real VS Code, on a copy of the examples workspace.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, cliFindings, diagnosticCode, open, screenshot, stowageDiagnostics, waitFor, workspaceRoot } from './helpers';

const FILES = ['compose.yaml', 'Dockerfile', 'deploy.sh', 'README.md', '.github/workflows/ci.yml'];

suite('Stowage in VS Code', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('Problems shows the same findings as the CLI for every example file', async () => {
    const expected = cliFindings();
    for (const file of FILES) {
      const editor = await open(file);
      const want = expected
        .filter((f) => f.file === file)
        .map((f) => `${f.code}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`)
        .sort();
      assert.ok(want.length > 0, `the examples should have findings in ${file}`);
      const got = await waitFor(
        `diagnostics in ${file}`,
        () =>
          stowageDiagnostics(editor.document.uri)
            // SW210 needs the engine, which the editor reads and the CLI does not.
            .filter((d) => diagnosticCode(d) !== 'SW210')
            .map((d) => `${diagnosticCode(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
            .sort(),
        (codes) => codes.length === want.length,
      );
      assert.deepEqual(got, want, file);
    }
  });

  test('every diagnostic links to its rule page', async () => {
    const editor = await open('compose.yaml');
    const diagnostics = await waitFor('compose diagnostics', () => stowageDiagnostics(editor.document.uri), (d) => d.length > 0);
    for (const d of diagnostics) {
      const code = d.code as { value: string; target: vscode.Uri };
      assert.match(code.target.toString(), new RegExp(`docs/rules/${code.value}\\.md$`));
    }
  });

  test('a hover on a --mount key shows its documentation', async () => {
    const editor = await open('deploy.sh');
    const line = [...Array(editor.document.lineCount).keys()].find((i) => /--mount type=bind,source=/.test(editor.document.lineAt(i).text));
    assert.notEqual(line, undefined, 'deploy.sh has a --mount type=bind line');
    const text = editor.document.lineAt(line!).text;
    const position = new vscode.Position(line!, text.indexOf('readonly') + 2);
    const hovers = await waitFor(
      'a hover',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position),
      (h) => h.length > 0,
    );
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(markdown, /readonly/);
    assert.match(markdown, /read-only/i);
    assert.match(markdown, /docs\.docker\.com/);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('workbench.png');
  });

  test('the "add --rm" quick fix changes the file and the warning goes away', async () => {
    const editor = await open('deploy.sh');
    const before = await waitFor('SW301', () => stowageDiagnostics(editor.document.uri).filter((d) => diagnosticCode(d) === 'SW301'), (d) => d.length > 0);
    const target = before[0]!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const addRm = actions.find((a) => a.edit !== undefined && /--rm/.test(a.title));
    assert.ok(addRm, `an "add --rm" action among: ${actions.map((a) => a.title).join(' | ')}`);
    const textBefore = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(addRm.edit!));
    assert.notEqual(editor.document.getText(), textBefore);
    // The flag goes right after the verb of the command the diagnostic is in.
    let commandLine = target.range.start.line;
    while (commandLine > 0 && !/docker\s+(container\s+)?(run|create)\b/.test(editor.document.lineAt(commandLine).text)) commandLine--;
    assert.match(editor.document.lineAt(commandLine).text, /docker\s+(container\s+)?(run|create)\s+--rm\s/);
    await waitFor('SW301 to clear', () => stowageDiagnostics(editor.document.uri).filter((d) => diagnosticCode(d) === 'SW301').length, (n) => n === before.length - 1);
    await editor.document.save();
  });

  test('changing stowage.rules changes a severity live', async () => {
    const editor = await open('Dockerfile');
    const configuration = vscode.workspace.getConfiguration('stowage', workspaceRoot());
    const sw101 = () => stowageDiagnostics(editor.document.uri).filter((d) => diagnosticCode(d) === 'SW101');
    const initial = await waitFor('SW101', sw101, (d) => d.length > 0);
    assert.equal(initial[0]!.severity, vscode.DiagnosticSeverity.Warning);
    try {
      await configuration.update('rules', { SW101: 'error' }, vscode.ConfigurationTarget.Workspace);
      await waitFor('SW101 as an error', sw101, (d) => d.length > 0 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Error));
      await configuration.update('rules', { SW101: 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitFor('SW101 to disappear', sw101, (d) => d.length === 0);
    } finally {
      await configuration.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('SW101 back as a warning', sw101, (d) => d.length > 0 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Warning));
  });
});
