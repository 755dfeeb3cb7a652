import type { MountContext } from './mount';

/**
 * Podman reads the same flags with its own, larger vocabulary (`:U`, `:O`, `idmap`, `type=glob`,
 * `tmpcopyup`...). Docker's refusals of words and keys would be false there, so for a Podman command the
 * parsers keep only the structural checks both engines share.
 */
export function isPodman(context: MountContext): boolean {
  return context.kind === 'command' && /^podman(?:\s|$)/.test(context.name);
}
