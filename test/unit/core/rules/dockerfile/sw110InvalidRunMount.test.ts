import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, findingsOf, readFixture } from './fixture';

describe('SW110 invalid RUN --mount', () => {
  const findings = findingsOf('SW110', readFixture('run-mount'));

  it("reports each refused mount with Docker's error text and exact range", () => {
    const expected: [string, string][] = [
      ['1:17-1:23', 'unsupported mount type "volume"'],
      ['2:50-2:56', 'unsupported sharing value "always"'],
      ['3:43-3:47', 'mode not allowed for "bind" type mounts'],
      ['4:12-4:23', 'invalid secret mount. one of source, target required'],
      ['5:33-5:38', "unexpected key 'bogus' in 'bogus=1'"],
      ['6:28-6:32', 'invalid value for size: lots'],
      ['7:12-7:27', 'invalid mount target "/"'],
      ['8:4-8:11', 'Missing a value on flag: mount'],
    ];
    assert.deepEqual(
      findings.map((f) => [at(f), /"(.*)"; the build fails\.$/.exec(f.message.en)?.[1]]),
      expected,
    );
    assert.equal(findings[0]?.message.en, 'Docker refuses this mount: "unsupported mount type "volume""; the build fails.');
    assert.equal(findings[0]?.severity, 'error');
  });
  it('accepts every type with the keys BuildKit takes, variables, and a target relative to WORKDIR', () => {
    assert.deepEqual(findingsOf('SW110', readFixture('run-mount-quiet')), []);
  });
  it('never throws on half-typed lines', () => {
    const findings = findingsOf('SW110', readFixture('half-typed'));
    assert.deepEqual(findings.map(at), ['3:4-3:12', '4:12-4:17', '10:32-10:33']);
    assert.match(findings[0]?.message.en ?? '', /"failed to parse csv mounts: EOF"/);
  });
});
