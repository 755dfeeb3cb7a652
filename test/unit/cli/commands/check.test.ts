import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, runCli, workspace } from '../support';

const PROJECT = path.join(FIXTURES, 'project');

interface JsonFinding {
  file: string;
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function brief(findings: readonly JsonFinding[]): string[] {
  return findings.map((f) => `${f.file}:${f.range.start.line} ${f.severity} ${f.code}`);
}

/** What the fixture project holds once every rule is in place: one certain finding per file. */
const PROJECT_FINDINGS = ['Dockerfile:3 warning SW101', 'compose.yaml:6 warning SW201', 'scripts/backup.sh:3 warning SW301'];

describe('stowage check', () => {
  it('walks a folder and prints every finding as JSON with relative paths', async () => {
    const result = await runCli(['check', '--format', 'json'], PROJECT, {});
    const output = JSON.parse(result.stdout) as { findings: JsonFinding[] };
    assert.deepEqual(brief(output.findings), PROJECT_FINDINGS);
    for (const finding of output.findings) {
      assert.ok(finding.message.length > 0);
      assert.ok(finding.range.end.line >= finding.range.start.line);
    }
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0, 'warnings alone exit 0');
  });

  it('prints text with 1-based positions, carets and the summary', async () => {
    const result = await runCli(['check', 'scripts'], PROJECT, {});
    const lines = result.stdout.split('\n');
    assert.match(lines[0] ?? '', /^scripts\/backup\.sh:4:\d+ warning SW301 \S/);
    assert.equal(lines[1], '    docker run -d --name cache -v /cache redis:7');
    assert.match(lines[2] ?? '', /^ {4} *\^+$/);
    assert.equal(lines[3], '0 errors, 1 warning, 0 infos in 1 file');
  });

  it('follows the locale from the environment and from --locale', async () => {
    const fromEnv = await runCli(['check', 'scripts'], PROJECT, { LANG: 'ko_KR.UTF-8' });
    assert.match(fromEnv.stdout, /^오류 0개, 경고 1개, 정보 0개 \(파일 1개\)$/m);
    const english = await runCli(['check', 'scripts', '--locale', 'en'], PROJECT, { LC_ALL: 'ko_KR.UTF-8' });
    assert.match(english.stdout, /^0 errors, 1 warning, 0 infos in 1 file$/m);
    const en = JSON.parse((await runCli(['check', '--format=json', '--locale=en'], PROJECT)).stdout) as { findings: JsonFinding[] };
    const ko = JSON.parse((await runCli(['check', '--format=json', '--locale=ko'], PROJECT)).stdout) as { findings: JsonFinding[] };
    assert.equal(ko.findings.length, en.findings.length);
    assert.ok(ko.findings.some((f, i) => f.message !== en.findings[i]?.message), 'Korean messages differ from English ones');
  });

  it('exits 1 on errors, and on more warnings than --max-warnings', async () => {
    const folder = workspace({ 'run.sh': 'docker run --rm -v /srv/app:/app:bogus alpine\n' });
    const errors = await runCli(['check', '--format', 'json'], folder);
    assert.deepEqual(brief((JSON.parse(errors.stdout) as { findings: JsonFinding[] }).findings), ['run.sh:0 error SW302']);
    assert.equal(errors.code, 1);
    assert.equal((await runCli(['check', '--max-warnings', '3'], PROJECT)).code, 0);
    assert.equal((await runCli(['check', '--max-warnings', '2'], PROJECT)).code, 1);
  });

  it('applies --rule over .stowage.json over the defaults', async () => {
    const folder = workspace({ '.stowage.json': '{"rules": {"SW301": "error", "SW101": "off"}}', 'Dockerfile': 'FROM alpine\nVOLUME /data\n', 'run.sh': 'docker run -v /cache redis\n' });
    const fromConfig = await runCli(['check', '--format', 'json'], folder);
    assert.deepEqual(brief((JSON.parse(fromConfig.stdout) as { findings: JsonFinding[] }).findings), ['run.sh:0 error SW301']);
    assert.equal(fromConfig.code, 1);
    const overridden = await runCli(['check', '--format', 'json', '--rule', 'SW301=info', '--rule', 'SW101=warning'], folder);
    assert.deepEqual(brief((JSON.parse(overridden.stdout) as { findings: JsonFinding[] }).findings), ['Dockerfile:1 warning SW101', 'run.sh:0 info SW301']);
    assert.equal(overridden.code, 0);
  });

  it('stops with exit 2 on an invalid .stowage.json', async () => {
    const folder = workspace({ '.stowage.json': '{"rules": {"SW301": "loud"}}', 'run.sh': 'x\n' });
    const result = await runCli(['check'], folder);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^stowage: .*\.stowage\.json: rules SW301: unknown severity 'loud'/);
  });

