// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards. Regions are 1-based and counted in UTF-16
// code units (declared with `columnKind`), which is what the core's LSP-style ranges already are.
import { pathToFileURL } from 'node:url';
import { allRules, localize, type Locale, type Rule, type Severity } from '../../core/index';
import { docsUrl } from '../../core/index';
import { INFORMATION_URI, packageVersion } from '../version';
import type { CheckedFile } from './model';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** SARIF wants `name` to be an identifier-like word: "Anonymous volume in VOLUME" → "AnonymousVolumeInVolume". */
export function ruleName(rule: Rule): string {
  const words = rule.title.en.match(/[A-Za-z0-9]+/g) ?? [rule.code];
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** A relative URI reference: `encodeURI` leaves `#` and `?` alone, which would end the path. */
export function relativeUri(displayPath: string): string {
  return encodeURI(displayPath).replace(/#/g, '%23').replace(/\?/g, '%3F');
}

export function formatSarif(files: readonly CheckedFile[], locale: Locale, cwd: string): string {
  const rules = allRules;
  const index = new Map(rules.map((rule, i) => [rule.code, i]));
  const results = [];
  for (const file of files) {
    for (const finding of file.findings) {
      const { start, end } = finding.range;
      const ruleIndex = index.get(finding.code);
      results.push({
        ruleId: finding.code,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: sarifLevel(finding.severity),
        message: { text: localize(finding.message, locale) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(file.displayPath), uriBaseId: SOURCE_ROOT },
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
      });
    }
  }
  const root = pathToFileURL(cwd).href;
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stowage',
            version: packageVersion(),
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.code,
              name: ruleName(rule),
              shortDescription: { text: localize(rule.title, locale) },
              helpUri: docsUrl(rule.code),
              defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
