import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, at, findingsOf, readFixture } from './fixture';

describe('SW103 malformed VOLUME', () => {
  const findings = findingsOf('SW103', readFixture('malformed-json'));

  it('reports arrays Docker falls back on, with the path it records', () => {
    assert.equal(at(findings[0]), '1:7-1:15');
    assert.equal(findings[0]?.message.en, 'The VOLUME JSON array is malformed: Docker reads the line as plain words and records `[/data`.');
    assert.equal(at(findings[1]), '2:7-2:14');
    assert.match(findings[1]?.message.en ?? '', /records `\[\/a,\]`\.$/);
  });
  it("quotes Docker's refusals: non-string elements, an empty array, an unbalanced quote", () => {
    assert.equal(at(findings[2]), '3:7-3:10');
    assert.match(findings[2]?.message.en ?? '', /"when using JSON array syntax, arrays must be comprised of strings only"; the build fails/);
    assert.equal(at(findings[3]), '4:7-4:9');
    assert.match(findings[3]?.message.en ?? '', /"VOLUME requires at least one argument"/);
    assert.equal(at(findings[4]), '5:7-5:11');
    assert.match(findings[4]?.message.en ?? '', /unexpected end of statement while looking for matching double-quote.*JSON form/);
    assert.equal(findings.length, 5);
  });
  it('rewrites one quoted path with spaces into the JSON form', () => {
    const text = 'FROM busybox\nVOLUME "/my data"\n';
    const finding = findingsOf('SW103', text)[0];
    assert.ok(finding !== undefined);
    assert.equal(applyFix(text, finding), 'FROM busybox\nVOLUME ["/my data"]\n');
  });
  it('reports an empty JSON path', () => {
    const findings = findingsOf('SW103', 'FROM busybox\nVOLUME ["/a", " "]\n');
    assert.equal(at(findings[0]), '1:14-1:17');
    assert.match(findings[0]?.message.en ?? '', /"VOLUME specified can not be an empty string"/);
  });
  it('reports a VOLUME without a path at the keyword', () => {
    const findings = findingsOf('SW103', 'FROM busybox\nVOLUME\n');
    assert.equal(at(findings[0]), '1:0-1:6');
    assert.match(findings[0]?.message.en ?? '', /"VOLUME requires at least one argument"/);
  });
  it('stays quiet for well-formed VOLUME lines', () => {
    assert.deepEqual(findingsOf('SW103', 'FROM busybox\nVOLUME ["/a", "/b c"]\nVOLUME /d /e\nVOLUME "/f"\n'), []);
  });
});
