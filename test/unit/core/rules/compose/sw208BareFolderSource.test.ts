import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, assertFixture, findings, fixture } from './helpers';

const folderExists = (name: string): boolean => ['html', 'conf'].includes(name);

describe('SW208 folder name read as a volume name', () => {
  it('reports the fixture when a folder of that name exists', () => {
    assertFixture('bare-folder', ['SW208'], { folderExists });
  });

  it('asks about the name exactly as written', () => {
    const asked: string[] = [];
    findings(fixture('bare-folder'), 'SW208', { folderExists: (name) => (asked.push(name), false) });
    assert.deepEqual(asked, ['html', 'logs']);
  });

  it('prefixes ./ and the finding goes away', () => {
    const text = fixture('bare-folder');
    const [finding] = findings(text, 'SW208', { folderExists });
    assert.ok(finding?.fixes[0]?.preferred);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes('      - ./html:/usr/share/nginx/html:ro\n'));
    assert.deepEqual(findings(fixed, 'SW208', { folderExists }), []);
  });

  it('stays quiet without a way to look at folders', () => {
    assert.deepEqual(findings(fixture('bare-folder'), 'SW208'), []);
  });
});
