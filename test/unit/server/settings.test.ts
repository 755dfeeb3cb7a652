import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/server/settings';

describe('readSettings', () => {
  it('reads severities, per-kind switches and enable', () => {
    const settings = readSettings({ enable: false, rules: { SW201: 'info', sw301: 'off' }, languages: { markdown: false } });
    assert.equal(settings.enable, false);
    assert.deepEqual(settings.rules, { SW201: 'info', SW301: 'off' });
    assert.equal(settings.languages.markdown, false);
    assert.equal(settings.languages.compose, true);
  });

  it('drops what it cannot read instead of failing', () => {
    const settings = readSettings({ enable: 'yes', rules: { SW999: 'error', SW201: 'loud', SW202: 3 }, languages: { shell: 'no', cobol: false } });
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, rules: {} });
    assert.equal(readSettings(null), DEFAULT_SETTINGS);
    assert.equal(readSettings([1, 2]), DEFAULT_SETTINGS);
  });
});
