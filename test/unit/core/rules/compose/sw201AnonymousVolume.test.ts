import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../../../src/core';
import { applyEdits, assertFixture, at, findings, fixture } from './helpers';

describe('SW201 anonymous volume in a Compose service', () => {
  it('reports the fixture: a warning for plain anonymous volumes, info for the node_modules idiom', () => {
    assertFixture('anonymous-volume', ['SW201']);
  });

  it('offers no renaming fix for the shadowing idiom, where a named volume would keep stale content for good', () => {
    const idiom = findings(fixture('anonymous-volume'), 'SW201').find((f) => f.severity === 'info');
    assert.ok(idiom);
    assert.deepEqual(idiom.fixes, []);
  });

  it('names a short-syntax volume after the service and target, declares it, and the finding goes away', () => {
    const text = fixture('anonymous-volume');
    const finding = findings(text, 'SW201').find((f) => f.message.en.includes('/var/cache/web'));
    const fix = finding?.fixes[0];
    assert.ok(fix);
    assert.equal(fix.preferred, true);
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('      - web-web:/var/cache/web\n'));
    assert.ok(fixed.endsWith('volumes:\n  pgdata:\n  web-web:\n'));
    // The comment on the idiom line is kept as written.
    assert.ok(fixed.includes('      - /app/node_modules   # hides the bind mount\'s node_modules\n'));
    const after = findings(fixed);
    assert.ok(!after.some((f) => f.message.en.includes('/var/cache/web')));
    assert.ok(!after.some((f) => f.code === 'SW202' || f.code === 'SW203'));
  });

  it('adds `source:` to a long-syntax entry at its indentation', () => {
    const text = fixture('anonymous-volume');
    const finding = findings(text, 'SW201').find((f) => f.message.en.includes('/scratch'));
    assert.ok(finding?.fixes[0]);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes('      - source: web-scratch\n        type: volume\n        target: /scratch\n'));
    assert.equal(findings(fixed, 'SW201').filter((f) => f.severity === 'warning').length, 1);
  });

  it('handles a flow mapping and a file with no top-level volumes', () => {
    const text = 'services:\n  job:\n    image: busybox\n    volumes: [{type: volume, target: /work}]\n';
    const [finding] = findings(text, 'SW201');
    assert.ok(finding?.fixes[0]);
    assert.equal(at(finding), '4:38-4:43');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, 'services:\n  job:\n    image: busybox\n    volumes: [{source: job-work, type: volume, target: /work}]\n\nvolumes:\n  job-work:\n');
    assert.deepEqual(findings(fixed), []);
  });

  it('picks a name that is not declared yet', () => {
    const text = 'services:\n  web:\n    image: x\n    volumes:\n      - web-data:/old\n      - /data\nvolumes:\n  web-data:\n';
    const [finding] = findings(text, 'SW201');
    assert.ok(finding?.fixes[0]);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes('- web-data-2:/data') && fixed.endsWith('  web-data:\n  web-data-2:\n'));
  });

  it('stays quiet for named volumes, binds and tmpfs, and in files that are not Compose files', () => {
    const text = 'services:\n  a:\n    image: x\n    volumes:\n      - data:/data\n      - ./src:/src\n      - type: tmpfs\n        target: /t\nvolumes:\n  data:\n';
    assert.deepEqual(findings(text, 'SW201'), []);
    assert.equal(analyze('docker run -v /data busybox\n', { path: 'run.sh' })?.findings.some((f) => f.code === 'SW201'), false);
  });

  it('can be silenced with a stowage-ignore comment', () => {
    const text = 'services:\n  a:\n    image: x\n    volumes:\n      # stowage-ignore SW201\n      - /data\n';
    assert.deepEqual(findings(text, 'SW201'), []);
  });

  it('names the first-written mount that contains an anonymous volume, when several do', () => {
    const text = 'services:\n  app:\n    image: x\n    volumes:\n      - ./src/lib:/app/src/lib\n      - ./:/app\n      - /app/src/lib/cache/\n      - other:/app/srv\n';
    const [finding] = findings(text, 'SW201');
    assert.ok(finding);
    assert.equal(finding.severity, 'info');
    assert.ok(finding.message.en.includes('the mount at /app/src/lib:'), finding.message.en);
    assert.equal(at(finding), '7:9-7:28');
  });
});
