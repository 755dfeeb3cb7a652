import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../../../src/cli/analyzeFile';
import { preferredFix } from '../../../../src/cli/fix';
import { analyze, detectKind, RULE_CODES } from '../../../../src/core/index';
import { ROOT, runCli, workspace } from '../support';

interface CatalogueEntry {
  code: string;
  defaultSeverity: string;
  title: string;
  docsUrl: string;
}

describe('stowage rules', () => {
  it('lists every rule as JSON with severity, title and docs page', async () => {
    const result = await runCli(['rules', '--format', 'json'], ROOT);
    assert.equal(result.code, 0);
    const { rules } = JSON.parse(result.stdout) as { rules: CatalogueEntry[] };
    assert.deepEqual(rules.map((r) => r.code), [...RULE_CODES]);
    for (const rule of rules) {
      assert.match(rule.defaultSeverity, /^(error|warning|info|hint)$/);
      assert.ok(rule.title.length > 0, `${rule.code} has a title`);
      assert.equal(rule.docsUrl, `https://github.com/stowage-dev/stowage/blob/main/docs/rules/${rule.code}.md`);
      assert.ok(existsSync(path.join(ROOT, 'docs', 'rules', `${rule.code}.md`)), `docs/rules/${rule.code}.md exists`);
    }
  });

  it('follows the issue table for default severities', async () => {
    const { rules } = JSON.parse((await runCli(['rules', '--format', 'json'], ROOT)).stdout) as { rules: CatalogueEntry[] };
    const bySeverity = (severity: string): string[] => rules.filter((r) => r.defaultSeverity === severity).map((r) => r.code);
    assert.deepEqual(bySeverity('info'), ['SW107', 'SW203', 'SW211']);
    assert.deepEqual(bySeverity('warning'), ['SW101', 'SW105', 'SW106', 'SW201', 'SW208', 'SW209', 'SW210', 'SW301', 'SW401', 'SW402']);
  });

  it('prints a table in the chosen language', async () => {
    const en = await runCli(['rules'], ROOT, { LANG: 'C.UTF-8' });
    assert.match(en.stdout, /^CODE {3}SEVERITY {2}TITLE +DOCS$/m);
    assert.match(en.stdout, /^SW301 {2}warning {3}\S.* {2}https:\/\/github\.com\/stowage-dev\/stowage\/blob\/main\/docs\/rules\/SW301\.md$/m);
    const ko = await runCli(['rules', '--locale', 'ko'], ROOT);
    assert.notEqual(ko.stdout, en.stdout);
  });
});

/** Rules that speak of what the engine holds: the CLI reads no engine, so their examples run against an empty one. */
const ENGINE_RULES = new Set(['SW210']);

async function cliCodes(file: string, folder: string): Promise<string[]> {
  const result = await runCli(['check', '--format', 'json', file], folder);
  return (JSON.parse(result.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
}

/** The core's findings with a reachable engine that holds no volumes, as the language server would pass it. */
function withEmptyEngine(file: string, text: string): string[] {
  const engine = { host: 'unix:///test.sock', fresh: true, takenAt: Date.now(), volumes: new Map(), serviceVolumes: new Map() };
  return (analyze(text, { path: file, engine })?.findings ?? []).map((f) => f.code);
}

/** The fenced block after `label:` on a docs page. */
function example(page: string, label: 'Reported' | 'Quiet'): { lang: string; text: string } {
  const match = new RegExp(`^${label}:\\n\\n\`\`\`(\\w+)\\n([\\s\\S]*?)\\n\`\`\`$`, 'm').exec(page);
  assert.ok(match, `a "${label}:" example`);
  return { lang: match[1] ?? '', text: `${match[2] ?? ''}\n` };
}

const FILE_FOR: Record<string, string> = { dockerfile: 'Dockerfile', yaml: 'compose.yaml', sh: 'run.sh' };

describe('docs/rules pages', () => {
  for (const code of RULE_CODES) {
    it(`${code}: the "Reported" example is reported and the "Quiet" one is not`, async () => {
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${code}.md`), 'utf8');
      assert.match(page, new RegExp(`^# ${code}: \\S`));
      assert.match(page, /^## 한국어$/m);
      for (const [label, expected] of [['Reported', true], ['Quiet', false]] as const) {
        const { lang, text } = example(page, label);
        const file = FILE_FOR[lang];
        assert.ok(file !== undefined, `${label} example of ${code} has a known language, not ${lang}`);
        // A `static` folder beside the file, for SW208's folder-named source.
        const folder = workspace({ [file]: text, 'static/index.html': '<p>static</p>\n' });
        const codes = ENGINE_RULES.has(code) ? withEmptyEngine(path.join(folder, file), text) : await cliCodes(file, folder);
        assert.equal(codes.includes(code), expected, `${label} example of ${code} gives ${codes.join(', ') || 'nothing'}`);
        if (expected) {
          // The page's "Automatic fix" line tells the truth about --fix.
          const full = path.join(folder, file);
          const kind = detectKind(full, text);
          assert.ok(kind !== undefined);
          const findings = analyzeFile(full, text, kind, { locale: 'en', severities: {}, maxFileSize: 1 << 20, onRuleError: () => undefined })?.findings ?? [];
          const fixable = findings.some((f) => f.code === code && preferredFix(f) !== undefined);
          assert.equal(/^\| Automatic fix \| yes/m.test(page), fixable, `${code}: the page says ${fixable ? 'no' : 'yes'} to an automatic fix`);
        }
      }
    });
  }
});
