import assert from 'node:assert/strict';
import type { SpecProblem } from '../../../../src/core/findings';
import type { MountContext } from '../../../../src/core/mounts/mount';
import { verbatimSpec, type SpecText } from '../../../../src/core/mounts/specText';
import { LineIndex, range, type Range } from '../../../../src/core/text';

export const commandContext: MountContext = { kind: 'command', name: 'docker run img' };

export interface SpecUnderTest {
  readonly spec: SpecText;
  /** Document range of the `nth` occurrence of `part` in the spec value. */
  at(part: string, nth?: number): Range;
}

/** A spec written verbatim after `prefix` on the second line of a small document. */
export function specOf(value: string, prefix = 'docker run -v '): SpecUnderTest {
  const text = `#!/bin/sh\n${prefix}${value} img\n`;
  const lines = new LineIndex(text);
  const offset = '#!/bin/sh\n'.length + prefix.length;
  return {
    spec: verbatimSpec(value, offset, lines),
    at(part: string, nth = 1): Range {
      let index = -1;
      for (let i = 0; i < nth; i++) {
        index = value.indexOf(part, index + 1);
        assert.ok(index >= 0, `"${part}" occurs ${nth} times in "${value}"`);
      }
      return range(1, prefix.length + index, 1, prefix.length + index + part.length);
    },
  };
}

/** One problem at `expected`, whose English message contains every one of `texts` and whose Korean is set. */
export function assertOneProblem(problems: readonly SpecProblem[], expected: Range, ...texts: string[]): void {
  assert.equal(problems.length, 1, `expected one problem, got ${JSON.stringify(problems.map((p) => p.message.en))}`);
  const [problem] = problems;
  assert.ok(problem !== undefined);
  assert.deepEqual(problem.range, expected);
  for (const text of texts) assert.ok(problem.message.en.includes(text), `"${problem.message.en}" should contain "${text}"`);
  assert.ok(problem.message.ko.length > 0 && problem.message.ko !== problem.message.en, 'a Korean message');
}

export function assertNoProblems(problems: readonly SpecProblem[]): void {
  assert.deepEqual(problems.map((p) => p.message.en), []);
}
