import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from './helpers';
import { assertImageFixture, at, composeFindings, fixtureReader, imageFixture } from '../../images/support';

describe('SW209 image volume not mounted', () => {
  it('reports the fixture: unmounted data paths, the postgres 18 move, a second mongo volume', () => {
    const found = assertImageFixture('image-volume-not-mounted', 'SW209');
    assert.ok(found.every((f) => f.severity === 'warning'));
  });

  it('mounts a named volume at the path and declares it; the result is quiet', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: x\n\nvolumes:\n  other:\n';
    const [finding] = composeFindings(text, 'SW209');
    assert.ok(finding?.fixes[0]?.preferred);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(
      fixed,
      'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: x\n    volumes:\n      - db-data:/var/lib/postgresql/data\n\nvolumes:\n  other:\n  db-data:\n',
    );
    assert.deepEqual(composeFindings(fixed, 'SW209'), []);
    assert.deepEqual(composeFindings(fixed, 'SW202'), []);
  });

  it('adds to an existing list in its indentation, with a name not taken', () => {
    const text = 'services:\n  mongo:\n    image: mongo:7\n    volumes:\n        - mongo-db:/data/db\nvolumes:\n  mongo-db:\n  mongo-configdb:\n';
    const [finding] = composeFindings(text, 'SW209');
    assert.ok(finding?.fixes[0]);
    assert.match(finding.fixes[0].title.en, /"mongo-configdb-2" at \/data\/configdb/);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes('        - mongo-db:/data/db\n        - mongo-configdb-2:/data/configdb\n'));
    assert.deepEqual(composeFindings(fixed, 'SW209'), []);
  });

  it('creates the top-level volumes when the service is the last thing in the file', () => {
    const text = 'services:\n  cache:\n    image: redis:7-alpine';
    const [finding] = composeFindings(text, 'SW209');
    assert.ok(finding?.fixes[0]);
    assert.equal(finding.fixes[0].edits.length, 1, 'two insertions at one point are merged');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.equal(fixed, 'services:\n  cache:\n    image: redis:7-alpine\n    volumes:\n      - cache-data:/data\n\nvolumes:\n  cache-data:\n');
    assert.deepEqual(composeFindings(fixed, 'SW209'), []);
  });

  it('reads the workspace Dockerfile of a build: (context, dockerfile, target) before the image name', () => {
    const text = imageFixture('build-dockerfile', 'compose.yaml');
    const found = composeFindings(text, 'SW209', { imageVolumes: { readFile: fixtureReader('build-dockerfile') } });
    assert.deepEqual(
      found.map((f) => `${at(f)} ${f.message.en.split(';')[0] ?? ''}`),
      [
        '7:12-7:27 The image built from ./api/Dockerfile.prod (stage runtime) declares a volume at /srv/cache',
        '7:12-7:27 The image built from ./api/Dockerfile.prod (stage runtime) declares a volume at /srv/uploads',
        '7:12-7:27 The image built from ./api/Dockerfile.prod (stage runtime) keeps its data in /var/lib/postgresql/data',
        '9:5-9:10 The image built from ./api/Dockerfile declares a volume at /work',
      ],
    );
    // Without the file the build is unknown: nothing is guessed from the image name.
    assert.deepEqual(composeFindings(text, 'SW209'), []);
  });

  it('takes the engine facts over the table, and stays quiet for an image the engine has without volumes', () => {
    const text = 'services:\n  app:\n    image: example/app:1\n  db:\n    image: postgres:16\n';
    const engine = (ref: string): readonly string[] | undefined => (ref === 'example/app:1' ? ['/srv/data/'] : ref === 'postgres:16' ? [] : undefined);
    const found = composeFindings(text, 'SW209', { imageVolumes: { engine } });
    assert.deepEqual(found.map((f) => f.message.en.split(';')[0]), ['example/app:1 declares a volume at /srv/data']);
  });

  it('stays quiet with volumes_from, an override file mounting the path, or a broken file', () => {
    assert.deepEqual(composeFindings('services:\n  db:\n    image: postgres:16\n    volumes_from:\n      - data\n', 'SW209'), []);
    const base = 'services:\n  db:\n    image: postgres:16\n';
    const override = { path: 'compose.override.yaml', text: 'services:\n  db:\n    volumes:\n      - pg:/var/lib/postgresql/data\n' };
    assert.deepEqual(composeFindings(base, 'SW209', { relatedComposeFiles: [override] }), []);
    assert.equal(composeFindings(base, 'SW209').length, 1);
    assert.deepEqual(composeFindings('services:\n  db:\n    image: postgres:16\n  bad: [\n', 'SW209'), []);
  });

  it('is silenced by stowage-ignore on the line above', () => {
    assert.deepEqual(composeFindings('services:\n  db:\n    # stowage-ignore SW209\n    image: postgres:16\n', 'SW209'), []);
  });
});
