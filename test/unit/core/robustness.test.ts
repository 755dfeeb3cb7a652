// Property tests: no reader or spec parser throws on arbitrary or mutated input. (How long each takes is
// measured by `npm run bench`, not asserted here.)
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze, LineIndex } from '../../../src/core';
import type { DocumentKind } from '../../../src/core';
import { verbatimSpec } from '../../../src/core/mounts/specText';
import { parseMountFlag } from '../../../src/core/mounts/mountFlag';
import { parseTmpfsFlag } from '../../../src/core/mounts/tmpfsFlag';
import { parseVolumeFlag } from '../../../src/core/mounts/volumeFlag';
import { parseVolumesFromFlag } from '../../../src/core/mounts/volumesFromFlag';

const root = process.env['STOWAGE_ROOT'] ?? process.cwd();
const context = { kind: 'command', name: 'docker run' } as const;
const runs = Number(process.env['STOWAGE_PROPERTY_RUNS'] ?? 300);

/** Characters that matter to the syntaxes, so random input reaches deep into the parsers. */
const specChar = fc.constantFrom(...':,=/\\"\'`$ {}[]\n\t.-_~@#&|;()rwoZzcpntyesvlumba0123456789'.split(''));
const specString = fc.array(specChar, { maxLength: 80 }).map((chars) => chars.join(''));

function examples(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry);
      if (entry === 'node_modules') continue;
      if (!entry.includes('.') || /\.(ya?ml|sh|md|mk)$/.test(entry) || /Dockerfile|Makefile/.test(entry)) {
        try {
          out.push({ file: full, text: readFileSync(full, 'utf8') });
        } catch {
          walk(full);
        }
      }
    }
  };
  walk(path.join(root, 'examples'));
  walk(path.join(root, 'test', 'fixtures'));
  return out;
}

const kinds: readonly { kind: DocumentKind; path: string }[] = [
  { kind: 'dockerfile', path: 'Dockerfile' },
  { kind: 'compose', path: 'compose.yaml' },
  { kind: 'shell', path: 'run.sh' },
  { kind: 'makefile', path: 'Makefile' },
  { kind: 'markdown', path: 'README.md' },
  { kind: 'workflow', path: '.github/workflows/ci.yml' },
];

describe('robustness', () => {
  it('spec parsers never throw on arbitrary specs', () => {
    fc.assert(
      fc.property(specString, (value) => {
        const lines = new LineIndex(value);
        const spec = verbatimSpec(value, 0, lines);
        parseVolumeFlag(spec, context);
        parseMountFlag(spec, context);
        parseTmpfsFlag(spec, context);
        parseVolumesFromFlag(spec);
      }),
      { numRuns: runs * 4 },
    );
  });

  for (const { kind, path: file } of kinds) {
    it(`the ${kind} reader and its rules never throw on arbitrary text`, () => {
      fc.assert(
        fc.property(specString, fc.string({ maxLength: 40 }), (a, b) => {
          const errors: unknown[] = [];
          analyze(`${a}\n${b}`, { path: file, kind, onRuleError: (_code, error) => errors.push(error) });
          assert.deepEqual(errors, []);
        }),
        { numRuns: runs },
      );
    });
  }

  it('every reader survives mutations of the examples and fixtures', () => {
    const corpus = examples();
    assert.ok(corpus.length > 0, 'no example or fixture files found');
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus),
        fc.nat(),
        fc.nat({ max: 20 }),
        specString,
        ({ file, text }, at, cut, insert) => {
          const offset = text.length === 0 ? 0 : at % text.length;
          const mutated = text.slice(0, offset) + insert + text.slice(offset + cut);
          const errors: unknown[] = [];
          for (const { kind, path: p } of kinds) {
            analyze(mutated, { path: file.endsWith(p) ? file : p, kind, onRuleError: (_code, error) => errors.push(error) });
          }
          assert.deepEqual(errors, []);
        },
      ),
      { numRuns: runs },
    );
  });
});
