import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from '../../../src/core';
import { analyze } from '../../../src/core';
import { computeCompletions } from '../../../src/core/completion';
import { computeHover } from '../../../src/core/hover';
import { Analyses } from '../../../src/server/analyses';
import { DEFAULT_SETTINGS } from '../../../src/server/settings';

const DIR = 'file:///nonexistent-stowage-test';
const quiet = { info: (): void => undefined, error: (): void => undefined };

function endOf(text: string): Position {
  const lines = text.split('\n');
  const last = lines.length - 1;
  return { line: last, character: (lines[last] ?? '').length };
}

/** An analysis of `before` cached, then the document changed to `after` without a new analysis. */
function typed(file: string, languageId: string, before: string, after: string): { analyses: Analyses; document: TextDocument } {
  const analyses = new Analyses(quiet, () => undefined);
  const document = TextDocument.create(`${DIR}/${file}`, languageId, 1, before);
  analyses.get(document, DEFAULT_SETTINGS);
  TextDocument.update(document, [{ text: after }], 2);
  return { analyses, document };
}

function fresh(document: TextDocument, kind: 'shell' | 'compose' | 'dockerfile') {
  const result = analyze(document.getText(), { path: `/nonexistent-stowage-test/${document.uri.split('/').pop() ?? ''}`, kind });
  assert.ok(result !== undefined);
  return result;
}

describe('Analyses.forCompletion', () => {
  const cases = [
    {
      name: 'a --mount source being typed in a shell script',
      file: 'deploy.sh', languageId: 'shellscript', kind: 'shell' as const,
      before: 'docker volume create cache\ndocker run -v data:/data alpine\ndocker run --mount type=volume,s',
      after: 'docker volume create cache\ndocker run -v data:/data alpine\ndocker run --mount type=volume,source=',
      expected: ['cache', 'data'],
    },
    {
      name: 'a -v name shortened with backspace (the longer name is gone)',
      file: 'deploy.sh', languageId: 'shellscript', kind: 'shell' as const,
      before: 'docker run -v cache:/c alpine\ndocker run -v data',
      after: 'docker run -v cache:/c alpine\ndocker run -v dat',
      expected: [],
    },
    {
      name: 'a Compose long-syntax source',
      file: 'compose.yaml', languageId: 'dockercompose', kind: 'compose' as const,
      before: 'services:\n  db:\n    image: postgres\n    volumes:\n      - type: volume\n        source:\nvolumes:\n  pgdata: {}\n  cache: {}\n',
      after: 'services:\n  db:\n    image: postgres\n    volumes:\n      - type: volume\n        source: \nvolumes:\n  pgdata: {}\n  cache: {}\n',
      at: { line: 5, character: 16 },
      expected: ['cache', 'pgdata'],
    },
    {
      name: 'a RUN --mount key in a Dockerfile',
      file: 'Dockerfile', languageId: 'dockerfile', kind: 'dockerfile' as const,
      before: 'FROM alpine\nRUN --mount=type=cache,',
      after: 'FROM alpine\nRUN --mount=type=cache,t',
      expected: ['target'],
    },
  ];
  for (const c of cases) {
    it(`answers ${c.name} as a fresh analysis would, without analysing`, () => {
      const { analyses, document } = typed(c.file, c.languageId, c.before, c.after);
      const runs = analyses.runs;
      const at = c.at ?? endOf(c.after);
      const stale = analyses.forCompletion(document, DEFAULT_SETTINGS);
      assert.ok(stale !== undefined);
      assert.equal(analyses.runs, runs);
      const answered = computeCompletions(stale, at);
      assert.deepEqual(answered, computeCompletions(fresh(document, c.kind).document, at));
      assert.deepEqual(answered.map((a) => a.label).filter((l) => c.expected.includes(l)).sort(), [...c.expected].sort());
    });
  }

  it('analyses pasted text, whose names the previous models cannot know', () => {
    const before = 'docker volume create cache\ndocker run -v ';
    const after = 'docker volume create cache\ndocker run -v logs:/var/log/app --name log-collector --restart unless-stopped busybox:1.36\ndocker run -v ';
    const { analyses, document } = typed('deploy.sh', 'shellscript', before, after);
    const runs = analyses.runs;
    const answered = analyses.forCompletion(document, DEFAULT_SETTINGS);
    assert.ok(answered !== undefined);
    assert.equal(analyses.runs, runs + 1);
    assert.deepEqual(computeCompletions(answered, endOf(after)).map((c) => c.label), ['cache', 'logs']);
  });

  it('analyses once when nothing was analysed yet, then reuses it', () => {
    const analyses = new Analyses(quiet, () => undefined);
    const document = TextDocument.create(`${DIR}/deploy.sh`, 'shellscript', 1, 'docker run -v data:/d alpine\ndocker run -v d');
    const first = analyses.forCompletion(document, DEFAULT_SETTINGS);
    assert.equal(analyses.runs, 1);
    assert.equal(analyses.forCompletion(document, DEFAULT_SETTINGS), first);
    assert.equal(analyses.get(document, DEFAULT_SETTINGS)?.document, first);
    assert.equal(analyses.runs, 1);
  });
});

