import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { formatSarif, relativeUri, ruleName, sarifLevel } from '../../../../src/cli/format/sarif';
import { allRules, type Rule } from '../../../../src/core/index';
import { ROOT, runCli } from '../support';
import { sampleFiles } from './sample';

interface Validator {
  (data: unknown): boolean;
  errors?: unknown;
}

/**
 * The SARIF 2.1.0 schema as published (draft-04), shipped by the devDependency @microsoft/jest-sarif,
 * compiled with ajv's draft-04 class (devDependency ajv-draft-04).
 */
function sarifValidator(): Validator {
  const load = createRequire(path.join(ROOT, 'package.json'));
  let schema: object;
  let Ajv04: new (options: object) => { compile(schema: object): Validator; addFormat(name: string, test: (value: string) => boolean): unknown };
  try {
    schema = load('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    const module = load('ajv-draft-04') as { default?: typeof Ajv04 } & typeof Ajv04;
    Ajv04 = module.default ?? module;
  } catch (error) {
    assert.fail(`the SARIF schema test needs the devDependencies @microsoft/jest-sarif and ajv-draft-04 (npm install): ${String(error)}`);
  }
  // unicodeRegExp: the published schema has a pattern (`language`) that only compiles without the u flag.
  const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (value) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value) => !Number.isNaN(Date.parse(value)));
  return ajv.compile(schema);
}

describe('formatSarif', () => {
  const cwd = path.join(ROOT, 'examples');
  const log = JSON.parse(formatSarif(sampleFiles, 'en', cwd));

  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    // The validator is not a rubber stamp: a wrong level is refused.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'severe';
    assert.equal(validate(broken), false);
  });

  it('describes the tool and every rule with its docs page and default level', () => {
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'stowage');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.equal(driver.informationUri, 'https://github.com/stowage-dev/stowage');
    assert.equal(driver.rules.length, allRules.length);
    allRules.forEach((rule, i) => {
      assert.deepEqual(driver.rules[i], {
        id: rule.code,
        name: ruleName(rule),
        shortDescription: { text: rule.title.en },
        helpUri: `https://github.com/stowage-dev/stowage/blob/main/docs/rules/${rule.code}.md`,
        defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
      });
    });
  });

  it('gives each result a 1-based region and a relative uri under %SRCROOT%', () => {
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(cwd).href + '/' } });
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.results.length, 3);
    const [first, second, third] = run.results;
    assert.equal(first.ruleId, 'SW301');
    assert.equal(first.level, 'warning');
    assert.deepEqual(first.message, { text: 'anonymous volume left behind' });
    assert.deepEqual(first.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: 'scripts/deploy.sh', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 13, endLine: 2, endColumn: 22 },
        },
      },
    ]);
    assert.equal(second.level, 'error');
    assert.equal(third.level, 'note');
    assert.deepEqual(third.locations[0].physicalLocation.region, { startLine: 2, startColumn: 1, endLine: 3, endColumn: 1 });
    for (const result of run.results) {
      if (result.ruleIndex !== undefined) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    }
  });

  it('maps severities to SARIF levels and titles to identifier-like names', () => {
    assert.deepEqual(['error', 'warning', 'info', 'hint'].map((s) => sarifLevel(s as 'error')), ['error', 'warning', 'note', 'note']);
    const rule = { code: 'SW101', title: { en: 'Anonymous volume in a `VOLUME` instruction', ko: '' } } as unknown as Rule;
    assert.equal(ruleName(rule), 'AnonymousVolumeInAVOLUMEInstruction');
  });

  it('validates for a real run over examples/, with every result pointing at its rule', async () => {
    const result = await runCli(['check', '--format', 'sarif'], path.join(ROOT, 'examples'));
    const real = JSON.parse(result.stdout);
    const validate = sarifValidator();
    assert.equal(validate(real), true, JSON.stringify(validate.errors, null, 2));
    const run = real.runs[0];
    assert.ok(run.results.length > 0);
    for (const r of run.results) {
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      assert.ok(r.locations[0].physicalLocation.region.startLine >= 1);
    }
  });

  it('escapes characters that would end a relative URI', () => {
    assert.equal(relativeUri('docs/run #1/it?.sh'), 'docs/run%20%231/it%3F.sh');
  });
});
