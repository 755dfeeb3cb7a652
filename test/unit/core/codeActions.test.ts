import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentKind, TextEdit } from '../../../src/core';
import { analyze, LineIndex } from '../../../src/core';
import { combineFixes, computeCodeActions, equivalentMountFlag } from '../../../src/core/codeActions';

function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => lines.offsetAt(b.e.range.start) - lines.offsetAt(a.e.range.start) || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}

function actionsAt(text: string, kind: DocumentKind, needle: string, only?: string[]): { text: string; actions: ReturnType<typeof computeCodeActions> } {
  const result = analyze(text, { path: 'x', kind });
  assert.ok(result);
  const at = new LineIndex(text).positionAt(text.indexOf(needle));
  return { text, actions: computeCodeActions(result, { start: at, end: at }, only) };
}

function rewrite(line: string): string | undefined {
  const { text, actions } = actionsAt(`${line}\n`, 'shell', '-v', ['refactor']);
  const action = actions.find((a) => a.kind === 'refactor.rewrite');
  return action === undefined ? undefined : apply(text, action.edits).trimEnd();
}

describe('computeCodeActions', () => {
  describe('rewrite -v as --mount', () => {
    it('keeps the meaning of each mode word', () => {
      assert.equal(rewrite('docker run --rm -v pgdata:/var/lib/data:ro,nocopy alpine'), 'docker run --rm --mount type=volume,source=pgdata,target=/var/lib/data,readonly,volume-nocopy alpine');
      assert.equal(rewrite('docker run --rm -v /srv/site:/usr/share/nginx/html:rshared nginx'), 'docker run --rm --mount type=bind,source=/srv/site,target=/usr/share/nginx/html,bind-propagation=rshared nginx');
      assert.equal(rewrite('docker run --rm -v /scratch alpine'), 'docker run --rm --mount type=volume,target=/scratch alpine');
    });

    it('keeps --volume=, quotes and variables', () => {
      assert.equal(rewrite('docker run --rm --volume="$PWD/conf:/etc/app:ro" alpine'), 'docker run --rm --mount="type=bind,source=$PWD/conf,target=/etc/app,readonly" alpine');
      assert.equal(rewrite("docker run --rm -v 'data:/data' alpine"), "docker run --rm --mount 'type=volume,source=data,target=/data' alpine");
    });

    it('is not offered for SELinux relabelling, which --mount cannot express', () => {
      assert.equal(rewrite('docker run --rm -v /srv:/srv:z alpine'), undefined);
    });
  });

  describe('suppress and fix all', () => {
    it('suppresses with the line\'s indentation, and re-analysis drops the finding', () => {
      const text = 'services:\n  app:\n    image: nginx\n    volumes:\n      - /cache\n';
      const { actions } = actionsAt(text, 'compose', '/cache');
      const suppress = actions.find((a) => a.title.en === 'Suppress SW201 on this line');
      assert.ok(suppress, JSON.stringify(actions.map((a) => a.title.en)));
      const suppressed = apply(text, suppress.edits);
      assert.equal(suppressed, 'services:\n  app:\n    image: nginx\n    volumes:\n      # stowage-ignore SW201\n      - /cache\n');
      assert.deepEqual(analyze(suppressed, { path: 'x', kind: 'compose' })?.findings.map((f) => f.code), []);
    });

    it('fixes all findings of one rule in one edit, and offers it only when there are several', () => {
      const text = 'docker run -v /a alpine\ndocker run -v /b alpine\n';
      const { actions } = actionsAt(text, 'shell', '/a');
      const fixAll = actions.find((a) => a.title.en === 'Fix all SW301 in this file');
      assert.ok(fixAll);
      assert.equal(apply(text, fixAll.edits), 'docker run --rm -v /a alpine\ndocker run --rm -v /b alpine\n');
      const single = actionsAt('docker run -v /a alpine\n', 'shell', '/a').actions;
      assert.equal(single.some((a) => a.title.en.startsWith('Fix all SW301')), false);
    });

    it('offers source.fixAll.stowage only when asked, and applies each preferred fix once', () => {
      const text = 'docker run -v /a -v /b alpine\n';
      const { actions } = actionsAt(text, 'shell', 'docker', ['source.fixAll']);
      assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.stowage']);
      assert.equal(apply(text, actions[0]?.edits ?? []), 'docker run --rm -v /a -v /b alpine\n');
    });
  });

  it('combineFixes skips overlapping fixes and counts identical ones once', () => {
    const edit = (line: number, from: number, to: number, newText: string): TextEdit => ({ range: { start: { line, character: from }, end: { line, character: to } }, newText });
    const finding = (edits: TextEdit[]) => ({ code: 'SW301' as const, severity: 'warning' as const, message: { en: '', ko: '' }, range: edits[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, docsUrl: '', fixes: [{ title: { en: 'f', ko: 'f' }, edits, preferred: true }] });
    const combined = combineFixes([finding([edit(0, 0, 5, 'a')]), finding([edit(0, 3, 8, 'b')]), finding([edit(0, 0, 5, 'a')]), finding([edit(1, 0, 0, 'c')])]);
    assert.deepEqual(combined.map((e) => e.newText), ['a', 'c']);
  });

  it('equivalentMountFlag quotes CSV fields that hold commas', () => {
    const result = analyze('docker run --rm -v "/srv/a,b:/data" alpine\n', { path: 'x', kind: 'shell' });
    const mount = result?.document.mounts[0];
    assert.ok(mount);
    assert.equal(equivalentMountFlag(mount), 'type=bind,"source=/srv/a,b",target=/data');
  });
});
