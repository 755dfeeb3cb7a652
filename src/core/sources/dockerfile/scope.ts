// ARG and ENV scoping as Docker applies it: ARGs before the first FROM are global, and a stage sees a
// global ARG only after declaring it again (`ARG NAME`, which takes the global default). ENV values
// win over ARGs of the same name, and a stage built FROM an earlier stage inherits its ENV, not its ARGs.
import type { VariableLookup } from './wordExpansion';

/** Platform ARGs BuildKit defines in the global scope; a stage still has to declare them to see them. */
export const AUTOMATIC_PLATFORM_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
] as const;

/** Docker sets PATH when the image has none, so `$PATH` is never empty. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export class GlobalScope {
  /** `null`: declared without a default. */
  readonly args = new Map<string, string | null>(AUTOMATIC_PLATFORM_ARGS.map((name) => [name, null]));

  readonly lookup: VariableLookup = (name) => this.args.get(name);
}

export class StageScope {
  readonly args = new Map<string, string | null>();
  readonly env: Map<string, string>;
  workdir: string | undefined;

  constructor(
    private readonly global: GlobalScope,
    parent?: StageScope,
  ) {
    this.env = new Map(parent?.env ?? []);
    this.workdir = parent?.workdir;
  }

  readonly lookup: VariableLookup = (name) => {
    const env = this.env.get(name);
    if (env !== undefined) return env;
    const arg = this.args.get(name);
    if (arg !== undefined) return arg;
    return name === 'PATH' ? DEFAULT_PATH : undefined;
  };

  /** `ARG NAME` without a value takes the global default, when there is one. */
  declareArg(name: string, value: string | undefined): void {
    this.args.set(name, value ?? this.global.args.get(name) ?? null);
  }

  /** A name only a global ARG declares: the stage does not see it. */
  readonly isGlobalOnly = (name: string): boolean => this.global.args.has(name) && this.lookup(name) === undefined;
}
