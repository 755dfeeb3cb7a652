import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { SpecProblem } from '../../../../src/core/findings';
import { parseMountFlag } from '../../../../src/core/mounts/mountFlag';
import { parseTmpfsFlag } from '../../../../src/core/mounts/tmpfsFlag';
import { parseVolumeFlag } from '../../../../src/core/mounts/volumeFlag';
import { parseVolumesFromFlag } from '../../../../src/core/mounts/volumesFromFlag';
import { commandContext, specOf } from './specHelper';

// What a real engine answered for each spec (see the file's `engine` and `note`): the parsers must report a
// problem exactly where Docker refused the spec for a reason the text shows, and stay quiet otherwise.

interface Verdict {
  readonly flag: '-v' | '--mount' | '--tmpfs' | '--volumes-from';
  readonly spec: string;
  readonly docker: 'accepted' | 'refused at create' | 'refused at start';
  readonly error?: string;
  readonly hostDependent?: boolean;
}

const root = process.env['STOWAGE_ROOT'] ?? process.cwd();
const file = path.join(root, 'test/unit/core/mounts/engineVerdicts.json');
const verdicts = (JSON.parse(readFileSync(file, 'utf8')) as { verdicts: Verdict[] }).verdicts;

function problems(flag: Verdict['flag'], value: string): readonly SpecProblem[] {
  const { spec } = specOf(value);
  switch (flag) {
    case '-v':
      return parseVolumeFlag(spec, commandContext).problems;
    case '--mount':
      return parseMountFlag(spec, commandContext).problems;
    case '--tmpfs':
      return parseTmpfsFlag(spec, commandContext).problems;
    case '--volumes-from':
      return parseVolumesFromFlag(spec).problems;
  }
}

describe('spec parsers agree with the engine', () => {
  for (const flag of ['-v', '--mount', '--tmpfs', '--volumes-from'] as const) {
    const mine = verdicts.filter((v) => v.flag === flag);
    it(`${flag}: ${mine.length} recorded verdicts`, () => {
      assert.ok(mine.length >= 15);
      const disagreements: string[] = [];
      for (const verdict of mine) {
        const found = problems(flag, verdict.spec);
        const expectRefusal = verdict.docker !== 'accepted' && verdict.hostDependent !== true;
        if (expectRefusal !== found.length > 0) {
          disagreements.push(`${flag} ${JSON.stringify(verdict.spec)}: docker ${verdict.docker}${verdict.error ? ` (${verdict.error})` : ''}; parser: ${found.map((p) => p.message.en).join(' | ') || 'no problem'}`);
        }
        if (expectRefusal && verdict.docker === 'refused at start') {
          assert.ok(found.some((p) => p.message.en.includes('fails to start')), `${verdict.spec} is refused only when the container starts`);
        }
      }
      assert.deepEqual(disagreements, []);
    });
  }
});
