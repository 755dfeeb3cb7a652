// The volume explorer on a private engine with 5,000 volumes and 200 containers (DESIGN.md's budget: the
// first level of the tree within 1.3x the raw Engine API list calls; sizes afterwards; a burst of 1,000
// events causes a handful of refreshes). Reports; never fails.
import Docker from 'dockerode';
import { EngineClient } from '../src/engine/client';
import { parseHost } from '../src/engine/connection';
import { buildVolumeTree } from '../src/engine/explorerModel';
import { EngineSession } from '../src/engine/session';
import { apiRequest, startEngine, TEST_IMAGE, type Engine } from '../test/support/dockerd';
import { median, printTable, timeAsync } from './measure';

const VOLUMES = Number(process.env['STOWAGE_BENCH_VOLUMES'] ?? 5000);
const CONTAINERS = Number(process.env['STOWAGE_BENCH_CONTAINERS'] ?? 200);
const BURST = 1000;
const runs = Number(process.env['STOWAGE_BENCH_RUNS'] ?? 7);

async function inBatches<T>(items: readonly T[], width: number, work: (item: T) => Promise<unknown>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await work(next);
  }));
}

async function populate(engine: Engine): Promise<string[]> {
  const names: string[] = [];
  await inBatches(Array.from({ length: VOLUMES }, (_, i) => i), 32, async (i) => {
    // A third Compose-labelled (20 projects), a third named, a third with engine-generated names.
    const body = i % 3 === 0 ? { Name: `proj${i % 20}_data${i}`, Labels: { 'com.docker.compose.project': `proj${i % 20}`, 'com.docker.compose.volume': `data${i}` } } : i % 3 === 1 ? { Name: `named-${i}` } : {};
    const created = await apiRequest(engine.socketPath, 'POST', '/volumes/create', body, 30_000);
    names.push((JSON.parse(created.body) as { Name: string }).Name);
  });
  await inBatches(Array.from({ length: CONTAINERS }, (_, i) => i), 8, async (i) => {
    const binds = [0, 1, 2].map((k) => `${names[(i * 3 + k) % names.length] ?? ''}:/v${k}${k === 2 ? ':ro' : ''}`);
    await apiRequest(engine.socketPath, 'POST', `/containers/create?name=bench-${i}`, { Image: TEST_IMAGE, HostConfig: { Binds: binds } }, 60_000);
  });
  return names;
}

async function main(): Promise<void> {
  const setupStart = Date.now();
  const engine = await startEngine();
  try {
    await populate(engine);
    const setupSeconds = ((Date.now() - setupStart) / 1000).toFixed(1);
    const resolution = parseHost(engine.host, 'setting', undefined, undefined);
    if (!resolution.ok) throw new Error(resolution.message.en);
    const client = new EngineClient(resolution.endpoint, { timeoutMs: 60_000 });
    const docker = new Docker({ socketPath: engine.socketPath });

    // Raw: the two list calls with dockerode and nothing else. Ours: list, normalize, group, sort.
    const raw = async (): Promise<unknown> => Promise.all([docker.listVolumes(), docker.listContainers({ all: true })]);
    const firstLevel = async (): Promise<number> => {
      // Sizes are measured separately below; a df walk left running would slow the next list calls.
      const session = new EngineSession(client, { loadSizes: false });
      await session.refresh();
      const groups = buildVolumeTree(session.snapshot, { grouping: 'composeProject', sort: 'name', filter: {} });
      session.dispose();
      return groups.length;
    };
    await raw();
    await firstLevel();
    const rawTimes: number[] = [];
    const treeTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      rawTimes.push(await timeAsync(raw));
      treeTimes.push(await timeAsync(firstLevel));
    }

    // Sizes: from the start of a refresh until /system/df has filled them in.
    const sized = new EngineSession(client);
    const sizeTime = await timeAsync(async () => {
      await sized.refresh();
      await sized.whenSized(120_000);
    });
    const listedVolumes = sized.snapshot.volumes.length;
    sized.dispose();

    // A burst of 1,000 volume events (500 creates, 500 removes) while the view is visible.
    const live = new EngineSession(client);
    await live.refresh();
    live.setVisible(true);
    while (live.eventConnects === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const before = live.refreshes;
    const burst = Array.from({ length: BURST / 2 }, (_, i) => `burst-${i}`);
    const burstStart = Date.now();
    await inBatches(burst, 32, (name) => apiRequest(engine.socketPath, 'POST', '/volumes/create', { Name: name }));
    await inBatches(burst, 32, (name) => apiRequest(engine.socketPath, 'DELETE', `/volumes/${name}`));
    const burstSeconds = (Date.now() - burstStart) / 1000;
    // Settled: no refresh for 3 s.
    let last = live.refreshes;
    for (let quiet = 0; quiet < 3000; quiet += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (live.refreshes !== last) {
        last = live.refreshes;
        quiet = 0;
      }
    }
    const burstRefreshes = live.refreshes - before;
    live.dispose();

    const rawMedian = median(rawTimes);
    const treeMedian = median(treeTimes);
    printTable(`Volume explorer: ${listedVolumes} volumes, ${CONTAINERS} containers (setup ${setupSeconds} s, median of ${runs})`, ['measure', 'value', 'budget'], [
      ['raw list calls (dockerode: /volumes + /containers/json)', `${rawMedian.toFixed(1)} ms`, ''],
      ['first level of the tree (list, normalize, group, sort)', `${treeMedian.toFixed(1)} ms`, ''],
      ['ratio tree / raw', `${(treeMedian / rawMedian).toFixed(2)}x`, '≤ 1.3x'],
      ['until sizes filled in (/system/df)', `${sizeTime.toFixed(0)} ms`, 'after the list'],
      [`refreshes caused by ${BURST} volume events (over ${burstSeconds.toFixed(1)} s)`, String(burstRefreshes), 'a handful'],
    ]);
  } finally {
    await engine.stop();
  }
}

main().catch((error: unknown) => {
  console.log(`explorer bench did not complete: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
});
