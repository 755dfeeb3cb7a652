import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRunMount, splitCsv } from '../../../../src/core/mounts/runMount';
import { verbatimSpec } from '../../../../src/core/mounts/specText';
import type { ParsedMount } from '../../../../src/core/mounts/parse';
import { LineIndex } from '../../../../src/core/text';

const PREFIX = 'RUN --mount=';

function parse(spec: string, vars: Record<string, string | null> = {}, workdir?: string): ParsedMount {
  const text = PREFIX + spec;
  return parseRunMount(verbatimSpec(spec, PREFIX.length, new LineIndex(text)), { kind: 'dockerfile', name: 'build' }, {
    escape: '\\',
    lookup: (name) => vars[name],
    workdir,
  });
}

const errors = (r: ParsedMount): string[] => r.problems.map((p) => /"(.*)"; the build fails\.$/.exec(p.message.en)?.[1] ?? p.message.en);
const cols = (r: ParsedMount): string[] => r.problems.map((p) => `${p.range.start.character - PREFIX.length}-${p.range.end.character - PREFIX.length}`);

describe('parseRunMount', () => {
  it('reads a cache mount with its options and ranges', () => {
    const r = parse('type=cache,target=/root/.cache,id=pip,sharing=locked');
    assert.deepEqual(errors(r), []);
    assert.equal(r.mount?.type, 'cache');
    assert.equal(r.mount?.target?.value, '/root/.cache');
    assert.deepEqual(r.mount?.target?.range, { start: { line: 0, character: 30 }, end: { line: 0, character: 42 } });
    assert.equal(r.mount?.source?.value, 'pip');
    assert.equal(r.mount?.readOnly, false);
    assert.equal(r.mount?.syntax, 'run-mount');
    assert.deepEqual(r.mount?.options.map((o) => o.key), ['type', 'target', 'id', 'sharing']);
  });
  it('defaults to a read-only bind; rw and ro override', () => {
    assert.equal(parse('target=/src').mount?.type, 'bind');
    assert.equal(parse('target=/src').mount?.readOnly, true);
    assert.equal(parse('target=/src,rw').mount?.readOnly, false);
    assert.equal(parse('type=cache,target=/c,ro=true').mount?.readOnly, true);
    assert.equal(parse('type=tmpfs,target=/t').mount?.readOnly, false);
  });
  it('takes keys case-insensitively and every alias', () => {
    assert.deepEqual(errors(parse('TYPE=bind,SRC=.,DST=/a')), []);
    assert.deepEqual(errors(parse('type=bind,source=.,destination=/a,readwrite=1')), []);
  });
  it('refuses unknown types, keys and bad values with Docker text at the value or key', () => {
    const r = parse('type=volume,target=/x');
    assert.deepEqual(errors(r), ['unsupported mount type "volume"']);
    assert.deepEqual(cols(r), ['5-11']);
    assert.deepEqual(errors(parse('target=/x,foo=bar')), ["unexpected key 'foo' in 'foo=bar' (did you mean from?)"]);
    assert.deepEqual(errors(parse('target=/x,bogus=1')), ["unexpected key 'bogus' in 'bogus=1'"]);
    assert.deepEqual(cols(parse('target=/x,foo=bar')), ['10-13']);
    assert.deepEqual(errors(parse('target=/x,ro=maybe')), ['invalid value for ro: maybe']);
    assert.deepEqual(errors(parse('type=cache,target=/x,mode=0800')), ['invalid value 0800 for mode']);
    assert.deepEqual(errors(parse('type=cache,target=/x,uid=-1')), ['invalid value -1 for uid']);
    assert.deepEqual(errors(parse('type=cache,target=/x,gid=4294967296')), ['invalid value 4294967296 for gid']);
    assert.deepEqual(errors(parse('type=tmpfs,target=/x,size=1.5g')), []);
    assert.deepEqual(errors(parse('type=tmpfs,target=/x,size=10 MiB')), []);
    assert.deepEqual(errors(parse('type=tmpfs,target=/x,size=ten')), ['invalid value for size: ten']);
    assert.deepEqual(errors(parse('target=/x,badfield')), ["invalid field 'badfield' must be a key=value pair"]);
  });
  it("fixes near misses with BuildKit's own guess", () => {
    const r = parse('type=cahce,taget=/x');
    assert.deepEqual(errors(r), ['unsupported mount type "cahce" (did you mean cache?)', "unexpected key 'taget' in 'taget=/x' (did you mean target?)"]);
    assert.deepEqual(r.problems[0]?.fixes?.[0]?.edits, [{ range: r.problems[0]?.range, newText: 'cache' }]);
    const key = parse('type=cache,taget=/x');
    assert.deepEqual(errors(key), ["unexpected key 'taget' in 'taget=/x' (did you mean target?)"]);
    assert.equal(key.problems[0]?.fixes?.[0]?.title.en, 'Change to `target`');
    assert.deepEqual(errors(parse('type=cache,target=/x,sharing=lockd')), ['unsupported sharing value "lockd" (did you mean locked?)']);
    assert.equal(parse('type=volume,target=/x').problems[0]?.fixes, undefined);
  });
  it('judges a key by the type given before it, as BuildKit does', () => {
    assert.deepEqual(errors(parse('required,type=secret,id=a')), ["unexpected key 'required' for mount type 'bind'"]);
    assert.deepEqual(errors(parse('type=secret,id=a,required')), []);
    assert.deepEqual(errors(parse('size=1m,type=tmpfs,target=/t')), ["unexpected key 'size' for mount type 'bind'"]);
    assert.deepEqual(errors(parse('type=bind,target=/x,mode=0644')), ['mode not allowed for "bind" type mounts']);
    assert.deepEqual(errors(parse('type=tmpfs,target=/x,uid=1')), ['uid not allowed for "tmpfs" type mounts']);
    assert.deepEqual(errors(parse('type=bind,target=/x,sharing=shared')), ['invalid cache sharing set for bind mount']);
  });
  it('checks secret mounts the way BuildKit does', () => {
    assert.deepEqual(errors(parse('type=secret')), ['invalid secret mount. one of source, target required']);
    assert.deepEqual(errors(parse('type=secret,id=a,src=b')), ["both source and id can't be set"]);
    assert.deepEqual(errors(parse('type=secret,id=a,from=x')), ['secret mount should not have a from']);
    assert.deepEqual(errors(parse('type=secret,id=a,sharing=shared')), ['secret mount should not define sharing']);
    assert.deepEqual(errors(parse('type=secret,id=tok,env=TOKEN')), []);
    assert.deepEqual(errors(parse('type=ssh')), []);
  });
  it('resolves a missing or relative target against WORKDIR and refuses `/`', () => {
    assert.deepEqual(errors(parse('type=cache')), ['invalid mount target "/"']);
    assert.deepEqual(cols(parse('type=cache')), ['0-10']);
    assert.deepEqual(errors(parse('type=cache', {}, '/app')), []);
    assert.deepEqual(errors(parse('target=.')), ['invalid mount target "/"']);
    assert.deepEqual(errors(parse('target=/')), ['invalid mount target "/"']);
    assert.deepEqual(errors(parse('target=src')), []);
  });
  it('expands variables in values but not in from', () => {
    const r = parse('type=cache,id=$ID,target=${DIR:-/c}', { ID: 'gomod' });
    assert.equal(r.mount?.source?.value, 'gomod');
    assert.equal(r.mount?.target?.value, '/c');
    assert.deepEqual(errors(parse('from=$STAGE,target=/x')), ["'from' doesn't support variable expansion, define alias stage instead"]);
  });
  it('reads quoted CSV fields and refuses broken quoting', () => {
    assert.deepEqual(splitCsv('a=1,"b=2,3",c'), [
      { text: 'a=1', start: 0, end: 3 },
      { text: 'b=2,3', start: 5, end: 10 },
      { text: 'c', start: 12, end: 13 },
    ]);
    assert.equal(splitCsv('a="1'), undefined);
    assert.deepEqual(errors(parse('"target=/a,b"')), []);
    assert.deepEqual(errors(parse('target="/x')), ['failed to parse csv mounts']);
  });
  it('points the stray empty field of a trailing comma at the comma', () => {
    const r = parse('type=cache,target=/x,');
    assert.deepEqual(errors(r), ["invalid field '' must be a key=value pair"]);
    assert.deepEqual(cols(r), ['20-21']);
  });
  it('never throws on arbitrary input', () => {
    for (const spec of ['', ',', '=', 'type', 'type=', '"', 'a=b=c', ',,,', 'type=secret,required=', '${', 'target=${X']) {
      assert.doesNotThrow(() => parse(spec), spec);
    }
  });
});
