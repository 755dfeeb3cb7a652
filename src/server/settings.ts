// Stowage settings as the server reads them: pulled per resource through workspace/configuration, read
// defensively (a hand-edited settings.json can hold anything), cached until the client says they changed.
import type { DocumentKind, RuleCode, SeverityOverride } from '../core';
import { isRuleCode } from '../core';

export interface StowageSettings {
  readonly enable: boolean;
  readonly rules: Partial<Record<RuleCode, SeverityOverride>>;
  readonly languages: Readonly<Record<DocumentKind, boolean>>;
  /** `stowage.codeLens.enable`: the mount summary above each Compose service's `volumes:`. */
  readonly codeLens: boolean;
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['dockerfile', 'compose', 'shell', 'makefile', 'markdown', 'workflow'];

export const DEFAULT_SETTINGS: StowageSettings = {
  enable: true,
  rules: {},
  languages: { dockerfile: true, compose: true, shell: true, makefile: true, markdown: true, workflow: true },
  codeLens: true,
};

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the `stowage` section; anything missing or malformed falls back to the default. */
export function readSettings(section: unknown): StowageSettings {
  if (!isRecord(section)) return DEFAULT_SETTINGS;
  const rules: Partial<Record<RuleCode, SeverityOverride>> = {};
  if (isRecord(section['rules'])) {
    for (const [code, severity] of Object.entries(section['rules'])) {
      const upper = code.toUpperCase();
      if (isRuleCode(upper) && typeof severity === 'string' && SEVERITIES.has(severity)) rules[upper] = severity as SeverityOverride;
    }
  }
  const languages = { ...DEFAULT_SETTINGS.languages };
  if (isRecord(section['languages'])) {
    for (const kind of DOCUMENT_KINDS) {
      const value = section['languages'][kind];
      if (typeof value === 'boolean') languages[kind] = value;
    }
  }
  const codeLens = isRecord(section['codeLens']) && typeof section['codeLens']['enable'] === 'boolean' ? section['codeLens']['enable'] : true;
  return { enable: typeof section['enable'] === 'boolean' ? section['enable'] : true, rules, languages, codeLens };
}
