import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyPreferredFixes, preferredFix } from '../../../src/cli/fix';
import { range, type Finding, type Fix, type RuleCode } from '../../../src/core/index';

function finding(code: RuleCode, fixes: Fix[]): Finding {
  return { code, severity: 'warning', message: { en: 'm', ko: 'm' }, range: range(0, 0, 0, 1), fixes, docsUrl: '' };
}
function fix(preferred: boolean, ...edits: [number, number, number, number, string][]): Fix {
  return {
    title: { en: 't', ko: 't' },
    preferred,
    edits: edits.map(([sl, sc, el, ec, newText]) => ({ range: range(sl, sc, el, ec), newText })),
  };
}

describe('preferredFix', () => {
  it('picks the fix marked preferred, or the only one, never a guess among several', () => {
    const chosen = fix(true, [0, 0, 0, 0, 'x']);
    const only = fix(false, [0, 0, 0, 0, 'y']);
    assert.equal(preferredFix(finding('SW301', [only, chosen])), chosen);
    assert.equal(preferredFix(finding('SW301', [only])), only);
    assert.equal(preferredFix(finding('SW301', [only, fix(false, [0, 1, 0, 1, 'z'])])), undefined);
    assert.equal(preferredFix(finding('SW301', [fix(true)])), undefined, 'a fix without edits is no fix');
  });
});

describe('applyPreferredFixes', () => {
  it('applies edits from the end backwards so earlier positions stay valid', () => {
    const text = 'docker run -v /a alpine\ndocker run -v /b alpine\n';
    const result = applyPreferredFixes(text, [
      finding('SW301', [fix(true, [0, 11, 0, 11, '--rm '])]),
      finding('SW301', [fix(true, [1, 11, 1, 11, '--rm '])]),
    ]);
    assert.equal(result.text, 'docker run --rm -v /a alpine\ndocker run --rm -v /b alpine\n');
    assert.deepEqual(result.fixed, ['SW301', 'SW301']);
  });

  it('applies every edit of a multi-edit fix together', () => {
    const text = 'services:\n  db:\n    volumes:\n      - /var/lib/data\n';
    const result = applyPreferredFixes(text, [
      finding('SW201', [fix(true, [3, 8, 3, 8, 'db-data:'], [3, 21, 3, 21, '\nvolumes:\n  db-data:'])]),
    ]);
    assert.equal(result.text, 'services:\n  db:\n    volumes:\n      - db-data:/var/lib/data\nvolumes:\n  db-data:\n');
  });

  it('leaves a fix that overlaps an earlier one for the next pass, and two insertions at one point too', () => {
    const text = "VOLUME ['/a']\n";
    const result = applyPreferredFixes(text, [
      finding('SW102', [fix(true, [0, 7, 0, 13, '["/a"]'])]),
      finding('SW101', [fix(true, [0, 8, 0, 12, '"/b"'])]),
      finding('SW105', [fix(true, [0, 7, 0, 7, '# '])]),
    ]);
    assert.equal(result.text, 'VOLUME ["/a"]\n');
    assert.deepEqual(result.fixed, ['SW102']);
  });

  it('skips a fix whose own edits overlap, and findings without a preferred fix', () => {
    const text = 'abcdef';
    const result = applyPreferredFixes(text, [
      finding('SW302', [fix(true, [0, 0, 0, 3, 'x'], [0, 2, 0, 4, 'y'])]),
      finding('SW303', [fix(false, [0, 0, 0, 1, 'z']), fix(false, [0, 5, 0, 6, 'z'])]),
      finding('SW304', []),
    ]);
    assert.equal(result.text, 'abcdef');
    assert.deepEqual(result.fixed, []);
  });
});
