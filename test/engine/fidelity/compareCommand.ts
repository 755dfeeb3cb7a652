// One command-line case: Docker's verdict against Stowage's findings on `docker create ARGS IMAGE`.
import { TEST_IMAGE } from '../../support/dockerd';
import type { Comparison } from './agreement';
import type { EngineVerdict } from './engineAnswer';
import type { CommandCase } from './fixture';
import { askStowage, describeFindings, errorsOf, within } from './stowageAnswer';
import type { RuleCode } from '../../../src/core/index';

const PREFIX = 'docker create ';

/** The rules whose error fits a refusal of these flags; SW305 (duplicate target) fits any of them. */
export function codesFor(args: string): RuleCode[] {
  const codes: RuleCode[] = ['SW305'];
  if (/(^|\s)(-v(?!-)|--volume(?=[\s=]))/.test(args)) codes.push('SW302');
  if (/(^|\s)--mount(?=[\s=])/.test(args)) codes.push('SW303');
  if (/(^|\s)--tmpfs(?=[\s=])/.test(args)) codes.push('SW304');
  if (/(^|\s)--volumes-from(?=[\s=])/.test(args)) codes.push('SW306');
  return codes;
}

export function groupOf(id: string): string {
  const host = id.startsWith('h-');
  const bare = host ? id.slice(2) : id;
  const group = bare.startsWith('vf-') ? '--volumes-from' : bare.startsWith('v-') ? '-v' : bare.startsWith('m-') ? '--mount' : bare.startsWith('t-') ? '--tmpfs' : 'several mounts';
  return host ? `${group} (host-dependent)` : group;
}

export function describeVerdict(verdict: EngineVerdict): string {
  if (verdict.kind === 'accepted') return 'accepted';
  return `${verdict.kind === 'host' ? 'refused for a host reason' : 'refused'} at ${verdict.phase}: ${verdict.text}`;
}

/** `args` must already have its placeholders expanded. */
export function compareCommand(testCase: CommandCase, args: string, verdict: EngineVerdict): Comparison {
  const line = `${PREFIX}${args} ${TEST_IMAGE}`;
  const answer = askStowage(line + '\n', 'x.sh', 'shell');
  const errors = errorsOf(answer);
  const base = { id: testCase.id, group: groupOf(testCase.id), text: line, docker: describeVerdict(verdict), stowage: answer.threw !== undefined ? `threw: ${answer.threw.split('\n')[0] ?? ''}` : describeFindings(answer.findings) };
  if (answer.threw !== undefined) return { ...base, agrees: false, why: 'Stowage threw' };
  if (verdict.kind !== 'refused') {
    return errors.length === 0 ? { ...base, agrees: true } : { ...base, agrees: false, why: 'Docker accepts it (or refuses only for a host reason) but Stowage reports an error' };
  }
  if (errors.length === 0) return { ...base, agrees: false, why: 'Docker refuses it but Stowage reports no error' };
  const placed = errors.filter((e) => within(e.range, 0, PREFIX.length, PREFIX.length + args.length));
  if (placed.length === 0) return { ...base, agrees: false, why: 'Stowage reports an error, but not on the spec' };
  const allowed = codesFor(testCase.args);
  if (!placed.some((e) => allowed.includes(e.code))) return { ...base, agrees: false, why: `Stowage's error has code ${placed.map((e) => e.code).join('/')}, expected one of ${allowed.join('/')}` };
  return { ...base, agrees: true };
}

export function failureMessage(c: Comparison): string {
  return `${c.why ?? ''}\n  text:    ${c.text}\n  Docker:  ${c.docker}\n  Stowage: ${c.stowage}`;
}
