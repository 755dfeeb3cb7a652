// Command-line parsing without a dependency: the grammar is small (three commands, a handful of options)
// and a usage mistake must end in exit code 2 with a hint, which is easier to guarantee by hand.
import { isRuleCode, type Locale, type RuleCode, type SeverityOverride } from '../core/index';

export type CommandName = 'check' | 'map' | 'rules';
export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly command: CommandName | 'help' | 'version' | 'lsp';
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly fix: boolean;
  /** Undefined: follow LC_ALL / LC_MESSAGES / LANG. */
  readonly locale: Locale | undefined;
  readonly maxWarnings: number | undefined;
  readonly maxFileSize: number;
  /** `--rule CODE=severity`, in the order given (a later one wins). */
  readonly rules: Partial<Record<RuleCode, SeverityOverride>>;
}

/** A mistake in the command line: exit code 2, message on stderr with a hint. */
export class UsageError extends Error {}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

const COMMANDS: readonly CommandName[] = ['check', 'map', 'rules'];
const FORMATS: Record<CommandName, readonly OutputFormat[]> = {
  check: ['text', 'json', 'sarif'],
  map: ['text', 'json'],
  rules: ['text', 'json'],
};
const SEVERITIES: readonly SeverityOverride[] = ['off', 'hint', 'info', 'warning', 'error'];
const VALUE_OPTIONS = ['--format', '--locale', '--max-warnings', '--max-file-size', '--rule'] as const;
const FLAG_OPTIONS = ['--fix', '--help', '--version'] as const;
/** Which command takes which option, so `stowage rules --fix` is a usage error rather than silently ignored. */
const ALLOWED: Record<CommandName, readonly string[]> = {
  check: ['--format', '--locale', '--max-warnings', '--max-file-size', '--rule', '--fix'],
  map: ['--format', '--locale', '--max-file-size'],
  rules: ['--format', '--locale'],
};

export function parseArgs(argv: readonly string[]): CliOptions {
  // The language server reads its own options (--stdio, --node-ipc, --socket=N, --clientProcessId=N).
  if (argv[0] === 'lsp') return { ...defaults('lsp'), paths: argv.slice(1) };
  let command: CommandName | undefined;
  const paths: string[] = [];
  const given = new Map<string, string[]>();
  let help = false;
  let version = false;
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      if (command === undefined) {
        if (!(COMMANDS as readonly string[]).includes(arg)) {
          throw new UsageError(`unknown command '${arg}'${suggestion(arg, [...COMMANDS, 'lsp'])}`);
        }
        command = arg as CommandName;
      } else {
        paths.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (arg === '-V' || arg === '--version') {
      version = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (eq > 0) throw new UsageError(`option '${name}' takes no value`);
      given.set(name, ['']);
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown option '${name}'${suggestion(name, [...VALUE_OPTIONS, ...FLAG_OPTIONS])}`);
    }
    let value: string | undefined;
    if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`option '${name}' needs a value`);
    given.set(name, [...(given.get(name) ?? []), value]);
  }

  if (version) return defaults('version');
  if (help) return { ...defaults('help'), paths: command === undefined ? [] : [command] };
  if (command === undefined) throw new UsageError('no command given: use check, map or rules');

  for (const name of given.keys()) {
    if (!ALLOWED[command].includes(name)) throw new UsageError(`option '${name}' does not apply to '${command}'`);
  }
  const last = (name: string): string | undefined => given.get(name)?.at(-1);

  const format = last('--format') ?? 'text';
  if (!(FORMATS[command] as readonly string[]).includes(format)) {
    throw new UsageError(`'${command}' cannot print '${format}': use ${FORMATS[command].join(', ')}`);
  }
  const localeText = last('--locale');
  if (localeText !== undefined && localeText !== 'en' && localeText !== 'ko') {
    throw new UsageError(`unknown locale '${localeText}': use en or ko`);
  }
  const maxWarningsText = last('--max-warnings');
  let maxWarnings: number | undefined;
  if (maxWarningsText !== undefined) {
    if (!/^\d+$/.test(maxWarningsText)) throw new UsageError(`--max-warnings needs a whole number, not '${maxWarningsText}'`);
    maxWarnings = Number(maxWarningsText);
  }
  const sizeText = last('--max-file-size');
  const maxFileSize = sizeText === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(sizeText);

  const rules: Partial<Record<RuleCode, SeverityOverride>> = {};
  for (const entry of given.get('--rule') ?? []) {
    const [code, severity] = parseRuleSetting(entry, '--rule');
    rules[code] = severity;
  }

  return {
    command,
    paths: paths.length > 0 || command === 'rules' ? paths : ['.'],
    format: format as OutputFormat,
    fix: given.has('--fix'),
    locale: localeText as Locale | undefined,
    maxWarnings,
    maxFileSize,
    rules,
  };
}

/** `SW201=off`: used by `--rule` and, through `checkSeverity`, by `.stowage.json`. */
export function parseRuleSetting(text: string, where: string): [RuleCode, SeverityOverride] {
  const match = /^([^=]+)=(.*)$/.exec(text);
  if (match === null) throw new UsageError(`${where} needs CODE=SEVERITY (e.g. SW201=off), not '${text}'`);
  const code = (match[1] ?? '').trim().toUpperCase();
  if (!isRuleCode(code)) throw new UsageError(`${where}: unknown rule '${match[1] ?? ''}' (see 'stowage rules')`);
  return [code, checkSeverity(match[2] ?? '', `${where} ${code}`)];
}

export function checkSeverity(text: string, where: string): SeverityOverride {
  if (!(SEVERITIES as readonly string[]).includes(text)) {
    throw new UsageError(`${where}: unknown severity '${text}': use ${SEVERITIES.join(', ')}`);
  }
  return text as SeverityOverride;
}

/** `2097152`, `512k`, `2MB`: sizes in bytes with an optional binary suffix. */
export function parseSize(text: string): number {
  const match = /^(\d+)\s*(b|k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
  if (match === null) throw new UsageError(`--max-file-size needs a size such as 2MB or 500k, not '${text}'`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Number(match[1]) * factor;
}

function defaults(command: CliOptions['command']): CliOptions {
  return { command, paths: [], format: 'text', fix: false, locale: undefined, maxWarnings: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, rules: {} };
}

/** `; did you mean '--format'?` for a near miss (at most two edits away). */
function suggestion(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? '' : `; did you mean '${best}'?`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export const USAGE = `Usage: stowage <command> [options] [PATH...]

Commands:
  check [PATH...]   report storage problems in Dockerfiles, Compose files, scripts, Makefiles,
                    Markdown and GitHub workflows (folders are walked; .gitignore is honoured)
  map [PATH...]     list every mount: file, context, type, source, target, read-only
  rules             list the rules with their default severity and docs page
  lsp --stdio       run the language server (for editors other than VS Code)

Options:
  --format FORMAT        check: text (default), json, sarif; map and rules: text, json
  --fix                  check: apply each finding's preferred fix, then report what is left
  --rule CODE=SEVERITY   check: override a rule (off, hint, info, warning, error); repeatable
  --max-warnings N       check: exit 1 when there are more than N warnings
  --max-file-size SIZE   skip larger files (default 2MB; e.g. 500k, 4MB)
  --locale en|ko         message language (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help             show this help
  -V, --version          print the version

Settings: a .stowage.json ({"rules": {"SW201": "off"}}) found in the checked folder or above it;
--rule wins over it. Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error or
a path that does not exist.
Docs: https://github.com/stowage-dev/stowage/blob/main/docs/cli.md`;