describe('Analyses.forHover', () => {
  const before = 'docker run -v data:/data alpine\n\necho done\n';
  // What the editor shows: the hover's range and text.
  const shown = (hover: { range: unknown; contents: unknown } | undefined) => (hover === undefined ? undefined : { range: hover.range, contents: hover.contents });
  const hoverAt = (analyses: Analyses, document: TextDocument, position: Position) =>
    analyses.forHover(document, DEFAULT_SETTINGS, position, (result, at) => computeHover(result.document, at));

  it('answers from the previous analysis when the hovered range ends before the edit', () => {
    const { analyses, document } = typed('deploy.sh', 'shellscript', before, `${before}docker run --rm alpine\n`);
    const runs = analyses.runs;
    const position = { line: 0, character: 15 };
    const hover = hoverAt(analyses, document, position);
    assert.equal(analyses.runs, runs);
    assert.ok(hover !== undefined);
    assert.deepEqual(hover.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 18 } });
    assert.deepEqual(shown(hover), shown(computeHover(fresh(document, 'shell').document, position)));
  });

  it('analyses the new text when the edit is inside the hovered range', () => {
    const { analyses, document } = typed('deploy.sh', 'shellscript', before, before.replace('data:', 'datum:'));
    const runs = analyses.runs;
    const position = { line: 0, character: 15 };
    const hover = hoverAt(analyses, document, position);
    assert.equal(analyses.runs, runs + 1);
    assert.ok(hover !== undefined);
    assert.deepEqual(hover.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 19 } });
    assert.deepEqual(shown(hover), shown(computeHover(fresh(document, 'shell').document, position)));
  });

  it('analyses the new text when the edit starts right where the hovered range ends (the word grew)', () => {
    const { analyses, document } = typed('deploy.sh', 'shellscript', before, before.replace('data:', 'data2:'));
    const runs = analyses.runs;
    const hover = hoverAt(analyses, document, { line: 0, character: 15 });
    assert.equal(analyses.runs, runs + 1);
    assert.deepEqual(hover?.range.end, { line: 0, character: 19 });
  });

  it('answers from the previous analysis on lines after the edit, shifted by the lines it added', () => {
    const { analyses, document } = typed('deploy.sh', 'shellscript', before, `echo one\necho two\n${before}`);
    const runs = analyses.runs;
    const position = { line: 2, character: 15 };
    const hover = hoverAt(analyses, document, position);
    assert.equal(analyses.runs, runs);
    assert.deepEqual(hover?.range, { start: { line: 2, character: 14 }, end: { line: 2, character: 18 } });
    assert.deepEqual(shown(hover), shown(computeHover(fresh(document, 'shell').document, position)));
  });

  it('analyses the new text when the edit is elsewhere in the command around the hovered range', () => {
    const continued = 'docker run \\\n  -v data:/data alpine\n';
    const { analyses, document } = typed('deploy.sh', 'shellscript', continued, continued.replace('run', 'run --rm'));
    const runs = analyses.runs;
    const position = { line: 1, character: 7 };
    const hover = hoverAt(analyses, document, position);
    assert.equal(analyses.runs, runs + 1);
    assert.deepEqual(shown(hover), shown(computeHover(fresh(document, 'shell').document, position)));
  });

  it('analyses each version once, whoever asks first', () => {
    const { analyses, document } = typed('deploy.sh', 'shellscript', before, before.replace('data:', 'datum:'));
    const runs = analyses.runs;
    hoverAt(analyses, document, { line: 0, character: 15 });
    analyses.get(document, DEFAULT_SETTINGS);
    analyses.forCompletion(document, DEFAULT_SETTINGS);
    hoverAt(analyses, document, { line: 0, character: 15 });
    assert.equal(analyses.runs, runs + 1);
  });
});
