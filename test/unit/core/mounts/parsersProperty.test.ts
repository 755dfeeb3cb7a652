import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseMountFlag } from '../../../../src/core/mounts/mountFlag';
import { parseTmpfsFlag } from '../../../../src/core/mounts/tmpfsFlag';
import { parseVolumeFlag } from '../../../../src/core/mounts/volumeFlag';
import { parseVolumesFromFlag } from '../../../../src/core/mounts/volumesFromFlag';
import { commandContext, specOf } from './specHelper';

// Spec-like text: the characters the four syntaxes give meaning to, plus some noise.
const specText = fc.string({ unit: fc.constantFrom(':', ',', '=', '"', '/', '\\', '.', '~', '$', '{', '}', '(', ')', '`', ' ', 'a', 'Z', 'r', 'o', 'w', '1', 'C', '%'), maxLength: 60 });

const parsers = {
  '-v': (v: string) => parseVolumeFlag(specOf(v).spec, commandContext).problems,
  '--mount': (v: string) => parseMountFlag(specOf(v).spec, commandContext).problems,
  '--tmpfs': (v: string) => parseTmpfsFlag(specOf(v).spec, commandContext).problems,
  '--volumes-from': (v: string) => parseVolumesFromFlag(specOf(v).spec).problems,
};

// How long each input takes is measured by bench/parsers.bench.ts, not asserted here.
describe('spec parsers on arbitrary input', () => {
  for (const [flag, parse] of Object.entries(parsers)) {
    it(`${flag} never throws and keeps every problem on the spec's line`, () => {
      fc.assert(
        fc.property(fc.oneof(specText, fc.string({ maxLength: 80 })), (value) => {
          const problems = parse(value);
          for (const p of problems) {
            assert.equal(p.range.start.line, 1);
            assert.ok(p.range.start.character <= p.range.end.character);
            assert.ok(p.message.en.length > 0 && p.message.ko.length > 0);
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});
