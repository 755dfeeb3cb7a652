// Worst case per input: every spec parser and document reader on inputs fast-check generates (arbitrary and
// syntax-shaped), reporting the slowest single input against the 50 ms budget and the median against a
// baseline of splitting the same input at ':' and ','. Reports; never fails.
import fc from 'fast-check';
import { analyze, LineIndex } from '../src/core';
import type { DocumentKind } from '../src/core';
import { parseMountFlag } from '../src/core/mounts/mountFlag';
import { verbatimSpec } from '../src/core/mounts/specText';
import { parseTmpfsFlag } from '../src/core/mounts/tmpfsFlag';
import { parseVolumeFlag } from '../src/core/mounts/volumeFlag';
import { parseVolumesFromFlag } from '../src/core/mounts/volumesFromFlag';
import { median, printTable, time } from './measure';

const samples = Number(process.env['STOWAGE_BENCH_SAMPLES'] ?? 2000);
const context = { kind: 'command', name: 'docker run' } as const;
const specChar = fc.constantFrom(...':,=/\\"\'`$ {}[]\n\t.-_~@#&|;()rwoZzcpntyesvlumba0123456789'.split(''));
const specs = fc.sample(fc.oneof(fc.string({ maxLength: 200 }), fc.array(specChar, { maxLength: 400 }).map((c) => c.join(''))), samples);
const docPieces = ['FROM a\n', 'VOLUME ', 'RUN --mount=type=cache,target=/x ', 'services:\n', '  app:\n', '    volumes:\n', '      - ', './a:/b:ro', '/data',
  'docker run -v ', '--mount type=volume,src=a,dst=/b', '\\\n', '"', "'", '${X:-/y}', '&&', '#', '```sh\n', '```\n', 'run: |\n', '\t', ':', ','];
const documents = fc.sample(fc.array(fc.constantFrom(...docPieces), { maxLength: 300 }).map((p) => p.join('')), Math.max(200, samples / 5));

function measure(inputs: readonly string[], run: (input: string) => unknown): { median: number; max: number; baseline: number } {
  for (const input of inputs.slice(0, 50)) run(input); // warm-up
  const times = inputs.map((input) => time(() => run(input)));
  const baseline = inputs.map((input) => time(() => input.split(/[:,]/)));
  return { median: median(times), max: Math.max(...times), baseline: median(baseline) };
}

const rows: string[][] = [];
const add = (name: string, r: { median: number; max: number; baseline: number }): void => {
  rows.push([name, (r.median * 1000).toFixed(1), (r.median / Math.max(r.baseline, 1e-6)).toFixed(1) + 'x', r.max.toFixed(2), '50', (r.max / 50).toFixed(3)]);
};
const spec = (value: string) => verbatimSpec(value, 0, new LineIndex(value));
add('-v', measure(specs, (v) => parseVolumeFlag(spec(v), context)));
add('--mount', measure(specs, (v) => parseMountFlag(spec(v), context)));
add('--tmpfs', measure(specs, (v) => parseTmpfsFlag(spec(v), context)));
add('--volumes-from', measure(specs, (v) => parseVolumesFromFlag(spec(v))));
const kinds: readonly [DocumentKind, string][] = [['dockerfile', 'Dockerfile'], ['compose', 'compose.yaml'], ['shell', 'run.sh'], ['makefile', 'Makefile'], ['markdown', 'README.md'], ['workflow', '.github/workflows/ci.yml']];
for (const [kind, path] of kinds) add(`${kind} document`, measure(documents, (t) => analyze(t, { path, kind })));
printTable(`Slowest single input (${samples} specs, ${documents.length} documents per reader)`, ['parser', 'median µs', 'vs split', 'max ms', 'budget ms', 'max/budget'], rows);
