// `.stowage.json` at the workspace root: the same severity map as `--rule`, shared by the team.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RuleCode, SeverityOverride } from '../core/index';
import { parseRuleSetting, UsageError } from './args';

export const CONFIG_FILE = '.stowage.json';

export interface StowageConfig {
  /** Where it was read from; undefined when there is none. */
  readonly file: string | undefined;
  readonly rules: Partial<Record<RuleCode, SeverityOverride>>;
}

/** An unreadable or malformed `.stowage.json`: exit code 2, like a usage error. */
export class ConfigError extends UsageError {}

/**
 * The nearest `.stowage.json` walking up from the first checked path, then from the cwd, so
 * `stowage check ../other-repo` uses that repository's settings.
 */
export function findConfig(paths: readonly string[], cwd: string): string | undefined {
  const starts = [...paths.slice(0, 1).map((p) => path.resolve(cwd, p)), cwd];
  for (const start of starts) {
    let folder = isFolder(start) ? start : path.dirname(start);
    for (;;) {
      const candidate = path.join(folder, CONFIG_FILE);
      if (existsSync(candidate)) return candidate;
      const parent = path.dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  return undefined;
}

export function loadConfig(paths: readonly string[], cwd: string): StowageConfig {
  const file = findConfig(paths, cwd);
  if (file === undefined) return { file, rules: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return { file, rules: parseConfig(text, file) };
}

export function parseConfig(text: string, file: string): Partial<Record<RuleCode, SeverityOverride>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(data)) throw new ConfigError(`${file} must hold an object such as {"rules": {"SW201": "off"}}`);
  for (const key of Object.keys(data)) {
    if (key !== 'rules' && key !== '$schema') throw new ConfigError(`${file}: unknown setting '${key}' (only "rules" is read)`);
  }
  const rules = data['rules'];
  if (rules === undefined) return {};
  if (!isObject(rules)) throw new ConfigError(`${file}: "rules" must be an object of CODE: severity, such as {"SW201": "off"}`);
  const result: Partial<Record<RuleCode, SeverityOverride>> = {};
  for (const [code, severity] of Object.entries(rules)) {
    if (typeof severity !== 'string') throw new ConfigError(`${file}: rules.${code} must be a string (off, hint, info, warning, error)`);
    try {
      const [ruleCode, value] = parseRuleSetting(`${code}=${severity}`, `${file}: rules`);
      result[ruleCode] = value;
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