  it('exits 2 for a missing path but still checks the others', async () => {
    const result = await runCli(['check', '--format', 'json', 'scripts', 'no-such-dir'], PROJECT);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'stowage: no such file or folder: no-such-dir\n');
    assert.deepEqual(brief((JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings), ['scripts/backup.sh:3 warning SW301']);
  });

  it('skips binary and oversized files with one line each on stderr and checks the rest', async () => {
    const folder = workspace({
      'tool.sh': Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from([0, 1, 2])]),
      'huge.sh': `docker run -v /x alpine\n${'#'.repeat(4096)}\n`,
      'run.sh': 'docker run -v /cache redis\n',
    });
    const result = await runCli(['check', '--max-file-size', '4k'], folder);
    assert.equal(
      result.stderr,
      'stowage: skipped huge.sh: larger than 4 KB (4.0 KB); raise --max-file-size to check it\n' +
        'stowage: skipped tool.sh: binary file (NUL byte in the first 8 KB)\n',
    );
    assert.match(result.stdout, /^run\.sh:1:\d+ warning SW301 /m);
    assert.match(result.stdout, /in 1 file\n$/);
    assert.equal(result.code, 0);
  });

  it('notes an explicit file it does not read, without failing', async () => {
    const result = await runCli(['check', 'notes.txt'], PROJECT);
    assert.equal(result.stderr, 'stowage: skipped notes.txt: not a Dockerfile, Compose file, script, Makefile, Markdown file or workflow\n');
    assert.equal(result.stdout, '0 errors, 0 warnings, 0 infos in 0 files\n');
    assert.equal(result.code, 0);
  });

  it('--fix applies preferred fixes to a copy, writes only changed files and re-analyses', async () => {
    const folder = workspace({});
    cpSync(PROJECT, folder, { recursive: true });
    const dockerfileTime = statSync(path.join(folder, 'Dockerfile')).mtimeMs;
    const result = await runCli(['check', '--fix', '--format', 'json', 'scripts', 'Dockerfile'], folder);
    assert.equal(
      readFileSync(path.join(folder, 'scripts', 'backup.sh'), 'utf8'),
      readFileSync(path.join(PROJECT, 'scripts', 'backup.sh'), 'utf8').replace('docker run -d --name cache', 'docker run --rm -d --name cache'),
    );
    assert.equal(result.stderr, 'fixed 1 problem in scripts/backup.sh (SW301)\n');
    // SW101 has no automatic fix: the Dockerfile is left untouched and its finding remains.
    assert.equal(statSync(path.join(folder, 'Dockerfile')).mtimeMs, dockerfileTime);
    assert.deepEqual(brief((JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings), ['Dockerfile:3 warning SW101']);
  });

  it('--fix reports what it fixed in text output, and keeps a byte order mark', async () => {
    const folder = workspace({ 'Dockerfile': "\uFEFFFROM alpine\nVOLUME ['/data']\n" });
    const result = await runCli(['check', '--fix', '--rule', 'SW101=off'], folder);
    assert.equal(readFileSync(path.join(folder, 'Dockerfile'), 'utf8'), '\uFEFFFROM alpine\nVOLUME ["/data"]\n');
    assert.equal(result.stdout, 'fixed 1 problem in Dockerfile (SW102)\n0 errors, 0 warnings, 0 infos in 1 file\n');
    assert.equal(result.code, 0);
  });
});

describe('stowage check on unreadable input', () => {
  it('skips a named pipe given by name with one line on stderr and checks the rest', async () => {
    const folder = workspace({ 'run.sh': 'docker run -v /cache redis\n' });
    execFileSync('mkfifo', [path.join(folder, 'pipe.sh')]);
    const result = await runCli(['check', 'pipe.sh', 'run.sh'], folder);
    assert.equal(result.stderr, 'stowage: skipped pipe.sh: not a regular file\n');
    assert.match(result.stdout, /^run\.sh:1:\d+ warning SW301 /m);
    assert.equal(result.code, 0);
  });
});
