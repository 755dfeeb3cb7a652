import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanPlainFlags, scanRunArguments } from '../../../../../src/core/sources/commandLine/runArguments';
import { tokenize } from '../../../../../src/core/sources/commandLine/tokenize';

/** Scans the words after `docker run` in `line`. */
function scan(line: string) {
  const words = tokenize(`docker run ${line}`).commands[0]?.words ?? [];
  const result = scanRunArguments(words, 2);
  return {
    storage: result.storage.map((s) => `${s.flag}=${s.words.map((w, n) => w.value.slice(n === 0 ? s.from : 0)).join(' ')}`),
    image: result.image?.value,
    rm: result.rm?.value,
    readOnly: result.readOnlyRootfs?.value,
    missing: result.missingValue.map((m) => `${m.flag}:${m.word.value}`),
  };
}

describe('scanRunArguments', () => {
  it('reads --flag value and --flag=value for every storage flag', () => {
    const r = scan('--volume /a --volume=/b:/b --mount type=tmpfs,dst=/c --mount=dst=/d --tmpfs /e --tmpfs=/f --volumes-from web:ro img cmd -v /no');
    assert.deepEqual(r.storage, ['volume=/a', 'volume=/b:/b', 'mount=type=tmpfs,dst=/c', 'mount=dst=/d', 'tmpfs=/e', 'tmpfs=/f', 'volumes-from=web:ro']);
    assert.equal(r.image, 'img');
  });

  it('reads -v in shorthand clusters as pflag does: attached, after =, or the next word', () => {
    assert.deepEqual(scan('-itv /a img').storage, ['volume=/a']);
    assert.deepEqual(scan('-v/b img').storage, ['volume=/b']);
    assert.deepEqual(scan('-v=/c img').storage, ['volume=/c']);
    assert.deepEqual(scan('-dv/d:/d img').storage, ['volume=/d:/d']);
    assert.equal(scan('-itv /a img').image, 'img');
  });

  it('skips the values of other flags so the image is the first real argument', () => {
    const r = scan('-e A=1 --name web -p 80:80 -u 1000 --restart=always -w /app -h host --network net -l a=b nginx:1.27 -v /x');
    assert.equal(r.image, 'nginx:1.27');
    assert.deepEqual(r.storage, []);
  });

  it('does not take a value after boolean flags', () => {
    const r = scan('-d -i -t -P --privileged --init --read-only --rm busybox');
    assert.equal(r.image, 'busybox');
    assert.equal(r.rm, '--rm');
    assert.equal(r.readOnly, '--read-only');
  });

  it('follows --rm=VALUE with Go boolean words', () => {
    assert.equal(scan('--rm=false -v /a img').rm, undefined);
    assert.equal(scan('--rm=0 img').rm, undefined);
    assert.equal(scan('--rm=true img').rm, '--rm=true');
    assert.equal(scan('--rm=T img').rm, '--rm=T');
    assert.equal(scan('--read-only=false img').readOnly, undefined);
  });

  it('ends the flags at -- and takes the next word as the image', () => {
    const r = scan('-v /a -- -weird-image -v /b');
    assert.equal(r.image, '-weird-image');
    assert.deepEqual(r.storage, ['volume=/a']);
  });

  it('does not take a bare $VAR for the image, but a quoted one', () => {
    assert.equal(scan('$DOCKER_OPTS -v /a img').image, 'img');
    assert.deepEqual(scan('$DOCKER_OPTS -v /a img').storage, ['volume=/a']);
    assert.equal(scan('"$IMAGE" -v /a').image, '$IMAGE');
  });

  it('notes a storage flag left without a value, and never throws on half-typed lines', () => {
    assert.deepEqual(scan('-v').missing, ['volume:-v']);
    assert.deepEqual(scan('-itv').missing, ['volume:-itv']);
    assert.deepEqual(scan('--mount').missing, ['mount:--mount']);
    assert.deepEqual(scan('--tmpfs').missing, ['tmpfs:--tmpfs']);
    assert.deepEqual(scan('--name').missing, []);
    assert.deepEqual(scan('').storage, []);
  });

  it('joins a --mount spec split after a comma with the key=value word that follows', () => {
    const r = scan('--mount type=volume,source=myvol, target=/data img');
    assert.deepEqual(r.storage, ['mount=type=volume,source=myvol, target=/data']);
    assert.equal(r.image, 'img');
    assert.deepEqual(scan('--mount=type=bind,src=/a, dst=/b,readonly img').storage, ['mount=type=bind,src=/a, dst=/b,readonly']);
    assert.deepEqual(scan('--mount type=bind,src=/a,dst=/b, readonly img').storage, ['mount=type=bind,src=/a,dst=/b, readonly']);
  });

  it('does not join when the next word is a flag or not key=value', () => {
    assert.deepEqual(scan('--mount type=volume,dst=/a, -v /b img').storage, ['mount=type=volume,dst=/a,', 'volume=/b']);
    assert.deepEqual(scan('--mount type=volume,dst=/a, img').storage, ['mount=type=volume,dst=/a,']);
    assert.equal(scan('--mount type=volume,dst=/a, img').image, 'img');
  });

  it('lists every flag with its long name, its letters in a cluster, and its value', () => {
    const words = tokenize('docker run -itv /a --rm --name=web -e X=1 img -v /b').commands[0]?.words ?? [];
    const flags = scanRunArguments(words, 2).flags.map((f) => `${f.name}[${f.word.value.slice(f.start, f.end)}]=${f.value === undefined ? '' : f.value.word.value.slice(f.value.from)}`);
    assert.deepEqual(flags, ['interactive[-i]=', 'tty[t]=', 'volume[v]=/a', 'rm[--rm]=', 'name[--name]=web', 'env[-e]=X=1']);
  });
});

describe('scanPlainFlags', () => {
  it('lists the flags of a command without an image', () => {
    const words = tokenize('docker volume prune --all -f --filter=label=x name').commands[0]?.words ?? [];
    assert.deepEqual(scanPlainFlags(words, 3).map((f) => [f.name, f.value?.word.value.slice(f.value.from)]), [['all', undefined], ['force', undefined], ['filter', 'label=x']]);
  });
});
