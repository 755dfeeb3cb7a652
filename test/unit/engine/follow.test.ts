import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Debouncer } from '../../../src/engine/follow';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('Debouncer', () => {
  it('turns a burst of 1,000 calls into one run', async () => {
    let runs = 0;
    const debouncer = new Debouncer(async () => void runs++, 20, 1_000);
    for (let i = 0; i < 1_000; i++) debouncer.schedule();
    await sleep(80);
    assert.equal(runs, 1);
    assert.equal(debouncer.runs, 1);
    debouncer.dispose();
  });
  it('still runs during a long burst, every maxWait', async () => {
    let runs = 0;
    const debouncer = new Debouncer(async () => void runs++, 30, 60);
    const end = Date.now() + 200;
    while (Date.now() < end) {
      debouncer.schedule();
      await sleep(5);
    }
    await sleep(80);
    assert.ok(runs >= 3 && runs <= 6, `runs=${runs}`);
    debouncer.dispose();
  });
  it('runs exactly once more for calls that arrive while running', async () => {
    let runs = 0;
    const debouncer = new Debouncer(async () => {
      runs++;
      await sleep(40);
    }, 5, 100);
    debouncer.schedule();
    await sleep(15);
    for (let i = 0; i < 50; i++) debouncer.schedule();
    await sleep(120);
    assert.equal(runs, 2);
    debouncer.dispose();
  });
  it('keeps going after a failed run and stops after dispose', async () => {
    let runs = 0;
    const debouncer = new Debouncer(async () => {
      runs++;
      throw new Error('engine gone');
    }, 5, 100);
    debouncer.schedule();
    await sleep(20);
    debouncer.schedule();
    await sleep(20);
    debouncer.dispose();
    debouncer.schedule();
    await sleep(20);
    assert.equal(runs, 2);
  });
});
