// Which flags of `docker run|create` take a value, so the image argument (the first non-flag word) is found
// where the docker CLI finds it. From docker/cli cli/command/container/opts.go, run.go and create.go, plus
// Podman's boolean flags. Every other flag takes a value, as in pflag.

/** Boolean long flags of `docker run|create` (and Podman's): they never consume the next word. */
const RUN_BOOLEAN_FLAGS = new Set([
  'detach', 'interactive', 'tty', 'privileged', 'publish-all', 'read-only', 'rm', 'init', 'no-healthcheck',
  'oom-kill-disable', 'sig-proxy', 'quiet', 'disable-content-trust', 'help', 'use-api-socket',
  // Podman
  'replace', 'rmi', 'read-only-tmpfs', 'no-hosts', 'http-proxy', 'tls-verify', 'passwd', 'env-host', 'rootfs',
  'privileged', 'systemd-always', 'no-healthcheck',
]);

/** Boolean shorthand flags: -d, -i, -t, -P, -q. Every other shorthand (-v, -e, -p, -u, -w...) takes a value. */
const RUN_BOOLEAN_SHORTHANDS = new Set(['d', 'i', 't', 'P', 'q']);

export function isBooleanLongFlag(name: string): boolean {
  return RUN_BOOLEAN_FLAGS.has(name);
}

export function isBooleanShorthand(letter: string): boolean {
  return RUN_BOOLEAN_SHORTHANDS.has(letter);
}

/** The storage flags and the rule that reports their problems. */
export type StorageFlag = 'volume' | 'mount' | 'tmpfs' | 'volumes-from';

export function storageFlagOf(name: string): StorageFlag | undefined {
  switch (name) {
    case 'v':
    case 'volume':
      return 'volume';
    case 'mount':
    case 'tmpfs':
    case 'volumes-from':
      return name;
    default:
      return undefined;
  }
}

/** Options of the `docker`/`podman` program itself that take a value (`docker -H host run ...`). */
const GLOBAL_VALUE_FLAGS = new Set([
  '-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey',
  // Podman
  '--connection', '--url', '--identity', '--root', '--runroot', '--storage-driver', '--cgroup-manager',
  '--network-cmd-path', '--runtime', '--tmpdir', '--events-backend', '--storage-opt', '--module',
]);

export function globalFlagTakesValue(word: string): boolean {
  return !word.includes('=') && GLOBAL_VALUE_FLAGS.has(word);
}

/** `sudo` options that take a value (`sudo -u deploy docker run ...`). */
const SUDO_VALUE_FLAGS = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '-R', '--user', '--group', '--host', '--prompt', '--close-from', '--chdir', '--role', '--type', '--other-user', '--command-timeout', '--chroot']);

export function sudoFlagTakesValue(word: string): boolean {
  return !word.includes('=') && SUDO_VALUE_FLAGS.has(word);
}

/** Go's strconv.ParseBool, which pflag uses for `--rm=VALUE`. */
export function parseGoBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** The long names of docker run's shorthands (docker/cli cli/command/container/opts.go). */
const SHORTHAND_NAMES: Readonly<Record<string, string>> = {
  a: 'attach', c: 'cpu-shares', d: 'detach', e: 'env', h: 'hostname', i: 'interactive', l: 'label', m: 'memory',
  p: 'publish', P: 'publish-all', q: 'quiet', t: 'tty', u: 'user', v: 'volume', w: 'workdir', f: 'force',
};

export function longNameOf(letter: string): string {
  return SHORTHAND_NAMES[letter] ?? letter;
}
