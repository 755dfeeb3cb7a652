import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVolumesFromFlag } from '../../../../src/core/mounts/volumesFromFlag';
import { assertNoProblems, assertOneProblem, specOf } from './specHelper';

function parse(value: string) {
  const s = specOf(value, 'docker run --volumes-from ');
  return { ...s, parsed: parseVolumesFromFlag(s.spec) };
}

function accepted(value: string, container: string, mode: string | undefined) {
  const { parsed, at, spec } = parse(value);
  assertNoProblems(parsed.problems);
  const from = parsed.volumesFrom;
  assert.ok(from !== undefined);
  assert.equal(from.container.value, container);
  assert.deepEqual(from.container.range, at(container));
  assert.equal(from.mode?.value, mode);
  if (mode !== undefined) assert.deepEqual(from.mode?.range, at(mode));
  assert.deepEqual(from.range, spec.range);
}

function refused(value: string, part: string, ...texts: string[]) {
  const { parsed, at } = parse(value);
  assertOneProblem(parsed.problems, at(part), ...texts);
}

describe('parseVolumesFromFlag: what Docker accepts', () => {
  it('reads a container name without a mode', () => {
    accepted('data-container', 'data-container', undefined);
  });
  it('reads ro and rw', () => {
    accepted('db:ro', 'db', 'ro');
    accepted('db:rw', 'db', 'rw');
  });
  it('reads SELinux labels with or without ro', () => {
    accepted('db:z', 'db', 'z');
    accepted('db:ro,Z', 'db', 'ro,Z');
  });
  it('accepts a consistency word', () => {
    accepted('db:delegated', 'db', 'delegated');
  });
  it('accepts an empty mode after the colon', () => {
    accepted('db:', 'db', undefined);
  });
  it('reads a container id', () => {
    accepted('4eaa43f3f305', '4eaa43f3f305', undefined);
  });
});

describe('parseVolumesFromFlag: what the daemon refuses', () => {
  it('refuses an empty value', () => {
    const { parsed, spec } = parse('');
    assert.equal(parsed.volumesFrom, undefined);
    assertOneProblem(parsed.problems, spec.range, 'volumes-from specification cannot be an empty string');
  });
  it('refuses a missing container name', () => {
    refused(':ro', ':', 'invalid name or ID supplied: ""');
  });
  it('refuses propagation', () => {
    refused('db:rshared', 'rshared', 'invalid mode: rshared', 'propagation');
  });
  it('refuses nocopy', () => {
    refused('db:nocopy', 'nocopy', 'invalid mode: nocopy');
  });
  it('refuses ro with rw and points at rw', () => {
    refused('db:ro,rw', 'rw', 'invalid mode: ro,rw', 'conflicts');
  });
  it('refuses an unknown mode', () => {
    refused('db:bogus', 'bogus', 'invalid mode: bogus');
  });
  it('refuses a second colon', () => {
    refused('db:ro:z', 'ro:z', 'invalid mode: ro:z');
  });
  it('refuses a stray comma', () => {
    refused('db:ro,', ',', 'invalid mode: ro,');
  });
});

describe('parseVolumesFromFlag: shell expansions', () => {
  it('does not split inside ${VAR:-default}', () => {
    accepted('${DATA:-db}:ro', '${DATA:-db}', 'ro');
  });
});
