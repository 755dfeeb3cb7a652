// Analysis against bare parsing with the same parser, on large generated inputs (DESIGN.md's budget:
// analysis at most 1.5x parsing alone), and the CLI on the examples. Reports; never fails.
import { DockerfileParser } from 'dockerfile-ast';
import { parseDocument } from 'yaml';
import { analyze } from '../src/core';
import { tokenize } from '../src/core/sources/commandLine/tokenize';
import { largeCompose, largeDockerfile, largeScript } from './generate';
import { median, printTable, time } from './measure';

const runs = Number(process.env['STOWAGE_BENCH_RUNS'] ?? 15);

const cases = [
  { name: 'Dockerfile, 2,000 instructions', path: 'Dockerfile', text: largeDockerfile(2000), parse: (t: string) => DockerfileParser.parse(t) },
  { name: 'compose.yaml, 5,000 lines', path: 'compose.yaml', text: largeCompose(5000), parse: (t: string) => parseDocument(t, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: true }) },
  { name: 'deploy.sh, 2,000 lines', path: 'deploy.sh', text: largeScript(2000), parse: (t: string) => tokenize(t) },
];

const rows: string[][] = [];
for (const c of cases) {
  // Warm up both paths so the JIT has seen them before anything is timed.
  for (let i = 0; i < 3; i++) {
    c.parse(c.text);
    analyze(c.text, { path: c.path });
  }
  const parseTimes: number[] = [];
  const analyzeTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    parseTimes.push(time(() => c.parse(c.text)));
    analyzeTimes.push(time(() => (findings = analyze(c.text, { path: c.path })?.findings.length ?? 0)));
  }
  const parse = median(parseTimes);
  const analysis = median(analyzeTimes);
  rows.push([c.name, parse.toFixed(1), analysis.toFixed(1), (analysis / parse).toFixed(2) + 'x', '1.50x', String(findings)]);
}
printTable('Analysis vs bare parse (median of ' + runs + ' runs, ms)', ['input', 'parse', 'analyze', 'ratio', 'budget', 'findings'], rows);
